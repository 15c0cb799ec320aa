import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RecordHistory } from "../components/record-history";
import { SolutionForm } from "../components/solution-form";
import { requireSolutionOrg } from "../domain/intake/solution-access.server";
import { applyRowIntent, EDITABLE, readSolutionForm, type SolutionFormValues } from "../domain/intake/solution-form";
import { archiveSolution, getOwnSolution, regionOptions, updateSolution, valuesOf } from "../domain/intake/solution-intake.server";
import { solutionHistory } from "../domain/intake/solution-review.server";
import { parseVersion } from "../domain/form-ranges";
import { listThemes } from "../domain/themes.server";
import { getSolutionPreview } from "../domain/solutions/solutions.repository.server";
import { SOLUTION_PROSE, SolutionArticle } from "../components/solution-article";
import { withProse } from "../components/markdown.server";
import { useFormat } from "../utils/format";
import { bad, errorMessage, intentOf, NO_STORE, reply, replyError } from "../utils/action.server";
import { solutionErrors } from "../domain/intake/errors";
import { recordTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "intake", "solution-intake", "hub-team", "owners"] } satisfies I18nHandle;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: recordTitle(matches, data?.record.title) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const ctx = await requireSolutionOrg(request, "solution.update");
  const own = await getOwnSolution(ctx.organisation.id, params.id ?? "");
  if (!own) throw new Response("Not found", { status: 404 });
  const r = own.record;
  // After submitting, the page shows the solution read-only as the hub will review it (as a submitted challenge does).
  const [themes, regions, history, preview] = await Promise.all([
    listThemes(),
    regionOptions(),
    solutionHistory(own.record.id),
    r.status === "submitted" ? getSolutionPreview(r.id).then((s) => s && withProse(s, SOLUTION_PROSE)) : null,
  ]);
  return data(
    {
      record: { id: r.id, slug: r.slug, title: r.title, status: r.status, reviewComment: r.reviewComment, version: r.version },
      values: valuesOf(own),
      deployments: own.deployments,
      themes,
      regions,
      history: history.map((h) => ({ ...h, at: h.at.toISOString() })),
      preview,
    },
    { headers: NO_STORE },
  );
}

type Result = { values: SolutionFormValues; errors: Record<string, string>; version: number; formKey: string; conflict?: boolean };

export async function action({ request, params }: ActionFunctionArgs) {
  const ctx = await requireSolutionOrg(request, "solution.update");
  const own = await getOwnSolution(ctx.organisation.id, params.id ?? "");
  if (!own) throw new Response("Not found", { status: 404 });
  const form = await request.formData();
  const intent = intentOf(form) || "save";
  const version = parseVersion(form.get("version"));
  if (version === null) return bad({ error: "forms.invalid" });
  const caller = { userId: ctx.user.id, organisationId: ctx.organisation.id };
  const formKey = crypto.randomUUID();
  if (intent === "archive") {
    const result = await archiveSolution(caller, own.record.id, version);
    if (!result.ok) {
      const { status, message } = errorMessage(solutionErrors, result);
      return reply({ error: message }, status);
    }
    throw redirect(`/mijn/oplossingen/${own.record.id}?opgeslagen=gearchiveerd`);
  }
  const values = readSolutionForm(form);
  // The no-JavaScript row editor's buttons are intents too; they only re-render the form.
  const rows = applyRowIntent(intent, values);
  if (rows) return reply<Result>({ values: rows, errors: {}, version, formKey });
  const result = await updateSolution(caller, own.record.id, version, values, intent === "submit");
  if (!result.ok) {
    const conflict = result.error === "conflict";
    // On a conflict the form keeps what the user typed and carries the current version: saving again overwrites.
    return replyError(solutionErrors, result, { values, version: result.conflictVersion ?? version, formKey, conflict });
  }
  throw redirect(`/mijn/oplossingen/${own.record.id}?opgeslagen=${intent === "submit" && result.status === "submitted" ? "ingediend" : "opgeslagen"}`);
}

export default function EditSolution() {
  const { t } = useTranslation();
  const f = useFormat();
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as (Result & { error?: string }) | undefined;
  const [params] = useSearchParams();
  const saved = params.get("opgeslagen");
  const { record } = loaded;
  const editable = EDITABLE.includes(record.status);
  // A submitted solution is shown as a preview until the author asks to change it (or a save came back with errors).
  const previewing = !!loaded.preview && !result && params.get("bewerken") !== "1";
  const mode = record.status === "published" ? "published" : record.status === "submitted" ? "submitted" : "draft";
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/mijn/oplossingen">{t("solutionIntake.backToList")}</Link>
      </p>
      {previewing ? null : <h1>{record.title}</h1>}
      <p>
        {t("solutionIntake.statusLabel")} <span className="status">{t(`solutionStatus.${record.status}`)}</span>
        {record.status === "published" ? (
          <>
            {" · "}
            <Link to={`/oplossingen/${record.slug}`}>{t("solutionIntake.viewPublic")}</Link>
          </>
        ) : null}
      </p>
      {saved && !result ? (
        <p className="utrecht-alert utrecht-alert--ok notice" role="status">
          {t(`solutionIntake.saved.${saved}` as "solutionIntake.saved.concept", { defaultValue: t("forms.saved") })}
        </p>
      ) : null}
      {result?.error ? (
        <p className="utrecht-alert utrecht-alert--error notice" role="alert">
          {t(result.error as "forms.invalid")}
        </p>
      ) : null}
      {record.reviewComment && (record.status === "changes_requested" || record.status === "rejected") ? (
        <section className="utrecht-alert utrecht-alert--warning notice" aria-labelledby="review-heading">
          <h2 id="review-heading">{record.status === "rejected" ? t("solutionIntake.rejectedHeading") : t("solutionIntake.changesHeading")}</h2>
          <p className="pre-wrap">{record.reviewComment}</p>
        </section>
      ) : null}
      {loaded.deployments.length ? (
        <section aria-labelledby="confirmations-heading">
          <h2 id="confirmations-heading">{t("solutionIntake.confirmationsHeading")}</h2>
          <ul className="plain-list">
            {loaded.deployments.map((d) => (
              <li key={d.id}>
                {d.name}: {t(`deploymentStatus.${d.status}`)}
                {d.since ? `, ${t("solutions.since", { date: f.date(d.since) })}` : ""} —{" "}
                <strong>{t(`solutionIntake.confirmation.${d.confirmation}`)}</strong>
                {d.disputeReason ? <span className="pre-wrap"> ({d.disputeReason})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {previewing && loaded.preview ? (
        <>
          <div className="utrecht-alert utrecht-alert--info notice">
            <p>
              <strong>{t("owners.preview.title")}.</strong> {t("owners.preview.intro")}
            </p>
            <p>
              <Link to="?bewerken=1">{t("owners.preview.editAnyway")}</Link>
            </p>
          </div>
          <div className="review-preview">
            <SolutionArticle solution={loaded.preview} />
          </div>
        </>
      ) : editable ? (
        <SolutionForm
          key={result?.formKey ?? `v${record.version}`}
          values={result?.values ?? loaded.values}
          errors={result?.errors ?? {}}
          themes={loaded.themes}
          regions={loaded.regions}
          hidden={{ version: String(result?.version ?? record.version) }}
          mode={mode}
        />
      ) : (
        <p>{t("solutionIntake.readOnly")}</p>
      )}
      {record.status === "published" ? (
        <section aria-labelledby="archive-heading">
          <h2 id="archive-heading">{t("solutionIntake.archiveHeading")}</h2>
          <p>{t("solutionIntake.archiveIntro")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="archive" />
            <input type="hidden" name="version" value={String(result?.version ?? record.version)} />
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("solutionIntake.archive")}
            </button>
          </Form>
        </section>
      ) : null}
      <RecordHistory entries={loaded.history} />
    </div>
  );
}
