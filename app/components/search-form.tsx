import { useEffect, useRef, type ReactNode } from "react";
import { Form, Link, useLocation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FacetGroup } from "../domain/search.server";
import { FacetPanel } from "./facet-panel";

const FORM_ID = "zoeken";

export type SortChoice = "" | "nieuwste" | "deadline";

const SORT_LABEL = { "": "browse.sortRelevance", nieuwste: "browse.sortNewest", deadline: "browse.sortDeadline" } as const;

/** The list pages' search form: a GET form, so it works without JavaScript and every search has a URL. */
export function SearchForm({ sorts }: { sorts: readonly SortChoice[] }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <Form method="get" id={FORM_ID} className="search-form" role="search" preventScrollReset>
      <div className="field">
        <label htmlFor="q">{t("search.query")}</label>
        <input id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} placeholder={t("search.queryPlaceholder")} maxLength={200} />
      </div>
      <div className="field field-narrow">
        <label htmlFor="sortering">{t("browse.sort")}</label>
        <select id="sortering" name="sortering" defaultValue={params.get("sortering") ?? ""}>
          {sorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(SORT_LABEL[sort])}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
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
    <nav className="utrecht-pagination" aria-label={t("search.pagination")}>
      {/* A page past the end (an old link after the results shrank) leads back to the last page. */}
      {page > 1 ? (
        <Link to={hrefFor(Math.min(page - 1, pages))} rel="prev" className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev">
          {t("search.previous")}
        </Link>
      ) : null}
      <span>{t("search.page", { page, pages })}</span>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next" className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next">
          {t("search.next")}
        </Link>
      ) : null}
    </nav>
  );
}

/**
 * Back/forward between searches keeps the page mounted, so uncontrolled fields would show the previous state:
 * bring them in line with the URL whenever it changes. Not on mount: the fields were rendered for this URL, and a
 * box ticked before the page hydrated must stay ticked (the effect used to untick it).
 */
function useFieldsFollowUrl(formId: string) {
  const [params] = useSearchParams();
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    for (const el of Array.from(form.elements)) {
      if (el instanceof HTMLInputElement && el.type === "checkbox") el.checked = params.getAll(el.name).includes(el.value);
      else if (el instanceof HTMLInputElement && el.name) el.value = params.get(el.name) ?? "";
      else if (el instanceof HTMLSelectElement) el.value = params.get(el.name) ?? "";
    }
  }, [params, formId]);
}

/** The shared body of a list page: search form, facets, result count (or the search-down notice), cards, paging. */
export function SearchResults<T extends { id: string }>({
  result,
  sorts,
  provinceHint,
  renderItem,
}: {
  result: { hits: T[]; total: number; page: number; pages: number; facets: FacetGroup[]; unavailable: boolean };
  sorts: readonly SortChoice[];
  provinceHint: string;
  renderItem: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useFieldsFollowUrl(FORM_ID);
  const withFacets = result.facets.length > 0;
  return (
    <>
      <SearchForm sorts={sorts} />
      <div className={withFacets ? "search-layout" : undefined}>
        {withFacets ? <FacetPanel formId={FORM_ID} groups={result.facets} pathname={pathname} provinceHint={provinceHint} /> : null}
        <div className="search-results">
          {result.unavailable ? (
            <p className="utrecht-alert utrecht-alert--warning notice" role="status">
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
        </div>
      </div>
    </>
  );
}
