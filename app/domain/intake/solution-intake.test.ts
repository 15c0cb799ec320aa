/**
 * Solution intake, review and deployment confirmation through the real route loaders and actions: status
 * transitions, who may do what, validation (lengths, URLs, CBS codes), hostile and unusual text.
 */
import { and, eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { createSessionCookie } = await import("../auth/session.server");
const { makeMembership, makeUser } = await import("../../test/factories");
const nieuw = await import("../../routes/mijn.oplossingen.nieuw");
const edit = await import("../../routes/mijn.oplossingen.$id");
const mine = await import("../../routes/mijn.oplossingen._index");
const review = await import("../../routes/hub.beoordeling.oplossingen.$id");
const queue = await import("../../routes/hub.beoordeling.oplossingen._index");
const mentions = await import("../../routes/mijn.vermeldingen");
const { getPublicSolution } = await import("../solutions/solutions.repository.server");
const { SOLUTION_PROSE, SolutionArticle } = await import("../../components/solution-article");
const { withProse } = await import("../../components/markdown.server");
const { createI18n } = await import("../../i18n/config");

const suffix = Math.random().toString(36).slice(2, 8);
const db = getDb();
type Who = "company" | "company2" | "muni" | "muniOther" | "muniUnverified" | "staff";
const cookies = {} as Record<Who, string>;
let bodyCode = "";
let otherCode = "";

async function user(key: string, orgId: string, opts: { staff?: boolean; verified?: boolean } = {}) {
  const id = `si-${key}-${suffix}`;
  await makeUser({ id, email: `${id}@e2e.example`, name: `SI ${key}`, ...(opts.staff ? { hub: "hub_staff" as const } : {}) });
  await makeMembership(id, orgId, { verified: opts.verified !== false });
  return cookieFrom(await createSessionCookie(id));
}

beforeAll(async () => {
  const companies = await db.select({ id: s.organisations.id }).from(s.organisations).where(eq(s.organisations.kind, "bedrijf")).limit(2);
  const munis = await db
    .select({ id: s.organisations.id, code: s.organisations.cbsCode })
    .from(s.organisations)
    .where(eq(s.organisations.kind, "gemeente"))
    .orderBy(s.organisations.slug)
    .limit(2);
  const [partner] = await db.select({ id: s.organisations.id }).from(s.organisations).where(eq(s.organisations.kind, "hub-partner")).limit(1);
  bodyCode = munis[0].code!;
  otherCode = munis[1].code!;
  cookies.company = await user("company", companies[0].id);
  cookies.company2 = await user("company2", companies[1].id);
  cookies.muni = await user("muni", munis[0].id);
  cookies.muniOther = await user("muni-other", munis[1].id);
  cookies.muniUnverified = await user("muni-unverified", munis[0].id, { verified: false });
  cookies.staff = await user("staff", partner.id, { staff: true });
});
afterAll(async () => {
  await getSql().end();
});

type Fn = (args: never) => unknown;
const call = (fn: Fn, who: Who, path: string, params: Record<string, string> = {}, form?: Record<string, string | string[]>) => {
  let request: Request;
  if (form) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    request = new Request(`http://opgavenmarkt.test${path}`, {
      method: "POST",
      headers: { Cookie: cookies[who], "x-opgavenmarkt-client-ip": "203.0.113.9" },
      body,
    });
  } else {
    request = makeRequest(path, { cookie: cookies[who] });
  }
  return run(() => (fn as (a: unknown) => unknown)({ request, params, context: {} }));
};

const complete = (extra: Record<string, string | string[]> = {}) => ({
  title: `Slimme warmtekaart ${suffix}`,
  summary: "Een kaart van warmtevraag per buurt.",
  description: "## Wat\nEen **kaart**.",
  themes: ["energietransitie"],
  sdgs: ["7", "11"],
  maturity: "pilot",
  targetGroups: ["gemeente"],
  assurances: ["wcag", "open-source"],
  openSourceLicence: "EUPL-1.2",
  hosting: "saas-nl",
  pricingModel: "abonnement",
  website: "https://warmte.example/kaart",
  contactName: "Fenna Vos",
  contactRole: "Productmanager",
  contactEmail: "fenna@warmte.example",
  lang: "nl",
  depCode: [bodyCode, otherCode],
  depStatus: ["active", "planned"],
  depSince: ["2024-03-01", ""],
  ...extra,
});

const idFrom = (location: string | null) => /\/mijn\/oplossingen\/([0-9a-f-]{36})/.exec(location ?? "")![1];
const row = async (id: string) => (await db.select().from(s.solutions).where(eq(s.solutions.id, id)))[0];
const outboxCount = async (id: string) => (await db.select().from(s.searchOutbox).where(and(eq(s.searchOutbox.entityType, "solution"), eq(s.searchOutbox.entityId, id)))).length;

describe("solution intake", () => {
  it("runs draft → submitted → changes requested → submitted → published → archived, with notifications and index updates", async () => {
    const draft = await call(nieuw.action, "company", "/mijn/oplossingen/nieuw", {}, { intent: "save", title: `Alleen een titel ${suffix}`, creationKey: crypto.randomUUID() });
    expect(draft.status).toBe(302);
    const draftId = idFrom(draft.location);
    expect((await row(draftId)).status).toBe("draft");

    const incomplete = await call(edit.action, "company", `/mijn/oplossingen/${draftId}`, { id: draftId }, { intent: "submit", version: "1", title: "Alleen een titel" });
    expect(incomplete.status).toBe(400);
    expect((incomplete.body as { errors: Record<string, string> }).errors).toMatchObject({
      summary: "solutionIntake.errors.summaryRequired",
      themes: "solutionIntake.errors.themesRequired",
    });

    const submitted = await call(edit.action, "company", `/mijn/oplossingen/${draftId}`, { id: draftId }, { ...complete(), intent: "submit", version: "1" });
    expect(submitted.status).toBe(302);
    const r1 = await row(draftId);
    expect(r1.status).toBe("submitted");
    expect(r1.submittedAt).not.toBeNull();
    const staffNotes = await db.select().from(s.notifications).where(eq(s.notifications.kind, "staff_attention"));
    expect(staffNotes.some((n) => (n.payload as { entityId?: string }).entityId === draftId)).toBe(true);

    const list = await call(queue.loader, "staff", "/hub/beoordeling/oplossingen?thema=energietransitie");
    expect((list.body as { queue: { id: string }[] }).queue.map((q) => q.id)).toContain(draftId);
    const other = await call(queue.loader, "staff", "/hub/beoordeling/oplossingen?thema=wonen");
    expect((other.body as { queue: { id: string }[] }).queue.map((q) => q.id)).not.toContain(draftId);

    const noComment = await call(review.action, "staff", "", { id: draftId }, { intent: "request_changes", version: String(r1.version), comment: " " });
    expect(noComment.status).toBe(400);
    const changes = await call(review.action, "staff", "", { id: draftId }, { intent: "request_changes", version: String(r1.version), comment: "Voeg prijzen toe." });
    expect(changes.status).toBe(200);
    const stale = await call(review.action, "staff", "", { id: draftId }, { intent: "publish", version: String(r1.version) });
    expect(stale.status).toBe(409);
    expect((stale.body as { errors: { form: string } }).errors.form).toBe("solutionReview.errors.stale");
    const r2 = await row(draftId);
    expect(r2.status).toBe("changes_requested");
    expect(r2.reviewComment).toBe("Voeg prijzen toe.");
    const outcome = await db.select().from(s.notifications).where(eq(s.notifications.kind, "review_outcome"));
    expect(outcome.some((n) => (n.payload as { entityId?: string; outcome?: string }).entityId === draftId)).toBe(true);
    const page = await call(edit.loader, "company", "", { id: draftId });
    expect((page.body as { record: { reviewComment: string } }).record.reviewComment).toBe("Voeg prijzen toe.");
    expect((page.body as { history: { action: string }[] }).history.map((h) => h.action)).toContain("solution.changes_requested");

    await call(edit.action, "company", "", { id: draftId }, { ...complete(), intent: "submit", version: String(r2.version) });
    const r3 = await row(draftId);
    expect(r3.status).toBe("submitted");
    const before = await outboxCount(draftId);
    expect((await call(review.action, "staff", "", { id: draftId }, { intent: "publish", version: String(r3.version) })).status).toBe(200);
    const r4 = await row(draftId);
    expect(r4.status).toBe("published");
    expect(r4.publishedAt).not.toBeNull();
    expect(await outboxCount(draftId)).toBe(before + 1);

    // An owner's edit of a published solution re-indexes it; an incomplete edit is refused.
    expect((await call(edit.action, "company", "", { id: draftId }, { ...complete({ summary: "" }), intent: "save", version: String(r4.version) })).status).toBe(400);
    expect((await call(edit.action, "company", "", { id: draftId }, { ...complete({ title: `Warmtekaart 2 ${suffix}` }), intent: "save", version: String(r4.version) })).status).toBe(302);
    expect(await outboxCount(draftId)).toBe(before + 2);
    const dash = await call(mine.loader, "company", "/mijn/oplossingen");
    expect((dash.body as { solutions: { id: string; status: string }[] }).solutions.find((x) => x.id === draftId)?.status).toBe("published");

    const r5 = await row(draftId);
    expect((await call(edit.action, "company", "", { id: draftId }, { intent: "archive", version: String(r5.version) })).status).toBe(302);
    expect((await row(draftId)).status).toBe("archived");
    expect(await outboxCount(draftId)).toBe(before + 3);
  });

  it("keeps the user's input and the current version on a conflict", async () => {
    const created = await call(nieuw.action, "company", "", {}, { intent: "save", title: `Conflict ${suffix}`, creationKey: crypto.randomUUID() });
    const id = idFrom(created.location);
    await call(edit.action, "company", "", { id }, { intent: "save", version: "1", title: "Eerste versie" });
    const late = await call(edit.action, "company", "", { id }, { intent: "save", version: "1", title: "Mijn late versie" });
    expect(late.status).toBe(409);
    const body = late.body as { values: { title: string }; version: number; errors: { form: string } };
    expect(body.values.title).toBe("Mijn late versie");
    expect(body.version).toBe(2);
    expect(body.errors.form).toBe("solutionIntake.errors.conflict");
    expect((await row(id)).title).toBe("Eerste versie");
  });

  it("creates one record for a double submit", async () => {
    const key = crypto.randomUUID();
    const form = { intent: "save", title: `Dubbel ${suffix}`, creationKey: key };
    const results = await Promise.all([1, 2, 3, 4].map(() => call(nieuw.action, "company", "", {}, form)));
    expect(new Set(results.map((r) => idFrom(r.location))).size).toBe(1);
    expect(await db.select().from(s.solutions).where(eq(s.solutions.creationKey, key))).toHaveLength(1);
  });

  it("re-renders with a row added or removed without saving (no JavaScript)", async () => {
    const added = await call(nieuw.action, "company", "", {}, { intent: "add-deployment", title: "x", depCode: [bodyCode], depStatus: ["active"], depSince: [""] });
    expect((added.body as { values: { deployments: unknown[] } }).values.deployments).toHaveLength(2);
    const removed = await call(nieuw.action, "company", "", {}, { intent: "remove-deployment-0", title: "x", depCode: [bodyCode, otherCode], depStatus: ["active", "ended"], depSince: ["", ""] });
    expect((removed.body as { values: { deployments: { code: string }[] } }).values.deployments).toEqual([{ code: otherCode, status: "ended", since: "" }]);
  });

  it("gives field errors for an unknown CBS code, a bad website, over-long text", async () => {
    const bad = await call(nieuw.action, "company", "", {}, {
      ...complete({ title: "x".repeat(151), website: "javascript:alert(1)", depCode: ["GM9999", "XX12"], depStatus: ["active", "active"], depSince: ["", "gisteren"] }),
      intent: "submit",
      creationKey: crypto.randomUUID(),
    });
    expect(bad.status).toBe(400);
    const body = bad.body as { errors: Record<string, string>; values: { title: string } };
    expect(body.errors).toMatchObject({
      title: "solutionIntake.errors.titleTooLong",
      website: "solutionIntake.errors.websiteInvalid",
      "dep-0-code": "solutionIntake.errors.deploymentCode",
      "dep-1-code": "solutionIntake.errors.deploymentCode",
      "dep-1-since": "solutionIntake.errors.deploymentSince",
    });
    expect(body.values.title).toHaveLength(151);
    for (const website of ["data:text/html,x", "ftp://x.example", "https://", "http://a b.example"]) {
      const r = await call(nieuw.action, "company", "", {}, { intent: "save", title: "t", website, creationKey: crypto.randomUUID() });
      expect(r.status, website).toBe(400);
    }
  });
});

describe("solution intake access", () => {
  it("lets only the owning organisation see and edit; other companies get 404, municipalities 403, staff review", async () => {
    const created = await call(nieuw.action, "company", "", {}, { ...complete({ title: `Toegang ${suffix}` }), intent: "submit", creationKey: crypto.randomUUID() });
    const id = idFrom(created.location);
    expect((await call(edit.loader, "company2", "", { id })).status).toBe(404);
    expect((await call(edit.action, "company2", "", { id }, { intent: "save", version: "1", title: "Overgenomen" })).status).toBe(404);
    expect((await call(edit.loader, "company", "", { id: "geen-uuid" })).status).toBe(404);
    expect((await call(nieuw.loader, "muni", "/mijn/oplossingen/nieuw")).status).toBe(403);
    expect((await call(nieuw.action, "muni", "", {}, { intent: "save", title: "x", creationKey: "k" })).status).toBe(403);
    expect((await call(review.action, "company", "", { id }, { intent: "publish", version: "1" })).status).toBe(403);
    expect((await call(review.loader, "staff", "", { id: "geen-uuid" })).status).toBe(404);
    expect((await row(id)).status).toBe("submitted");
  });
});

describe("deployment confirmation", () => {
  let id = "";
  beforeAll(async () => {
    const created = await call(nieuw.action, "company", "", {}, { ...complete({ title: `Bevestigen ${suffix}` }), intent: "submit", creationKey: crypto.randomUUID() });
    id = idFrom(created.location);
    await call(review.action, "staff", "", { id }, { intent: "publish", version: String((await row(id)).version) });
  });

  it("lets verified members of the named body confirm or dispute, and nobody else", async () => {
    const listed = await call(mentions.loader, "muni", "/mijn/vermeldingen");
    const dep = (listed.body as { deployments: { id: string; solutionTitle: string }[] }).deployments.find((d) => d.solutionTitle.startsWith("Bevestigen"))!;
    expect(dep).toBeTruthy();
    expect((await call(mentions.action, "muniOther", "", {}, { intent: "confirm", deploymentId: dep.id })).status).toBe(404);
    expect((await call(mentions.action, "muniUnverified", "", {}, { intent: "confirm", deploymentId: dep.id })).status).toBe(403);
    expect((await call(mentions.action, "company", "", {}, { intent: "confirm", deploymentId: dep.id })).status).toBe(403);
    expect((await call(mentions.action, "muni", "", {}, { intent: "dispute", deploymentId: dep.id, reason: "" })).status).toBe(400);

    expect((await call(mentions.action, "muni", "", {}, { intent: "confirm", deploymentId: dep.id })).status).toBe(200);
    const [d] = await db.select().from(s.solutionDeployments).where(eq(s.solutionDeployments.id, dep.id));
    expect(d.confirmation).toBe("confirmed");
    expect(d.confirmedByUserId).toBe(`si-muni-${suffix}`);
    const slug = (await row(id)).slug;
    expect((await getPublicSolution(slug))!.deployments.find((x) => x.code === bodyCode)?.confirmation).toBe("confirmed");
    const audits = await db.select().from(s.auditLog).where(and(eq(s.auditLog.entityId, id), eq(s.auditLog.action, "deployment.confirmed")));
    expect(audits).toHaveLength(1);
    const notes = await db.select().from(s.notifications).where(eq(s.notifications.kind, "deployment_confirmation"));
    expect(notes.some((n) => (n.payload as { solutionId?: string }).solutionId === id)).toBe(true);

    expect((await call(mentions.action, "muni", "", {}, { intent: "dispute", deploymentId: dep.id, reason: "Wij gebruiken dit niet." })).status).toBe(200);
    // Disputed deployments are not shown publicly; the owner sees them with the reason.
    expect((await getPublicSolution(slug))!.deployments.map((x) => x.code)).not.toContain(bodyCode);
    const owner = await call(edit.loader, "company", "", { id });
    expect((owner.body as { deployments: { code: string; confirmation: string; disputeReason: string }[] }).deployments.find((x) => x.code === bodyCode)).toMatchObject({
      confirmation: "disputed",
      disputeReason: "Wij gebruiken dit niet.",
    });
  });
});

describe("hostile and unusual text", () => {
  const XSS = `<script>alert(1)</script><img src=x onerror=alert(1)>"'><svg/onload=alert(1)>[x](javascript:alert(1))`;
  const SHORT = `<img src=x onerror=alert(1)>"'><script>x</script>`;
  const ODD = "مرحبا שלום 🚀👩🏽‍💻 \u202Eevil\u202C café";

  it("stores every text field intact and renders it without markup, handlers or javascript: links", async () => {
    const fields = { title: `${XSS} ${suffix}`, summary: XSS, description: `${XSS}\n\n${ODD}`, openSourceLicence: SHORT, contactName: `${ODD}`, contactRole: SHORT };
    const created = await call(nieuw.action, "company", "", {}, {
      ...complete(fields),
      contactEmail: "x@warmte.example",
      intent: "submit",
      creationKey: crypto.randomUUID(),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(302);
    const id = idFrom(created.location);
    const stored = await row(id);
    for (const [k, v] of Object.entries(fields)) expect(stored[k as keyof typeof stored], k).toBe(v);
    await call(review.action, "staff", "", { id }, { intent: "publish", version: String(stored.version) });
    const solution = (await getPublicSolution(stored.slug))!;
    // A javascript: website cannot be stored; one stored by other means is still not rendered as a link.
    // The page gets the description parsed by its loader (withProse), as here.
    const html = await renderArticle(withProse({ ...solution, website: "javascript:alert(1)" }, SOLUTION_PROSE));
    expect(html).not.toMatch(/<(script|img|svg|iframe)/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("🚀👩🏽‍💻");
  });
});

async function renderArticle(solution: Parameters<typeof SolutionArticle>[0]["solution"]) {
  const routes = [{ id: "root", path: "/", loader: () => ({ themeLabels: {}, locale: "nl" }), element: createElement(SolutionArticle, { solution }) }];
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request("http://opgavenmarkt.test/"));
  if (context instanceof Response) throw new Error("unexpected response");
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n: createI18n("nl") }, createElement(StaticRouterProvider, { router, context, hydrate: false })));
}
