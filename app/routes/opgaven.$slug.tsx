import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChallengeView } from "../components/challenge-view";
import { ChallengeResponse, ContactModeControl, InterestControl } from "../components/challenge-response";
import { ErrorSummary } from "../components/form";
import { MatchList } from "../components/match-list";
import { requireHubPermission, requireOrgPermission, type InOrganisation } from "../domain/auth/access.server";
import { challengeAction, challengeStaffAction, challengeViewer, type ChallengeActionResult } from "../domain/brokering/challenge-page.server";
import { getPublicChallenge } from "../domain/challenges/challenges.repository.server";
import { similarChallenges, solutionsForChallenge } from "../domain/matching.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const challenge = await getPublicChallenge(params.slug ?? "");
  if (!challenge) throw new Response("Not found", { status: 404 });
  const [solutions, similar, viewer] = await Promise.all([
    solutionsForChallenge(challenge),
    similarChallenges(challenge, challenge.owner.id),
    challenge.status === "published" ? challengeViewer(request, challenge) : Promise.resolve({ kind: "none" as const }),
  ]);
  return { challenge, solutions, similar, viewer };
}

/** "Ik kan helpen" (providers) and "interessant" (the owner), see domain/brokering/challenge-page.server.ts. */
export async function action({ request, params }: ActionFunctionArgs) {
  const staffOnly = (await request.clone().formData()).get("intent") === "contactMode";
  const ctx = staffOnly ? await requireHubPermission(request, "match.broker") : await requireOrgPermission(request, "match.respond");
  const challenge = await getPublicChallenge(params.slug ?? "");
  if (!challenge) throw new Response("Not found", { status: 404 });
  return staffOnly ? challengeStaffAction(ctx, request, challenge) : challengeAction(ctx as InOrganisation, request, challenge);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.challenge.title} · Opgavenmarkt` : "Opgavenmarkt" },
  { name: "description", content: data?.challenge.summary ?? "" },
];

export default function ChallengeDetail() {
  const { challenge: c, solutions, similar, viewer } = useLoaderData<typeof loader>();
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
          <p className="notice" role="status">
            {t(result.done as "brokering.interest.done")}
          </p>
        ) : (
          <ErrorSummary messages={Object.values(result.errors)} />
        )
      ) : null}
      {viewer.kind === "unverifiedOwner" ? <p className="notice">{t("brokering.interest.ownerUnverified")}</p> : null}
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
