import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireHubPermission } from "../domain/auth/access.server";
import { reviewCounts } from "../domain/intake/challenge-lifecycle.server";
import { NO_STORE } from "../utils/action.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["intake"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.review") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireHubPermission(request, "challenge.review");
  return data({ counts: await reviewCounts() }, { headers: NO_STORE });
}

export default function ReviewOverview() {
  const { counts } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container narrow">
      <h1>{t("review.title")}</h1>
      <p>{t("review.intro")}</p>
      <ul className="stats">
        <li>
          <p>{t("review.challenges", { count: counts.challenges })}</p>
          <Link to="/hub/beoordeling/opgaven">{t("review.challengesLink")}</Link>
        </li>
        <li>
          <p>{t("review.solutions", { count: counts.solutions })}</p>
          <Link to="/hub/beoordeling/oplossingen">{t("review.solutionsLink")}</Link>
        </li>
      </ul>
    </div>
  );
}
