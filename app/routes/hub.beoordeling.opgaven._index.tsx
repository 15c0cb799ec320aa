import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ThemeTags } from "../components/cards";
import { requireHubPermission } from "../domain/auth/access.server";
import { listProvinces, reviewQueue } from "../domain/intake/challenge-lifecycle.server";
import { listThemes } from "../domain/themes.server";
import { useFormat } from "../utils/format";
import { NO_STORE } from "../utils/action.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["intake"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.reviewChallenges") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireHubPermission(request, "challenge.review");
  const url = new URL(request.url);
  const theme = url.searchParams.get("thema") ?? "";
  const province = url.searchParams.get("provincie") ?? "";
  const filter = {
    theme: /^[a-z0-9-]{1,60}$/.test(theme) ? theme : undefined,
    province: /^PV[0-9]{2}$/.test(province) ? province : undefined,
  };
  const [items, themes, provinces] = await Promise.all([reviewQueue(filter), listThemes(), listProvinces()]);
  return data(
    { items, themes: themes.map((t) => t.slug), provinces, filter: { theme: filter.theme ?? "", province: filter.province ?? "" } },
    { headers: NO_STORE },
  );
}

export default function ChallengeQueue() {
  const { items, themes, provinces, filter } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="container">
      <p className="breadcrumb">
        <Link to="/hub/beoordeling">{t("review.title")}</Link>
      </p>
      <h1>{t("review.queueTitle")}</h1>
      <p>{t("review.queueIntro")}</p>
      <Form method="get" className="search-form">
        <div className="field">
          <label htmlFor="thema">{t("review.filterTheme")}</label>
          <select id="thema" name="thema" defaultValue={filter.theme}>
            <option value="">{t("review.allThemes")}</option>
            {themes.map((slug) => (
              <option key={slug} value={slug}>
                {f.theme(slug)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="provincie">{t("review.filterProvince")}</label>
          <select id="provincie" name="provincie" defaultValue={filter.province}>
            <option value="">{t("review.allProvinces")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("review.filter")}
        </button>
      </Form>
      {items.length === 0 ? <p>{t("review.empty")}</p> : null}
      <ol className="intake-list">
        {items.map((c) => (
          <li key={c.id} className="card">
            <h2>
              <Link to={`/hub/beoordeling/opgaven/${c.id}`}>{c.title}</Link>
            </h2>
            <p className="card-meta">
              {c.owner}
              {c.submittedAt ? <> · {t("review.submittedOn", { date: f.date(c.submittedAt) })}</> : null}
            </p>
            <ThemeTags themes={c.themes} />
          </li>
        ))}
      </ol>
    </div>
  );
}
