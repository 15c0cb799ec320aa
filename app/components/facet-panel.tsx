import { useEffect, useRef, type ChangeEvent } from "react";
import { Link, useSearchParams, useSubmit } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FacetGroup, FacetValue } from "../domain/search.server";
import { useFormat } from "../utils/format";
import { useHydrated } from "../utils/hydrated";

/** Parameters that are not filters: kept by "clear all filters" (the page number is not). */
const KEEP_ON_CLEAR = ["q", "sortering"];

function useValueLabel() {
  const { t } = useTranslation();
  const f = useFormat();
  return (group: FacetGroup, v: FacetValue): string => {
    switch (group.key) {
      case "themes":
        return f.theme(v.value);
      case "status":
        return t(`challengeStatus.${v.value}` as "challengeStatus.published");
      case "procurement":
        return t(`procurementRoutes.${v.value}` as "procurementRoutes.sbir");
      case "maturity":
        return t(`maturity.${v.value}` as "maturity.idee");
      default:
        return v.label ?? v.value;
    }
  };
}

/**
 * Facets as groups of checkboxes with counts, bound to the search form by its id (they sit beside it, not in it,
 * so the form stays a compact search landmark). Without JavaScript "Apply filters" submits; with it a tick
 * submits at once, which the hint says. The panel is a <details>: open on wide screens and whenever a filter is
 * active, folded on a phone so the results come first.
 */
export function FacetPanel({
  formId,
  groups,
  pathname,
  provinceHint,
}: {
  formId: string;
  groups: FacetGroup[];
  pathname: string;
  provinceHint: string;
}) {
  const { t } = useTranslation();
  const label = useValueLabel();
  const [params] = useSearchParams();
  const submit = useSubmit();
  const hydrated = useHydrated();
  const details = useRef<HTMLDetailsElement>(null);
  const active = groups.reduce((n, g) => n + g.values.filter((v) => v.selected).length, 0);

  useEffect(() => {
    if (details.current && active === 0 && window.matchMedia("(max-width: 48rem)").matches) details.current.open = false;
    // Only on the first render: later the visitor decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const form = event.currentTarget.form;
    if (form) submit(form, { preventScrollReset: true });
  };

  const kept = new URLSearchParams();
  for (const key of KEEP_ON_CLEAR) for (const value of params.getAll(key)) if (value) kept.append(key, value);
  const clearHref = kept.toString() ? `${pathname}?${kept.toString()}` : pathname;

  return (
    <details className="facets" open ref={details}>
      <summary>
        {t("browse.filters")}
        {active > 0 ? <span className="facet-active"> ({t("browse.filtersActive", { count: active })})</span> : null}
      </summary>
      {hydrated ? (
        <p className="field-hint utrecht-form-field-description">
          {t("browse.autoUpdate")}
        </p>
      ) : null}
      {groups.filter((group) => group.values.length > 0).map((group) => (
        <fieldset key={group.key} className="facet-group" aria-describedby={group.key === "provinces" ? "facet-provinces-hint" : undefined}>
          <legend>{t(`browse.facets.${group.key}`)}</legend>
          {group.key === "provinces" ? (
            <p className="field-hint utrecht-form-field-description" id="facet-provinces-hint">
              {provinceHint}
            </p>
          ) : null}
          <ul className="facet-values">
            {group.values.map((v) => {
              const id = `facet-${group.param}-${v.value}`;
              return (
                <li key={v.value}>
                  <input type="checkbox" id={id} name={group.param} value={v.value} form={formId} defaultChecked={v.selected} onChange={onChange} />
                  <label htmlFor={id}>
                    {label(group, v)} <span className="facet-count">({v.count})</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <div className="facet-actions">
        <button type="submit" form={formId} className="utrecht-button utrecht-button--secondary-action">
          {t("browse.apply")}
        </button>
        {active > 0 ? <Link to={clearHref}>{t("browse.clear")}</Link> : null}
      </div>
    </details>
  );
}
