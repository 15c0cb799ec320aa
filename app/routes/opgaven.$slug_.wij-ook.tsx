/**
 * "Wij ook" (issue 17): a verified member of another public body joins a published challenge as an interested party,
 * with an expected volume and a note, or withdraws. Everyone else signed in is told plainly why they cannot.
 */
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, SelectField, TextAreaField, TextField, useMessage } from "../components/form";
import { requireUser, type SignedIn } from "../domain/auth/access.server";
import { fieldErrors, formValues } from "../domain/auth/schemas";
import { getPublicChallenge, type PublicChallenge } from "../domain/challenges/challenges.repository.server";
import { getDb } from "../domain/db.server";
import { joinChallenge, jointDemandFor, ownInterest, refusalFor, withdrawInterest, type Joiner } from "../domain/joint-demand/joint-demand.server";
import { JoinSchema } from "../domain/joint-demand/schemas";
import { dispatchIntent, NO_STORE, reply } from "../utils/action.server";
import { useFormat } from "../utils/format";
import { JOINT_NOTE_MAX, VOLUME_UNITS } from "../../shared/vocabulary/joint-demand";
import { pageTitle, siteTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "hub-team", "joint"] } satisfies I18nHandle;

type Result = { intent: string; done?: string; values: Record<string, string>; errors: Record<string, string> };

const joinerOf = (ctx: SignedIn): Joiner | null =>
  ctx.organisation && ctx.membership ? { userId: ctx.user.id, organisationId: ctx.organisation.id, organisationKind: ctx.organisation.kind } : null;

async function load(request: Request, slug: string | undefined) {
  const ctx = await requireUser(request);
  const challenge = await getPublicChallenge(slug ?? "");
  if (!challenge) throw new Response("Not found", { status: 404 });
  return { ctx, challenge, joiner: joinerOf(ctx) };
}

const refusal = (joiner: Joiner | null, c: PublicChallenge) => refusalFor(getDb(), joiner, { ...c, visibility: "public" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { ctx, challenge: c, joiner } = await load(request, params.slug);
  const [refused, mine, demand] = await Promise.all([
    refusal(joiner, c),
    joiner ? ownInterest(c.id, joiner.organisationId) : null,
    jointDemandFor(c.id),
  ]);
  return data(
    {
      challenge: { slug: c.slug, title: c.title, owner: c.owner.name },
      organisation: ctx.organisation?.name ?? null,
      refused: refused === "anonymous" ? "notPublicBody" : refused,
      mine,
      demand,
    },
    { headers: NO_STORE },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { challenge, joiner } = await load(request, params.slug);
  const form = await request.formData();
  const values = formValues(form);
  const refuse = (intent: string, error: string) => reply<Result>({ intent, values, errors: { form: `jointDemand.refused.${error}` } }, 403);
  if (!joiner) return refuse("join", "notPublicBody");
  return dispatchIntent(
    form,
    {
      join: async (intent) => {
        const refused = await refusal(joiner, challenge);
        if (refused) return refuse(intent, refused);
        const parsed = JoinSchema.safeParse(Object.fromEntries(form));
        if (!parsed.success) return reply<Result>({ intent, values, errors: fieldErrors(parsed.error) }, 400);
        const result = await joinChallenge(joiner, challenge.id, parsed.data);
        if (!result.ok) return refuse(intent, result.error);
        return reply<Result>({ intent, values: {}, errors: {}, done: `jointDemand.done.${result.outcome}` });
      },
      withdraw: async (intent) => {
        const result = await withdrawInterest(joiner, challenge.id);
        if (!result.ok) return refuse(intent, result.error);
        return reply<Result>({ intent, values: {}, errors: {}, done: result.removed ? "jointDemand.done.withdrawn" : "jointDemand.done.nothing" });
      },
    },
    (intent) => reply<Result>({ intent, values, errors: { form: "forms.invalid" } }, 400),
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: data ? pageTitle(matches, "titles.joinChallenge", { title: data.challenge.title }) : siteTitle(matches) },
];

export default function JoinChallenge() {
  const { challenge, organisation, refused, mine, demand } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const { t } = useTranslation();
  const tm = useMessage();
  const f = useFormat();
  const v = result?.done ? {} : (result?.values ?? {});
  const errors = result?.errors ?? {};
  return (
    <div className="container narrow">
      <p className="breadcrumb">
        <Link to={`/opgaven/${challenge.slug}`}>{t("jointDemand.back", { title: challenge.title })}</Link>
      </p>
      <h1>{t("jointDemand.title")}</h1>
      <p>{t("jointDemand.intro", { title: challenge.title, owner: challenge.owner })}</p>
      {result?.done ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {tm(result.done)}
        </p>
      ) : null}
      {refused ? (
        <p className="utrecht-alert utrecht-alert--warning notice">{tm(`jointDemand.refused.${refused}`)}</p>
      ) : (
        <Form method="post" className="form" noValidate>
          <ErrorSummary messages={Object.values(errors)} />
          <p>{t("jointDemand.forBody", { organisation })}</p>
          <div className="field-row">
            <TextField
              name="volume"
              label={t("jointDemand.volume")}
              hint={t("jointDemand.volumeHint")}
              inputMode="numeric"
              defaultValue={v.volume ?? (mine ? String(mine.volume) : "")}
              error={errors.volume}
              required
            />
            <SelectField name="unit" label={t("jointDemand.unit")} placeholder={t("jointDemand.unitPlaceholder")} defaultValue={v.unit ?? mine?.unit} error={errors.unit}>
              {VOLUME_UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`jointDemand.units.${u}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <TextAreaField name="note" label={t("jointDemand.note")} hint={t("jointDemand.noteHint")} defaultValue={v.note ?? mine?.note} error={errors.note} rows={4} maxLength={JOINT_NOTE_MAX} />
          <div className="actions">
            <button type="submit" name="intent" value="join" className="utrecht-button utrecht-button--primary-action">
              {mine ? t("jointDemand.update") : t("jointDemand.submit")}
            </button>
          </div>
        </Form>
      )}
      {mine ? (
        <Form method="post">
          <button type="submit" name="intent" value="withdraw" className="utrecht-button utrecht-button--secondary-action">
            {t("jointDemand.withdraw")}
          </button>
        </Form>
      ) : null}
      <h2>{t("jointDemand.othersTitle")}</h2>
      {demand.bodies.length ? (
        <ul>
          {demand.bodies.map((b) => (
            <li key={b.organisationId}>
              {b.name}: {f.number(b.volume, 0)} {t(`jointDemand.units.${b.unit}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("jointDemand.none")}</p>
      )}
    </div>
  );
}
