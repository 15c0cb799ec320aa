import { randomUUID } from "node:crypto";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, TextField, useMessage } from "../components/form";
import { ReplyForm, Timeline, type TimelineEntry } from "../components/thread";
import { fieldErrors, formValues } from "../domain/auth/schemas";
import { requireThreadAccess } from "../domain/messaging/access.server";
import { AddParticipantSchema, ReplySchema } from "../domain/messaging/schemas";
import { MESSAGE_MAX } from "../../shared/vocabulary/limits";
import { addParticipant, leaveThread, postMessage } from "../domain/messaging/threads.server";
import { loadThread, markThreadRead } from "../domain/messaging/threads.repository.server";
import { bad, dispatchIntent, NO_STORE, reply, replyError } from "../utils/action.server";
import { threadErrors } from "../domain/messaging/errors";
import { recordTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "messaging", "hub-team"] } satisfies I18nHandle;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: recordTitle(matches, data?.thread.subject, { fallback: "titles.thread" }) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireThreadAccess(request, params.id);
  if (access.participant) await markThreadRead(access.thread.id, access.ctx.user.id);
  const view = await loadThread(access.thread.id);
  return data(
    {
      thread: { id: access.thread.id, subject: access.thread.subject },
      me: access.ctx.user.id,
      participant: access.participant,
      staff: access.staff,
      participants: view.participants,
      timeline: view.timeline.map((item) => ({ ...item, at: item.at.toISOString() })) as TimelineEntry[],
      // A fresh key per render: the reply form sends it back, so the same submit posts once.
      idempotencyKey: randomUUID(),
      max: MESSAGE_MAX,
    },
    { headers: NO_STORE },
  );
}

type Result = { intent: string; done?: string; name?: string; values: Record<string, string>; errors: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireThreadAccess(request, params.id);
  const { ctx, thread } = access;
  const actor = { id: ctx.user.id, name: ctx.user.name };
  const form = await request.formData();
  const input = Object.fromEntries(form);
  const invalid = (intent: string) => bad<Result>({ intent, values: {}, errors: { form: "forms.invalid" } });
  return dispatchIntent(
    form,
    {
      reply: async (intent: string) => {
        const parsed = ReplySchema.safeParse(input);
        const body = typeof input.body === "string" ? input.body.slice(0, MESSAGE_MAX + 1000) : "";
        if (!parsed.success) return bad<Result>({ intent, values: { body }, errors: fieldErrors(parsed.error) });
        await postMessage({
          threadId: thread.id,
          subject: thread.subject,
          author: actor,
          body: parsed.data.body,
          idempotencyKey: parsed.data.idempotencyKey,
          joinAsBroker: !access.participant,
        });
        return redirect(`/berichten/${thread.id}`, { headers: NO_STORE });
      },
      add: async (intent: string) => {
        const parsed = AddParticipantSchema.safeParse(input);
        if (!parsed.success) return bad<Result>({ intent, values: formValues(form), errors: fieldErrors(parsed.error) });
        const result = await addParticipant({ threadId: thread.id, subject: thread.subject, actor, staff: access.staff, email: parsed.data.email });
        if (!result.ok) return replyError(threadErrors, result, { intent, values: formValues(form) });
        return reply<Result>({ intent, done: "thread.added", name: result.name, values: {}, errors: {} });
      },
      leave: async (intent: string) => {
        if (!access.participant) return invalid(intent);
        await leaveThread({ threadId: thread.id, actor });
        return redirect("/berichten?verlaten=1", { headers: NO_STORE });
      },
    },
    invalid,
  );
}

/** Reload the page's data when the thread's event stream reports a change (no-op without JavaScript). */
function useLiveThread(threadId: string) {
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(`/berichten/${threadId}/events`);
    source.onmessage = () => revalidate.current();
    return () => source.close();
  }, [threadId]);
}

export default function ThreadPage() {
  const { t } = useTranslation();
  const tm = useMessage();
  const { thread, me, participant, staff, participants, timeline, idempotencyKey, max } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const errors = result?.errors ?? {};
  useLiveThread(thread.id);
  // Announce messages that arrive while the page is open.
  const messageCount = timeline.filter((i) => i.type === "message").length;
  const seen = useRef(messageCount);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (messageCount > seen.current) setAnnouncement(t("thread.newMessages"));
    seen.current = messageCount;
  }, [messageCount, t]);
  return (
    <div className="container narrow">
      <p className="breadcrumb">
        <Link to="/berichten">{t("thread.back")}</Link>
      </p>
      <h1>{thread.subject}</h1>
      {!participant && staff ? <p className="utrecht-alert utrecht-alert--info notice">{t("thread.staffView")}</p> : null}
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done, { name: result.name })}
        </p>
      ) : null}
      <ErrorSummary messages={[errors.form, errors.body, errors.email]} />
      <section aria-labelledby="participants-heading">
        <h2 id="participants-heading">{t("thread.participants")}</h2>
        <ul className="plain-list">
          {participants.map((p) => (
            <li key={p.userId}>
              <strong>{p.name}</strong>
              {p.organisation ? ` · ${p.organisation}` : ""} · {t(`thread.roles.${p.role}`)}
              {p.userId === me ? ` (${t("thread.you")})` : ""}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t("thread.messages")}</h2>
        <p className="muted">{t("thread.live")}</p>
        <Timeline items={timeline} me={me} />
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
      </section>
      <section aria-labelledby="reply-heading">
        <h2 id="reply-heading">{t("thread.replyTitle")}</h2>
        <ReplyForm idempotencyKey={idempotencyKey} max={max} error={errors.body} value={result?.intent === "reply" ? result.values.body : undefined} />
      </section>
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">{t("thread.addTitle")}</h2>
        <p>{staff ? t("thread.addIntroStaff") : t("thread.addIntro")}</p>
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="add" />
          <TextField
            name="email"
            type="email"
            label={t("thread.addEmail")}
            autoComplete="off"
            defaultValue={result?.intent === "add" ? result.values.email : undefined}
            error={errors.email}
          />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("thread.addSubmit")}
            </button>
          </div>
        </Form>
      </section>
      {participant ? (
        <section aria-labelledby="leave-heading">
          <h2 id="leave-heading">{t("thread.leaveTitle")}</h2>
          <p>{t("thread.leaveIntro")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="leave" />
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("thread.leaveSubmit")}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
