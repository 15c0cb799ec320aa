/**
 * EDIH reporting rules as pure functions (ADR 0025): the size class from self-declared figures (EU SME definition),
 * the customer category the Commission counts, the default service category a pipeline step proposes, the report
 * periods (month, quarter, custom, M18/M36 review periods) and the change between two DMA measurements.
 */
import type { OrganisationKind } from "../../../shared/vocabulary/organisations";
import { isPublicBodyKind } from "../../../shared/vocabulary/organisations";
import {
  DMA_DIMENSIONS,
  type CustomerCategory,
  type DmaDimension,
  type ProposalState,
  type ServiceCategory,
  type SizeClass,
} from "../../../shared/vocabulary/edih";

/**
 * Commission Recommendation 2003/361/EC: staff headcount below the limit and turnover or balance sheet total within
 * its ceiling. A small mid-cap (EDIH call texts) has fewer than 500 staff and is not an SME. Unknown money figures
 * do not count against a class; with no headcount the class is unknown (null).
 */
const CLASSES: { size: SizeClass; staffBelow: number; turnover: number; balance: number }[] = [
  { size: "micro", staffBelow: 10, turnover: 2_000_000, balance: 2_000_000 },
  { size: "small", staffBelow: 50, turnover: 10_000_000, balance: 10_000_000 },
  { size: "medium", staffBelow: 250, turnover: 50_000_000, balance: 43_000_000 },
  { size: "small_midcap", staffBelow: 500, turnover: Infinity, balance: Infinity },
];

export function sizeClassFor(employees: number | null, turnoverEur: number | null, balanceSheetEur: number | null = null): SizeClass | null {
  if (employees === null || !Number.isFinite(employees)) return null;
  for (const c of CLASSES) {
    if (employees >= c.staffBelow) continue;
    const money = turnoverEur === null && balanceSheetEur === null;
    const within = (turnoverEur !== null && turnoverEur <= c.turnover) || (balanceSheetEur !== null && balanceSheetEur <= c.balance);
    if (money || within) return c.size;
  }
  return "large";
}

export const isSme = (size: SizeClass | null) => size === "micro" || size === "small" || size === "medium";

/** The customer category counted by the KPI tool, from the organisation's kind and (for companies) size class. */
export function customerCategory(kind: OrganisationKind | string, size: SizeClass | null): CustomerCategory {
  if (isPublicBodyKind(kind)) return "public_sector";
  if (kind === "kennisinstelling") return "knowledge_institution";
  if (kind !== "bedrijf") return "other";
  if (size === null) return "company_unclassified";
  if (isSme(size)) return "sme";
  return size === "small_midcap" ? "small_midcap" : "large_company";
}

/** The category a pipeline step proposes; staff confirm or change it. */
export const DEFAULT_CATEGORY: Record<ProposalState, ServiceCategory> = {
  introduced: "networking_and_ecosystem",
  in_conversation: "networking_and_ecosystem",
  pilot: "test_before_invest",
  adopted: "support_to_find_investment",
};

/** A report period: inclusive start and end dates (YYYY-MM-DD). */
export interface Period {
  kind: "month" | "quarter" | "custom" | "m18" | "m36";
  from: string;
  to: string;
  /** The value as it appears in the URL (month 2026-11, quarter 2026-Q4, …). */
  key: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string | null | undefined): s is string => !!s && DATE.test(s) && iso(new Date(`${s}T00:00:00Z`)) === s;

/** Months after the EDIH start: M18 covers months 1–18, M36 months 19–36 (the two reporting periods). */
export function reviewPeriod(kind: "m18" | "m36", startDate: string): Period {
  const start = new Date(`${startDate}T00:00:00Z`);
  const [fromMonths, toMonths] = kind === "m18" ? [0, 18] : [18, 36];
  const from = utc(start.getUTCFullYear(), start.getUTCMonth() + fromMonths, start.getUTCDate());
  const end = utc(start.getUTCFullYear(), start.getUTCMonth() + toMonths, start.getUTCDate() - 1);
  return { kind, from: iso(from), to: iso(end), key: kind };
}

/**
 * The period from the report page's query (`periode`: 2026-11, 2026-Q4, m18, m36 or aangepast with van/tot). Anything
 * unreadable falls back to the month of `today`.
 */
export function parsePeriod(params: URLSearchParams, startDate: string, today: string): Period {
  const value = params.get("periode") ?? "";
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    const y = Number(month[1]);
    const m = Number(month[2]) - 1;
    return { kind: "month", from: iso(utc(y, m, 1)), to: iso(utc(y, m + 1, 0)), key: value };
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) {
    const y = Number(quarter[1]);
    const q = Number(quarter[2]) - 1;
    return { kind: "quarter", from: iso(utc(y, q * 3, 1)), to: iso(utc(y, q * 3 + 3, 0)), key: value };
  }
  if (value === "m18" || value === "m36") return reviewPeriod(value, startDate);
  const from = params.get("van");
  const to = params.get("tot");
  if (value === "aangepast" && validDate(from) && validDate(to) && from <= to) return { kind: "custom", from, to, key: value };
  const [y, m] = today.split("-").map(Number);
  return { kind: "month", from: iso(utc(y, m - 1, 1)), to: iso(utc(y, m, 0)), key: today.slice(0, 7) };
}

/** The query string that selects a period again. */
export function periodQuery(p: Period): string {
  return p.kind === "custom" ? `periode=aangepast&van=${p.from}&tot=${p.to}` : `periode=${p.key}`;
}

export type DmaScores = Record<DmaDimension | "overall", number>;

/** Per dimension and overall: the later score minus the earlier one (rounded to one decimal). */
export function dmaChange(earlier: DmaScores, later: DmaScores): DmaScores {
  const keys = [...DMA_DIMENSIONS, "overall"] as const;
  return Object.fromEntries(keys.map((k) => [k, Math.round((later[k] - earlier[k]) * 10) / 10])) as DmaScores;
}

/** Whether a T1 is due: a T0 at least `months` months before `today` and no later measurement. */
export function t1Due(t0Date: string, hasLater: boolean, months: number, today: string): boolean {
  if (hasLater) return false;
  const t0 = new Date(`${t0Date}T00:00:00Z`);
  const due = iso(utc(t0.getUTCFullYear(), t0.getUTCMonth() + months, t0.getUTCDate()));
  return due <= today;
}

/** EDIH_START_DATE (YYYY-MM-DD; default 2023-01-01) and EDIH_T1_MONTHS (default 12). */
export function edihConfig(env: Record<string, string | undefined>): { startDate: string; t1Months: number } {
  const start = env.EDIH_START_DATE;
  const months = Number(env.EDIH_T1_MONTHS);
  return {
    startDate: validDate(start) ? start : "2023-01-01",
    t1Months: Number.isInteger(months) && months > 0 && months <= 120 ? months : 12,
  };
}

/** The periods offered on the report page: the last 12 months, the last 8 quarters, M18 and M36. */
export function periodChoices(today: string): { months: string[]; quarters: string[] } {
  const [y, m] = today.split("-").map(Number);
  const months = Array.from({ length: 12 }, (_, i) => iso(utc(y, m - 1 - i, 1)).slice(0, 7));
  const q = Math.floor((m - 1) / 3);
  const quarters = Array.from({ length: 8 }, (_, i) => {
    const idx = y * 4 + q - i;
    return `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`;
  });
  return { months, quarters };
}
