import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StaleBadge, StateBadge } from "../components/brokering";
import { MatchPanel } from "../components/match-panel";
import { ProposedServices } from "../components/edih";
import { hubPartners, servicesForMatch } from "../domain/edih/services.repository.server";
import { ErrorSummary, TextAreaField, useMessage } from "../components/form";
import { Markdown } from "../components/markdown";
import { Explanation, Strength } from "../components/match-list";
import { requireHubPermission } from "../domain/auth/access.server";
import { fieldErrors, formValues } from "../domain/auth/schemas";
import { introduce, introductionDraft } from "../domain/brokering/introduce.server";
import { addNote, assignBroker, getStaleSettings, setContactMode } from "../domain/brokering/manage.server";
import { hubStaff } from "../domain/users/users.repository.server";
import { getMatchDetail } from "../domain/brokering/matches.repository.server";
import { AssignSchema, ContactModeSchema, IntroduceSchema, NoteSchema, StateChangeSchema } from "../domain/brokering/schemas";
import { isUuid } from "../../shared/vocabulary/ids";
import { NOTE_MAX } from "../../shared/vocabulary/limits";
import { staleInfo } from "../domain/brokering/states";
import { changeState } from "../domain/brokering/transitions.server";
import { getDb } from "../domain/db.server";
import { getLocale } from "../i18n/locale.server";
import { useFormat } from "../utils/format";
import { procurementSummary } from "../domain/procurement/plan.server";
import { dispatchIntent, intentOf, NO_STORE, reply, replyError } from "../utils/action.server";
import { manageErrors, transitionErrors } from "../domain/brokering/errors";
import { fail } from "../domain/errors";
import { recordTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "brokering", "hub-team", "owners", "edih", "consultation"] } satisfies I18nHandle;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: recordTitle(matches, data ? `${data.match.challenge.title} × ${data.match.solution.title}` : null) },
];

function matchIdFrom(params: { id?: string }): string {
  const id = params.id ?? "";
  if (!isUuid(id)) throw new Response("Not found", { status: 404 });
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const ctx = await requireHubPermission(request, "match.broker");
  const id = matchIdFrom(params);
  const match = await getMatchDetail(id);
  if (!match) throw new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const template = url.searchParams.get("sjabloon");
  const templateLocale = template === "en" || template === "nl" ? template : await getLocale(request);
  const [brokers, settings, draft, services, partners] = await Promise.all([
    hubStaff(getDb()),
    getStaleSettings(),
    match.state === "screening" ? introductionDraft(id, templateLocale, ctx.user.name) : Promise.resolve(null),
    servicesForMatch(id),
    hubPartners(),
  ]);
  const age = staleInfo(match.state, new Date(match.stateChangedAt), new Date(), settings);
  // Issue 17: an introduction while the challenge's market consultation is open goes on its report.
  const consultation = draft ? (await procurementSummary(match.challenge.id)).consultation : null;
  return data(
    { match, brokers, age, draft, templateLocale, edih: { services, partners }, consultation: consultation?.open ? consultation : null },
    { headers: NO_STORE },
  );
}

type Result = { intent: string; done?: string; values: Record<string, string>; errors: Record<string, string>; current?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const ctx = await requireHubPermission(request, "match.broker");
  const id = matchIdFrom(params);
  const form = await request.formData();
  const intent = intentOf(form);
  const values = formValues(form);
  const input = Object.fromEntries(form);
  const notFound = () => replyError(transitionErrors, fail("notFound"), { intent, values });

  /** A state change, or closing with a reason. */
  const stateChange = async (intent: string) => {
    const parsed = StateChangeSchema.safeParse(intent === "close" ? { ...input, to: "closed" } : input);
    if (!parsed.success) return reply<Result>({ intent, values, errors: fieldErrors(parsed.error) }, 400);
    if (intent === "close" && !parsed.data.closedReason) return reply<Result>({ intent, values, errors: { closedReason: "brokering.errors.closedReasonRequired" } }, 400);
    const result = await changeState(ctx.user.id, { matchId: id, expectedFrom: parsed.data.from, to: parsed.data.to, note: parsed.data.note, closedReason: parsed.data.closedReason });
    if (!result.ok) return replyError(transitionErrors, result, { intent, values, current: result.current });
    return reply<Result>({ intent, values: {}, errors: {}, done: intent === "close" ? "brokering.closed" : "brokering.changed" });
  };
  return dispatchIntent(
    form,
    {
      state: stateChange,
      close: stateChange,
      introduce: async (intent: string) => {
        const parsed = IntroduceSchema.safeParse(input);
        if (!parsed.success) return reply<Result>({ intent, values, errors: fieldErrors(parsed.error) }, 400);
        const result = await introduce({ id: ctx.user.id, name: ctx.user.name }, { matchId: id, expectedFrom: parsed.data.from, body: parsed.data.body });
        if (!result.ok) return replyError(transitionErrors, result, { intent, values, current: result.current });
        return reply<Result>({ intent, values: {}, errors: {}, done: "brokering.introduced" });
      },
      note: async (intent: string) => {
        const parsed = NoteSchema.safeParse(input);
        if (!parsed.success) return reply<Result>({ intent, values, errors: fieldErrors(parsed.error) }, 400);
        const result = await addNote(ctx.user.id, id, parsed.data.body);
        if (!result.ok) return replyError(manageErrors, result, { intent, values });
        return reply<Result>({ intent, values: {}, errors: {}, done: "brokering.noteAdded" });
      },
      assign: async (intent: string) => {
        const parsed = AssignSchema.safeParse(input);
        if (!parsed.success) return reply<Result>({ intent, values, errors: fieldErrors(parsed.error) }, 400);
        const result = await assignBroker(ctx.user.id, id, parsed.data.brokerUserId);
        if (!result.ok) return replyError(manageErrors, result, { intent, values });
        return reply<Result>({ intent, values: {}, errors: {}, done: "brokering.assigned" });
      },
      contactMode: async (intent: string) => {
        const parsed = ContactModeSchema.safeParse(input);
        const match = await getMatchDetail(id);
        if (!match) return notFound();
        if (!parsed.success) return reply<Result>({ intent, values, errors: fieldErrors(parsed.error) }, 400);
        await setContactMode(ctx.user.id, match.challenge.id, parsed.data.contactMode);
        return reply<Result>({ intent, values: {}, errors: {}, done: "brokering.contactModeSaved" });
      },
    },
    (intent: string) => reply<Result>({ intent, values, errors: { form: "forms.invalid" } }, 400),
  );
}

export default function HubMatchDetail() {
  const { t } = useTranslation();
  const tm = useMessage();
  const f = useFormat();
  const { match: m, brokers, age, draft, templateLocale, edih, consultation } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const errors = result?.errors ?? {};
  const valuesFor = (intent: string) => (result?.intent === intent ? result.values : {});
  const names = { challenge: m.challenge.title, solution: m.solution.title };
  const stamp = f.dateTime;
  const formError = errors.form ? tm(errors.form, { current: result?.current ? t(`brokering.states.${result.current}` as "brokering.states.closed") : "" }) : null;
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/hub/matches">{t("brokering.backToList")}</Link>
      </p>
      <h1>{t("brokering.detailTitle", names)}</h1>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done)}
        </p>
      ) : null}
      {formError ? (
        <div className="utrecht-alert utrecht-alert--error error-summary" role="alert">
          <p>{formError}</p>
        </div>
      ) : null}
      <ErrorSummary messages={Object.entries(errors).filter(([k]) => k !== "form").map(([, v]) => v)} />
      <div className="detail">
        <div>
          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading">{t("brokering.summaryTitle")}</h2>
            <dl className="facts">
              <dt>{t("brokering.state")}</dt>
              <dd>
                <StateBadge state={m.state} /> {t("brokering.since", { date: f.date(m.stateChangedAt) })} · {t("brokering.workingDays", { count: age.days })}
                {age.stale ? (
                  <>
                    {" "}
                    <StaleBadge />
                  </>
                ) : null}
              </dd>
              <dt>{t("brokering.source")}</dt>
              <dd>{t(`brokering.sources.${m.source}` as "brokering.sources.engine")}</dd>
              <dt>{t("brokering.score")}</dt>
              <dd>{m.explanation?.strength ? <Strength strength={m.explanation.strength} /> : t("brokering.noScore")}</dd>
              <dt>{t("brokering.broker")}</dt>
              <dd>{m.broker?.name ?? t("brokering.unassigned")}</dd>
              {m.pitch ? (
                <>
                  <dt>{t("brokering.pitch")}</dt>
                  <dd className="prose">
                    <Markdown text={m.pitch} />
                  </dd>
                </>
              ) : null}
              {m.closedReason && m.state === "closed" ? (
                <>
                  <dt>{t("brokering.closedReason")}</dt>
                  <dd>{m.closedReason}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <ProposedServices services={edih.services} partners={edih.partners} />
          <section aria-labelledby="explanation-heading">
            <h2 id="explanation-heading">{t("brokering.explanationTitle")}</h2>
            {m.explanation && (m.explanation.sharedThemes.length || m.explanation.matchingTerms.length || m.explanation.deployments.length) ? (
              <Explanation explanation={m.explanation} />
            ) : (
              <p>{t("brokering.noExplanation")}</p>
            )}
          </section>
          <section aria-labelledby="records-heading">
            <h2 id="records-heading">{t("brokering.recordsTitle")}</h2>
            <dl className="facts">
              <dt>{t("brokering.challenge")}</dt>
              <dd>
                {m.challenge.isPublic ? (
                  <Link to={`/opgaven/${m.challenge.slug}`} lang={m.challenge.lang}>
                    {m.challenge.title}
                  </Link>
                ) : (
                  <span lang={m.challenge.lang}>
                    {m.challenge.title} {t("brokering.notPublic")}
                  </span>
                )}{" "}
                {t("brokering.by", { organisation: m.challenge.ownerName })}
              </dd>
              <dt>{t("brokering.solution")}</dt>
              <dd>
                {m.solution.isPublic ? (
                  <Link to={`/oplossingen/${m.solution.slug}`} lang={m.solution.lang}>
                    {m.solution.title}
                  </Link>
                ) : (
                  <span lang={m.solution.lang}>
                    {m.solution.title} {t("brokering.notPublic")}
                  </span>
                )}{" "}
                {t("brokering.by", { organisation: m.solution.providerName })}
              </dd>
            </dl>
          </section>
          <section aria-labelledby="threads-heading">
            <h2 id="threads-heading">{t("brokering.threadsTitle")}</h2>
            {m.threads.length ? (
              <ul className="plain-list">
                {m.threads.map((th) => (
                  <li key={th.id}>
                    <a href={`/berichten/${th.id}`}>{t("brokering.threadLink", { subject: th.subject })}</a>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("brokering.noThreads")}</p>
            )}
          </section>
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t("brokering.historyTitle")}</h2>
            <ol className="history">
              {m.events.map((e) => (
                <li key={e.id}>
                  <strong>
                    {e.from
                      ? t("brokering.historyEntry", { from: t(`brokering.states.${e.from}`), to: t(`brokering.states.${e.to}`) })
                      : t("brokering.historyCreated", { to: t(`brokering.states.${e.to}`) })}
                  </strong>{" "}
                  <span className="muted">
                    {stamp(e.at)}, {e.actorName ? t("brokering.historyBy", { name: e.actorName }) : t("brokering.historySystem")}
                  </span>
                  {e.note ? <p className="history-note">{e.note}</p> : null}
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">{t("brokering.notesTitle")}</h2>
            <p className="muted">{t("brokering.notesIntro")}</p>
            {m.notes.length ? (
              <ul className="plain-list notes">
                {m.notes.map((n) => (
                  <li key={n.id}>
                    <p className="muted">
                      {n.authorName ?? t("common.unknown")}, {stamp(n.at)}
                    </p>
                    <p className="history-note">{n.body}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("brokering.noNotes")}</p>
            )}
            <Form method="post" className="form" noValidate>
              <input type="hidden" name="intent" value="note" />
              <TextAreaField name="body" label={t("brokering.noteLabel")} defaultValue={valuesFor("note").body} error={result?.intent === "note" ? errors.body : undefined} rows={3} maxLength={NOTE_MAX} />
              <div>
                <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                  {t("brokering.noteAdd")}
                </button>
              </div>
            </Form>
          </section>
        </div>
        {consultation ? <p className="utrecht-alert utrecht-alert--info notice">{t("consultation.introductionLogged", { date: f.date(consultation.endsOn) })}</p> : null}
        <MatchPanel match={m} draft={draft} templateLocale={templateLocale} brokers={brokers} result={result} />
      </div>
    </div>
  );
}
