import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CHALLENGE_PROSE, ChallengeView } from "../components/challenge-view";
import { withProse } from "../components/markdown.server";
import { ChallengeResponse, ContactModeControl, InterestControl, type ChallengeActionResult } from "../components/challenge-response";
import { ErrorSummary } from "../components/form";
import { MatchList } from "../components/match-list";
import { judgementActions } from "../components/match-judgement";
import { requireHubPermission, requireOrgPermission, type InOrganisation, type SignedIn } from "../domain/auth/access.server";
import { challengeViewer, engineSuggestion } from "../domain/brokering/challenge-page.server";
import { setContactMode } from "../domain/brokering/manage.server";
import { markInterest, respondToChallenge } from "../domain/brokering/respond.server";
import { ContactModeSchema, InterestSchema, RespondSchema } from "../domain/brokering/schemas.server";
import { isSolutionProviderKind } from "../../shared/vocabulary/organisations";
import { bad, dispatchIntent, formValues, parseForm, raise, reply, replyError } from "../utils/action.server";
import { respondErrors } from "../domain/brokering/errors";
import { getPublicChallenge, type PublicChallenge } from "../domain/challenges/challenges.repository.server";
import { similarChallenges, solutionsForChallenge, suggestionsForPage } from "../domain/matching.server";
import { challengeEditHref } from "../domain/intake/edit-link.server";
import { judgementControls } from "../domain/judgements/judgements.server";
import { procurementSummary } from "../domain/procurement/plan.server";
import { ProcurementAside } from "../components/procurement-advice";
import { jointDemandFor } from "../domain/joint-demand/joint-demand.server";
import { JointDemandPanel } from "../components/joint-demand";
import { recordTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["intake", "brokering", "owners", "judgements", "procurement", "consultation", "joint"] } satisfies I18nHandle;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const challenge = await getPublicChallenge(params.slug ?? "");
  if (!challenge) throw new Response("Not found", { status: 404 });
  const [solutions, similar, viewer, editHref, procurement, demand] = await Promise.all([
    solutionsForChallenge(challenge),
    similarChallenges(challenge, challenge.owner.id),
    challenge.status === "published" ? challengeViewer(request, challenge) : Promise.resolve({ kind: "none" as const }),
    challengeEditHref(request, challenge),
    procurementSummary(challenge.id),
    jointDemandFor(challenge.id),
  ]);
  const judging = await judgementControls(request, { kind: "challenge", id: challenge.id }, solutions.results.map((r) => r.document.id));
  return { challenge: withProse(challenge, CHALLENGE_PROSE), solutions: suggestionsForPage(solutions), similar: suggestionsForPage(similar), viewer, editHref, judging, procurement, demand };
}

/** "Ik kan helpen" (providers), "interessant" (the owner) and the contact mode (hub staff). */
export async function action({ request, params }: ActionFunctionArgs) {
  const staffOnly = (await request.clone().formData()).get("intent") === "contactMode";
  const ctx = staffOnly ? await requireHubPermission(request, "match.broker") : await requireOrgPermission(request, "match.respond");
  const challenge = await getPublicChallenge(params.slug ?? "");
  if (!challenge) throw new Response("Not found", { status: 404 });
  return staffOnly ? contactModeAction(ctx, request, challenge) : respondAction(ctx as InOrganisation, request, challenge);
}

const forbidden = () => raise(respondErrors, "forbidden");

/** A provider's response or the owner's interest, for a caller already checked for "match.respond". */
async function respondAction(ctx: InOrganisation, request: Request, challenge: PublicChallenge) {
  const form = await request.formData();
  const values = formValues(form);
  const fail = (intent: string, errors: Record<string, string>) => reply<ChallengeActionResult>({ intent, values, errors }, 400);
  return dispatchIntent(
    form,
    {
      respond: async (intent) => {
        if (!isSolutionProviderKind(ctx.organisation.kind)) return forbidden();
        const parsed = parseForm(form, RespondSchema);
        if (!parsed.ok) return fail(intent, parsed.errors);
        const result = await respondToChallenge(
          { userId: ctx.user.id, organisationId: ctx.organisation.id, organisationKind: ctx.organisation.kind },
          { challengeId: challenge.id, ...parsed.data },
          await engineSuggestion(challenge, parsed.data.solutionId),
        );
        if (!result.ok) return replyError(respondErrors, result, { intent, values });
        return reply<ChallengeActionResult>({ intent, values: {}, errors: {}, done: result.outcome === "already" ? "brokering.respond.already" : "brokering.respond.done" });
      },
      interest: async (intent) => {
        if (!ctx.membership.verified) return forbidden();
        const parsed = parseForm(form, InterestSchema);
        if (!parsed.ok) return fail(intent, parsed.errors);
        const result = await markInterest(
          { userId: ctx.user.id, organisationId: ctx.organisation.id },
          { challengeId: challenge.id, solutionId: parsed.data.solutionId },
          await engineSuggestion(challenge, parsed.data.solutionId),
        );
        if (!result.ok) return replyError(respondErrors, result, { intent, values }, { field: "form" });
        return reply<ChallengeActionResult>({ intent, values: {}, errors: {}, done: result.outcome === "already" ? "brokering.interest.already" : "brokering.interest.done" });
      },
    },
    (intent) => fail(intent, { form: "forms.invalid" }),
  );
}

/** Hub staff set whether providers reach the owner directly or via the hub (a caller checked for "match.broker"). */
async function contactModeAction(ctx: SignedIn, request: Request, challenge: PublicChallenge) {
  const parsed = parseForm(await request.formData(), ContactModeSchema);
  if (!parsed.ok) return bad<ChallengeActionResult>({ intent: "contactMode", values: parsed.values, errors: parsed.errors });
  await setContactMode(ctx.user.id, challenge.id, parsed.data.contactMode);
  return reply<ChallengeActionResult>({ intent: "contactMode", values: {}, errors: {}, done: "brokering.contactModeSaved" });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: recordTitle(matches, data?.challenge.title) },
  { name: "description", content: data?.challenge.summary ?? "" },
];

export default function ChallengeDetail() {
  const { challenge: c, solutions, similar, viewer, editHref, judging, procurement, demand } = useLoaderData<typeof loader>();
  const judge = judgementActions(judging, (solutionId) => ({ challengeId: c.id, solutionId }), "matching-solutions");
  const result = useActionData<typeof action>() as ChallengeActionResult | undefined;
  const { t } = useTranslation();
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/opgaven">{t("challenges.back")}</Link>
        {editHref ? (
          <>
            {" · "}
            <Link to={editHref} className="edit-link">
              {t("owners.editChallenge")}
            </Link>
          </>
        ) : null}
      </p>
      <ChallengeView
        challenge={c}
        asideExtra={
          <>
            <ProcurementAside slug={c.slug} summary={procurement} />
            {viewer.kind === "staff" ? <ContactModeControl contactMode={c.contactMode} result={result} /> : null}
          </>
        }
      />
      <ChallengeResponse viewer={viewer} contactMode={c.contactMode} result={result} />
      {viewer.kind === "owner" && result?.intent === "interest" ? (
        result.done ? (
          <p className="utrecht-alert utrecht-alert--ok notice" role="status">
            {t(result.done as "brokering.interest.done")}
          </p>
        ) : (
          <ErrorSummary messages={Object.values(result.errors)} />
        )
      ) : null}
      <JointDemandPanel
        demand={demand}
        slug={c.slug}
        canJoin={c.status === "published" && (viewer.kind === "anonymous" || viewer.kind === "none")}
        ownerEditHref={viewer.kind === "owner" ? `/mijn/opgaven/${c.id}#addCoOwner` : null}
      />
      {viewer.kind === "unverifiedOwner" ? <p className="utrecht-alert utrecht-alert--warning notice">{t("brokering.interest.ownerUnverified")}</p> : null}
      <MatchList
        id="matching-solutions"
        title={t("matching.solutionsTitle")}
        intro={[t("matching.solutionsIntro"), viewer.kind === "owner" ? t("brokering.interest.ownerIntro") : "", judge ? t("judgements.listHint") : ""].filter(Boolean).join(" ")}
        items={solutions.results}
        unavailable={solutions.unavailable}
        hrefBase="/oplossingen"
        actions={
          viewer.kind === "owner" || judge
            ? (m) => (
                <>
                  {viewer.kind === "owner" ? <InterestControl solution={{ id: m.document.id, title: m.document.title }} state={viewer.states[m.document.id]} /> : null}
                  {judge?.(m)}
                </>
              )
            : undefined
        }
      />
      <MatchList
        id="similar-challenges"
        title={t("matching.similarTitle")}
        intro={t("matching.similarIntro")}
        items={similar.results}
        unavailable={similar.unavailable}
        hrefBase="/opgaven"
      />
    </div>
  );
}
