/** Hub: clusters of similar open challenges across bodies, with a one-click bundle proposal (issue 17). */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../components/form";
import { requireHubPermission } from "../domain/auth/access.server";
import { challengeClusters, proposeBundle } from "../domain/hub/clusters.server";
import { appUrl } from "../domain/mail/mail.server";
import { NO_STORE, reply } from "../utils/action.server";
import { isUuid } from "../../shared/vocabulary/ids";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["joint"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.clusters") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireHubPermission(request, "match.broker");
  return data(await challengeClusters(), { headers: NO_STORE });
}

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireHubPermission(request, "match.broker");
  const ids = (await request.formData()).getAll("challengeId").filter(isUuid);
  const result = await proposeBundle({ id: ctx.user.id, name: ctx.user.name }, ids, appUrl(request));
  if (!result.ok) return reply({ error: "clusters.invalid" }, 400);
  return redirect(`/berichten/${result.threadId}`, { headers: NO_STORE });
}

export default function Clusters() {
  const { clusters, unavailable } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/hub">{t("clusters.back")}</Link>
      </p>
      <h1>{t("clusters.title")}</h1>
      <p>{t("clusters.intro")}</p>
      <ErrorSummary messages={[result?.error]} />
      {unavailable ? <p className="utrecht-alert utrecht-alert--warning notice">{t("search.unavailable")}</p> : null}
      {clusters.length === 0 ? <p>{t("clusters.none")}</p> : null}
      {clusters.map((cluster, i) => (
        <section key={cluster.challenges[0].id} aria-labelledby={`cluster-${i}`} className="form-section">
          <h2 id={`cluster-${i}`}>{t("clusters.cluster", { n: i + 1, count: cluster.challenges.length })}</h2>
          <ul>
            {cluster.challenges.map((c) => (
              <li key={c.id}>
                <Link to={`/opgaven/${c.slug}`}>{c.title}</Link> ({c.owner})
              </li>
            ))}
          </ul>
          <Form method="post">
            {cluster.challenges.map((c) => (
              <input key={c.id} type="hidden" name="challengeId" value={c.id} />
            ))}
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("clusters.propose")}
            </button>
          </Form>
        </section>
      ))}
    </div>
  );
}
