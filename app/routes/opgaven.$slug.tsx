import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChallengeView } from "../components/challenge-view";
import { ChallengeResponse, ContactModeControl, InterestControl } from "../components/challenge-response";
import { ErrorSummary } from "../components/form";
import { MatchList } from "../components/match-list";
import { data } from "@remix-run/node";
import { requireHubPermission, requireOrgPermission, type InOrganisation, type SignedIn } from "../domain/auth/access.server";
import { fieldErrors, formValues } from "../domain/auth/schemas";
import { challengeViewer, engineSuggestion, type ChallengeActionResult } from "../domain/brokering/challenge-page.server";
import { setContactMode } from "../domain/brokering/manage.server";
import { markInterest, respondToChallenge } from "../domain/brokering/respond.server";
import { ContactModeSchema, InterestSchema, RespondSchema } from "../domain/brokering/schemas";
import { isSolutionProviderKind } from "../../shared/vocabulary/organisations";
import { dispatchIntent, reply } from "../utils/action.server";
import { getPublicChallenge, type PublicChallenge } from "../domain/challenges/challenges.repository.server";
import { similarChallenges, solutionsForChallenge } from "../domain/matching.server";
import { jointDemandFor } from "../domain/joint-demand/joint-demand.server";
import { JointDemandPanel } from "../components/joint-demand";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const challenge = await getPublicChallenge(params.slug ?? "");
  if (!challenge) throw new Response("Not found", { status: 404 });
  const [solutions, similar, viewer, demand] = await Promise.all([
    solutionsForChallenge(challenge),
    similarChallenges(challenge, challenge.owner.id),
    challenge.status === "published" ? challengeViewer(request, challenge) : Promise.resolve({ kind: "none" as const }),
    jointDemandFor(challenge.id),
  ]);
  return { challenge, solutions, similar, viewer, demand };
}

/** "Ik kan helpen" (providers), "interessant" (the owner) and the contact mode (hub staff). */
export async function action({ request, params }: ActionFunctionArgs) {
  const staffOnly = (await request.clone().formData()).get("intent") === "contactMode";
  const ctx = staffOnly ? await requireHubPermission(request, "match.broker") : await requireOrgPermission(request, "match.respond");
  const challenge = await getPublicChallenge(params.slug ?? "");
  if (!challenge) throw new Response("Not found", { status: 404 });
  return staffOnly ? contactModeAction(ctx, request, challenge) : respondAction(ctx as InOrganisation, request, challenge);
}

const forbidden = () => {
  throw data({ error: "forbidden" }, { status: 403 });
};

/** A provider's response or the owner's interest, for a caller already checked for "match.respond". */
async function respondAction(ctx: InOrganisation, request: Request, challenge: PublicChallenge) {
  const form = await request.formData();
  const values = formValues(form);
  const input = Object.fromEntries(form);
  const fail = (intent: string, errors: Record<string, string>) => reply<ChallengeActionResult>({ intent, values, errors }, 400);
  return dispatchIntent(
    form,
    {
      respond: async (intent) => {
        if (!isSolutionProviderKind(ctx.organisation.kind)) return forbidden();
        const parsed = RespondSchema.safeParse(input);
        if (!parsed.success) return fail(intent, fieldErrors(parsed.error));
        const result = await respondToChallenge(
          { userId: ctx.user.id, organisationId: ctx.organisation.id, organisationKind: ctx.organisation.kind },
          { challengeId: challenge.id, ...parsed.data },
          await engineSuggestion(challenge, parsed.data.solutionId),
        );
        if (!result.ok) {
          if (result.error === "forbidden") return forbidden();
          const field = result.error === "solutionInvalid" ? "solutionId" : "form";
          return fail(intent, { [field]: `brokering.${result.error === "notFound" ? "closedForResponses" : result.error}` });
        }
        return reply<ChallengeActionResult>({ intent, values: {}, errors: {}, done: result.outcome === "already" ? "brokering.respond.already" : "brokering.respond.done" });
      },
      interest: async (intent) => {
        if (!ctx.membership.verified) return forbidden();
        const parsed = InterestSchema.safeParse(input);
        if (!parsed.success) return fail(intent, fieldErrors(parsed.error));
        const result = await markInterest(
          { userId: ctx.user.id, organisationId: ctx.organisation.id },
          { challengeId: challenge.id, solutionId: parsed.data.solutionId },
          await engineSuggestion(challenge, parsed.data.solutionId),
        );
        if (!result.ok) {
          if (result.error === "forbidden") return forbidden();
          return fail(intent, { form: `brokering.${result.error === "notFound" ? "solutionInvalid" : result.error}` });
        }
        return reply<ChallengeActionResult>({ intent, values: {}, errors: {}, done: result.outcome === "already" ? "brokering.interest.already" : "brokering.interest.done" });
      },
    },
    (intent) => fail(intent, { form: "forms.invalid" }),
  );
}

/** Hub staff set whether providers reach the owner directly or via the hub (a caller checked for "match.broker"). */
async function contactModeAction(ctx: SignedIn, request: Request, challenge: PublicChallenge) {
  const form = await request.formData();
  const values = formValues(form);
  const parsed = ContactModeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return reply<ChallengeActionResult>({ intent: "contactMode", values, errors: fieldErrors(parsed.error) }, 400);
  await setContactMode(ctx.user.id, challenge.id, parsed.data.contactMode);
  return reply<ChallengeActionResult>({ intent: "contactMode", values: {}, errors: {}, done: "brokering.contactModeSaved" });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.challenge.title} · Opgavenmarkt` : "Opgavenmarkt" },
  { name: "description", content: data?.challenge.summary ?? "" },
];

export default function ChallengeDetail() {
  const { challenge: c, solutions, similar, viewer, demand } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ChallengeActionResult | undefined;
  const { t } = useTranslation();
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/opgaven">{t("challenges.back")}</Link>
      </p>
      <ChallengeView challenge={c} asideExtra={viewer.kind === "staff" ? <ContactModeControl contactMode={c.contactMode} result={result} /> : null} />
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
        intro={viewer.kind === "owner" ? `${t("matching.solutionsIntro")} ${t("brokering.interest.ownerIntro")}` : t("matching.solutionsIntro")}
        items={solutions.results}
        unavailable={solutions.unavailable}
        hrefBase="/oplossingen"
        actions={
          viewer.kind === "owner"
            ? (m) => <InterestControl solution={{ id: m.document.id, title: m.document.title }} state={viewer.states[m.document.id]} />
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
