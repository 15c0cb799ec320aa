import type { ReactNode } from "react";
import { Form, Link, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../utils/format";

/** The list pages' search form: a GET form, so it works without JavaScript and every search has a URL. */
export function SearchForm({ themes, facets }: { themes: string[]; facets: Record<string, number> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [params] = useSearchParams();
  return (
    <Form method="get" className="search-form" role="search">
      <div className="field">
        <label htmlFor="q">{t("search.query")}</label>
        <input id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} placeholder={t("search.queryPlaceholder")} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="thema">{t("search.theme")}</label>
        <select id="thema" name="thema" defaultValue={params.get("thema") ?? ""}>
          <option value="">{t("search.allThemes")}</option>
          {themes.map((slug) => (
            <option key={slug} value={slug}>
              {f.theme(slug)}
              {facets[slug] !== undefined ? ` (${facets[slug]})` : ""}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t("search.submit")}
      </button>
    </Form>
  );
}

export function Pagination({ page, pages }: { page: number; pages: number }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  if (pages <= 1) return null;
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    next.set("pagina", String(p));
    return `?${next.toString()}`;
  };
  return (
    <nav className="pagination" aria-label={t("search.pagination")}>
      {page > 1 ? <Link to={hrefFor(page - 1)}>{t("search.previous")}</Link> : null}
      <span>{t("search.page", { page, pages })}</span>
      {page < pages ? <Link to={hrefFor(page + 1)}>{t("search.next")}</Link> : null}
    </nav>
  );
}

/** The shared body of a list page: search form, result count (or the search-down notice), cards, paging. */
export function SearchResults<T extends { id: string }>({
  result,
  themes,
  renderItem,
}: {
  result: { hits: T[]; total: number; page: number; pages: number; facets: Record<string, Record<string, number>>; unavailable: boolean };
  themes: string[];
  renderItem: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SearchForm themes={themes} facets={result.facets.themes ?? {}} />
      {result.unavailable ? (
        <p className="notice" role="status">
          {t("search.unavailable")}
        </p>
      ) : (
        <p className="result-count" role="status">
          {t("search.results", { count: result.total })}
        </p>
      )}
      {result.hits.length === 0 ? <p>{t("search.noResults")}</p> : null}
      <ul className="card-list">{result.hits.map((item) => renderItem(item))}</ul>
      <Pagination page={result.page} pages={result.pages} />
    </>
  );
}
