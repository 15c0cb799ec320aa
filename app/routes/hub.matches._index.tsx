import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Board, BULK_TARGETS, FilterSelect, Table } from "../components/match-pipeline";
import { ErrorSummary, useMessage } from "../components/form";
import { requireHubPermission } from "../domain/auth/access.server";
import { fieldErrors } from "../domain/auth/schemas";
import { getStaleSettings } from "../domain/brokering/manage.server";
import { filterOptions, LIST_LIMIT, listMatches, parseFilters } from "../domain/brokering/matches.repository.server";
import { BulkSchema, StateChangeSchema } from "../domain/brokering/schemas";
import { isUuid } from "../../shared/vocabulary/ids";
import { MATCH_SOURCES, MATCH_STATES, OPEN_STATE_FILTER, type MatchState } from "../domain/brokering/states";
import { bulkChangeState, changeState } from "../domain/brokering/transitions.server";
import { useRootData } from "../utils/root-data";
import { dispatchIntent, errorMessage, NO_STORE, reply } from "../utils/action.server";
import { transitionErrors } from "../domain/brokering/errors";
import { chosenRoutes } from "../domain/procurement/plan.server";
import { pageTitle } from "../i18n/meta";
import type { I18nHandle } from "../i18n/areas";

/** The string areas this page uses beyond the base (app/i18n/areas.ts). */
export const handle = { i18n: ["accounts", "hub-verification", "brokering", "hub-team", "procurement", "consultation"] } satisfies I18nHandle;

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "titles.brokering") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireHubPermission(request, "match.broker");
  const params = new URL(request.url).searchParams;
  const filters = parseFilters(params);
  const settings = await getStaleSettings();
  const [{ rows, truncated }, options] = await Promise.all([listMatches(ctx.user.id, filters, settings), filterOptions()]);
  // Issue 17: the challenge's chosen procurement route and stage, one line per match.
  const routes = await chosenRoutes([...new Set(rows.map((m) => m.challenge.id))]);
  const matches = rows.map((m) => ({ ...m, procurement: routes.get(m.challenge.id) ?? null }));
  return data({ matches, truncated: truncated ? LIST_LIMIT : null, options, filters, view: params.get("weergave") === "bord" ? "board" : "table" }, { headers: NO_STORE });
}

type Failure = { matchId: string; label: string; reason: string; current?: MatchState };
type Result = { intent: string; done?: string; changed?: number; total?: number; failures?: Failure[]; errors: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const ctx = await requireHubPermission(request, "match.broker");
  const form = await request.formData();
  return dispatchIntent(
    form,
    {
      bulk: async (intent: string) => {
        const parsed = BulkSchema.safeParse({ to: form.get("to") || undefined, closedReason: form.get("closedReason") ?? undefined, items: form.getAll("items") });
        if (!parsed.success) return reply<Result>({ intent, errors: fieldErrors(parsed.error) }, 400);
        if (!BULK_TARGETS.includes(parsed.data.to)) return reply<Result>({ intent, errors: { to: "brokering.stateInvalid" } }, 400);
        const items = parsed.data.items.map((v) => {
          const [matchId, state] = v.split(":");
          return { matchId, expectedFrom: state as MatchState };
        });
        const results = await bulkChangeState(ctx.user.id, items, parsed.data.to, { closedReason: parsed.data.closedReason });
        const failures = results.flatMap((r) => (r.result.ok ? [] : [{ matchId: r.matchId, label: r.matchId, reason: errorMessage(transitionErrors, r.result).message, current: r.result.current }]));
        return reply<Result>({ intent, done: "bulk", changed: results.length - failures.length, total: results.length, failures, errors: {} });
      },
      state: async (intent: string) => {
        const matchId = String(form.get("matchId") ?? "");
        const parsed = StateChangeSchema.safeParse(Object.fromEntries(form));
        if (!parsed.success || !isUuid(matchId)) return reply<Result>({ intent, errors: { form: "brokering.stateInvalid" } }, 400);
        const result = await changeState(ctx.user.id, { matchId, expectedFrom: parsed.data.from, to: parsed.data.to, note: parsed.data.note });
        if (!result.ok) {
          const { status, message } = errorMessage(transitionErrors, result);
          return reply<Result>({ intent, errors: {}, failures: [{ matchId, label: matchId, reason: message, current: result.current }] }, status);
        }
        return reply<Result>({ intent, done: "brokering.changed", errors: {} });
      },
    },
    (intent: string) => reply<Result>({ intent, errors: { form: "forms.invalid" } }, 400),
  );
}

export default function HubMatches() {
  const { t } = useTranslation();
  const tm = useMessage();
  const root = useRootData();
  const { matches, truncated, options, filters, view } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const [params] = useSearchParams();
  const title = (id: string) => {
    const m = matches.find((x) => x.id === id);
    return m ? `${m.challenge.title} × ${m.solution.title}` : id;
  };
  const failureText = (f: Failure) =>
    t("brokering.bulkItem", {
      challenge: title(f.matchId).split(" × ")[0],
      solution: title(f.matchId).split(" × ")[1] ?? "",
      reason: tm(f.reason, { current: f.current ? t(`brokering.states.${f.current}`) : "" }),
    });
  const viewHref = (v: "table" | "board") => {
    const next = new URLSearchParams(params);
    next.delete("index"); // after a no-JS post to the index route
    if (v === "board") next.set("weergave", "bord");
    else next.delete("weergave");
    const qs = next.toString();
    return `/hub/matches${qs ? `?${qs}` : ""}`;
  };
  const themes = Object.entries(root?.themeLabels ?? {});
  return (
    <div className="container">
      <h1>{t("brokering.listTitle")}</h1>
      <p>{t("brokering.listIntro")}</p>
      <p className="toolbar">
        <Link to="/hub/matches/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
          {t("brokering.newMatch")}
        </Link>
        <Link to="/hub/matches/instellingen">{t("brokering.settingsLink")}</Link>
      </p>
      {result?.done ? (
        <div className="utrecht-alert utrecht-alert--ok notice" role="status">
          <p>{result.done === "bulk" ? t("brokering.bulkDone", { changed: result.changed, total: result.total }) : tm(result.done)}</p>
          {result.failures?.length ? (
            <ul>
              {result.failures.map((f) => (
                <li key={f.matchId}>{failureText(f)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <ErrorSummary messages={Object.values(result?.errors ?? {})} />
      {!result?.done && result?.failures?.length ? (
        <div className="utrecht-alert utrecht-alert--error error-summary" role="alert">
          <ul>
            {result.failures.map((f) => (
              <li key={f.matchId}>{failureText(f)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Form method="get" className="search-form" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="visually-hidden">
          {t("brokering.filtersTitle")}
        </h2>
        {view === "board" ? <input type="hidden" name="weergave" value="bord" /> : null}
        <FilterSelect id="f-broker" name="makelaar" label={t("brokering.filterBroker")} value={filters.broker}>
          <option value="mine">{t("brokering.mine")}</option>
          <option value="none">{t("brokering.noBroker")}</option>
          {options.brokers.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="f-state" name="status" label={t("brokering.filterState")} value={filters.state ?? (filters.open ? OPEN_STATE_FILTER : undefined)}>
          <option value={OPEN_STATE_FILTER}>{t("brokering.stateOpen")}</option>
          {MATCH_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`brokering.states.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="f-source" name="bron" label={t("brokering.filterSource")} value={filters.source}>
          {MATCH_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`brokering.sources.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="f-theme" name="thema" label={t("brokering.filterTheme")} value={filters.theme}>
          {themes.map(([slug, label]) => (
            <option key={slug} value={slug}>
              {label}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="f-province" name="provincie" label={t("brokering.filterProvince")} value={filters.province}>
          {options.provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="f-age" name="leeftijd" label={t("brokering.filterAge")} value={filters.age}>
          <option value="stale">{t("brokering.ageStale")}</option>
          <option value="fresh">{t("brokering.ageFresh")}</option>
        </FilterSelect>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("brokering.applyFilters")}
        </button>
      </Form>
      <nav aria-label={t("brokering.viewsLabel")} className="view-switch">
        <Link to={viewHref("table")} aria-current={view === "table" ? "page" : undefined}>
          {t("brokering.viewTable")}
        </Link>
        <Link to={viewHref("board")} aria-current={view === "board" ? "page" : undefined}>
          {t("brokering.viewBoard")}
        </Link>
      </nav>
      <p className="result-count" role="status">
        {t("brokering.count", { count: matches.length })}
        {truncated ? ` ${t("brokering.truncated", { limit: truncated })}` : null}
      </p>
      {matches.length === 0 ? <p>{t("brokering.empty")}</p> : view === "board" ? <Board matches={matches} /> : <Table matches={matches} />}
    </div>
  );
}
