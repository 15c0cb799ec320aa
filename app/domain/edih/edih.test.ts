/**
 * EDIH reporting on the server (issue 16, ADR 0025): a fixed history gives exactly the expected report numbers and
 * export rows (the workbook parsed back with exceljs); a service without a registered customer is refused; pipeline
 * steps propose services that staff confirm; partners see their own rows plus the hub total; exports hold no
 * personal data.
 */
import ExcelJS from "exceljs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { makeChallenge, makeMembership, makeOrganisation, makeSolution, makeUser, uniqueSuffix } = await import("../../test/factories");
const { getDb, getSql } = await import("../db.server");
const { createSessionCookie } = await import("../auth/session.server");
const { recordService, decideProposal } = await import("./services.repository.server");
const { recordAssessment, saveProfile } = await import("./dma.server");
const { changeState } = await import("../brokering/transitions.server");
const { SERVICE_COLUMNS, ASSESSMENT_COLUMNS } = await import("./export.server");
const reportPage = await import("../../routes/hub.rapportage");
const exportRoute = await import("../../routes/hub.rapportage_.export");
const servicesPage = await import("../../routes/hub.diensten");
const dmaPage = await import("../../routes/hub.dma");

const PERIOD = "periode=2031-Q1";
const suffix = uniqueSuffix();
const kvk = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
let body: { id: string };
let sme: { id: string };
let partnerA: { id: string };
let partnerB: { id: string };
const cookies = { staff: "", partner: "", company: "" };
const scores = (v: number[], overall: number) => ({
  digitalStrategy: v[0],
  digitalReadiness: v[1],
  humanCentric: v[2],
  dataManagement: v[3],
  interoperability: v[4],
  greenDigitalisation: v[5],
  overall,
});

beforeAll(async () => {
  body = await makeOrganisation({ kind: "waterschap", name: `Waterschap Test ${suffix}` });
  sme = await makeOrganisation({ kind: "bedrijf", name: `Testbedrijf ${suffix} B.V.`, kvkNumber: kvk });
  partnerA = await makeOrganisation({ kind: "hub-partner", name: `Partner A ${suffix}` });
  partnerB = await makeOrganisation({ kind: "hub-partner", name: `Partner B ${suffix}` });
  // People whose names and addresses must never reach an export.
  const staff = await makeUser({ id: `edih-staff-${suffix}`, name: "Piet Geheim", email: `piet.geheim-${suffix}@edih.example`, hub: "hub_staff" });
  await makeMembership(staff.id, partnerA.id);
  const partnerUser = await makeUser({ id: `edih-partner-${suffix}`, name: "Pam Partner" });
  await makeMembership(partnerUser.id, partnerB.id);
  const companyUser = await makeUser({ id: `edih-company-${suffix}` });
  await makeMembership(companyUser.id, sme.id);
  cookies.staff = cookieFrom(await createSessionCookie(staff.id));
  cookies.partner = cookieFrom(await createSessionCookie(partnerUser.id));
  cookies.company = cookieFrom(await createSessionCookie(companyUser.id));

  expect(await saveProfile(staff.id, { organisationId: body.id, employees: null, turnoverEur: null, balanceSheetEur: null, naceSection: null, municipalityCode: "GM0014" })).toEqual({ ok: true, sizeClass: null });
  expect(await saveProfile(staff.id, { organisationId: sme.id, employees: 12, turnoverEur: 1_500_000, balanceSheetEur: null, naceSection: "J", municipalityCode: "GM0363" })).toEqual({ ok: true, sizeClass: "small" });
  const service = (customer: string, category: "networking_and_ecosystem" | "test_before_invest" | "skills_and_training", date: string, partner: string, investmentEur: number | null = null) =>
    recordService(staff.id, { customerOrganisationId: customer, category, serviceDate: date, themeSlug: null, partnerOrganisationId: partner, investmentEur, notes: "Gesprek met Piet Geheim, piet@edih.example" });
  for (const r of [
    await service(body.id, "networking_and_ecosystem", "2031-01-10", partnerA.id),
    await service(body.id, "test_before_invest", "2031-02-05", partnerA.id, 50_000),
    await service(sme.id, "networking_and_ecosystem", "2031-01-20", partnerA.id),
    await service(sme.id, "skills_and_training", "2031-03-15", partnerB.id, 10_000),
    await service(sme.id, "skills_and_training", "2031-04-01", partnerB.id), // after the period
  ]) expect(r).toMatchObject({ ok: true });
  expect(await recordAssessment(staff.id, { organisationId: body.id, stage: "T0", assessedOn: "2030-12-01", externalReference: "DMA-T0-1", ...scores([40, 40, 40, 40, 40, 40], 40) })).toMatchObject({ ok: true });
  expect(await recordAssessment(staff.id, { organisationId: body.id, stage: "T1", assessedOn: "2031-03-01", externalReference: "DMA-T1-1", ...scores([45, 50, 40, 35, 60, 42], 45.3) })).toMatchObject({ ok: true });
});

afterAll(async () => {
  await getSql().end();
});

const get = (path: string, cookie: string, mod: { loader: (a: never) => unknown } = reportPage) =>
  run(() => mod.loader({ request: makeRequest(path, { cookie }), params: {}, context: {} } as never));

describe("the EDIH report", () => {
  it("counts the fixed history exactly", async () => {
    const out = await get(`/hub/rapportage?${PERIOD}`, cookies.staff);
    expect(out.status).toBe(200);
    const { report: r, hubTotal } = out.body as Awaited<ReturnType<typeof reportPage.loader>>["data"];
    expect(hubTotal).toBeNull();
    expect(r.period).toMatchObject({ from: "2031-01-01", to: "2031-03-31" });
    expect(r.services.count).toBe(4);
    expect(r.uniqueCustomers.count).toBe(2);
    const counts = (f: { key: string; count: number }[]) => Object.fromEntries(f.map((x) => [x.key, x.count]));
    expect(counts(r.byCustomerCategory)).toEqual({ public_sector: 1, sme: 1 });
    expect(counts(r.byProvince)).toEqual({ Groningen: 1, "Noord-Holland": 1 });
    expect(counts(r.bySector)).toEqual({ J: 1, O: 1 });
    expect(counts(r.byServiceCategory)).toEqual({ test_before_invest: 1, support_to_find_investment: 0, skills_and_training: 1, networking_and_ecosystem: 2 });
    expect(r.investment.total).toBe(60_000);
    expect(r.dmaPairs).toHaveLength(1);
    expect(r.dmaPairs[0]).toMatchObject({ organisationId: body.id, from: "T0", to: "T1", delta: scores([5, 10, 0, -5, 20, 2], 5.3) });
    // The records behind a number: the two networking services.
    expect(r.byServiceCategory.find((f) => f.key === "networking_and_ecosystem")!.records.map((x) => `${x.date} · ${x.label}`)).toEqual([
      `2031-01-10 · Waterschap Test ${suffix}`,
      `2031-01-20 · Testbedrijf ${suffix} B.V.`,
    ]);
  });

  it("exports one CSV row per service and per assessment, and a workbook with the same rows", async () => {
    const csv = await get(`/hub/rapportage/export?tabel=diensten&${PERIOD}`, cookies.staff, exportRoute);
    const text = await csv.response!.text();
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe(SERVICE_COLUMNS.join(","));
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(new RegExp(`^[0-9a-f-]{36},2031-01-10,networking_and_ecosystem,Waterschap Test ${suffix},,,public_sector,,O,GM0014,PV20,,Partner A ${suffix},,,,$`));
    expect(lines[4]).toMatch(new RegExp(`,2031-03-15,skills_and_training,Testbedrijf ${suffix} B.V.,${kvk},,sme,small,J,GM0363,PV27,,Partner B ${suffix},,,,10000$`));
    const assessments = await (await get(`/hub/rapportage/export?tabel=metingen&${PERIOD}`, cookies.staff, exportRoute)).response!.text();
    const aLines = assessments.trim().split("\r\n");
    expect(aLines[0]).toBe(ASSESSMENT_COLUMNS.join(","));
    expect(aLines).toHaveLength(2);
    expect(aLines[1]).toMatch(new RegExp(`,Waterschap Test ${suffix},,,public_sector,T1,2031-03-01,45,50,40,35,60,42,45.3,DMA-T1-1$`));

    const xlsx = await get(`/hub/rapportage/export?tabel=werkmap&${PERIOD}`, cookies.staff, exportRoute);
    expect(xlsx.headers.get("Content-Type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.response!.arrayBuffer());
    const values = (name: string) => (wb.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "services",
      "assessments",
      "collaborations",
      "customers_by_category",
      "customers_by_province",
      "customers_by_sector",
      "services_by_category",
      "dma_changes",
      "summary",
    ]);
    expect(values("services")).toHaveLength(5);
    expect(values("services")[0]).toEqual([...SERVICE_COLUMNS]);
    expect(values("services")[4].slice(1, 7)).toEqual(["2031-03-15", "skills_and_training", `Testbedrijf ${suffix} B.V.`, kvk, undefined, "sme"]);
    expect(values("customers_by_category")).toEqual([["customer_category", "unique_customers"], ["public_sector", 1], ["sme", 1]]);
    expect(values("services_by_category").slice(1)).toEqual([["test_before_invest", 1], ["support_to_find_investment", 0], ["skills_and_training", 1], ["networking_and_ecosystem", 2]]);
    expect(values("summary").slice(3)).toEqual([["services", 4], ["unique_customers", 2], ["investment_triggered_eur", 60000], ["dma_pairs", 1], ["edih_collaborations", 0]]);
    expect(values("dma_changes")[1]).toEqual([`Waterschap Test ${suffix}`, "T0", "T1", "2031-03-01", 5, 10, 0, -5, 20, 2, 5.3]);

    // No personal data: no person's name or e-mail address (notes mention both), in any file.
    const sheetsText = wb.worksheets.map((w) => JSON.stringify(w.getSheetValues())).join("\n");
    for (const content of [text, assessments, sheetsText]) {
      expect(content).not.toMatch(/Piet|Geheim|Pam Partner|@/);
    }
  });

  it("shows a partner their own services and the hub total only", async () => {
    const out = await get(`/hub/rapportage?${PERIOD}`, cookies.partner);
    expect(out.status).toBe(200);
    const { report: r, hubTotal, partnerName } = out.body as Awaited<ReturnType<typeof reportPage.loader>>["data"];
    expect(partnerName).toBe(`Partner B ${suffix}`);
    expect(r.services.count).toBe(1);
    expect(r.services.records.map((x) => `${x.date} · ${x.label}`)).toEqual([`2031-03-15 · Testbedrijf ${suffix} B.V.`]);
    expect(hubTotal).toEqual({ services: 4, uniqueCustomers: 2, investment: 60_000, dmaPairs: 1, collaborations: 0 });
    const csv = await (await get(`/hub/rapportage/export?tabel=diensten&${PERIOD}`, cookies.partner, exportRoute)).response!.text();
    expect(csv.trim().split("\r\n")).toHaveLength(2);
    // A partner may not use the staff pages; a company member sees no report at all.
    expect((await get("/hub/diensten", cookies.partner, servicesPage)).status).toBe(403);
    expect((await get(`/hub/rapportage?${PERIOD}`, cookies.company)).status).toBe(403);
    expect((await get(`/hub/rapportage/export?tabel=diensten&${PERIOD}`, cookies.company, exportRoute)).status).toBe(403);
  });
});

describe("a customer without report details", () => {
  it("is located by the municipality named like its city, and counted as a company without size class", async () => {
    const company = await makeOrganisation({ kind: "bedrijf", city: "Zwolle", kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)) });
    expect(await recordService(`edih-staff-${suffix}`, { customerOrganisationId: company.id, category: "skills_and_training", serviceDate: "2031-06-15", themeSlug: null, partnerOrganisationId: partnerA.id })).toMatchObject({ ok: true });
    const out = await get("/hub/rapportage?periode=2031-06", cookies.staff);
    const { report: r } = out.body as Awaited<ReturnType<typeof reportPage.loader>>["data"];
    expect(r.byProvince.map((f) => [f.key, f.count])).toEqual([["Overijssel", 1]]);
    expect(r.byCustomerCategory.map((f) => [f.key, f.count])).toEqual([["company_unclassified", 1]]);
    expect(r.bySector.map((f) => [f.key, f.count])).toEqual([["unknown", 1]]);
  });
});

describe("the maturity page", () => {
  it("flags T1 due after EDIH_T1_MONTHS and opens an organisation's saved report details for editing", async () => {
    const out = await get(`/hub/dma?organisatie=${sme.id}`, cookies.staff, dmaPage);
    const d = out.body as Awaited<ReturnType<typeof dmaPage.loader>>["data"];
    expect(d.profile).toMatchObject({ organisationId: sme.id, employees: "12", turnoverEur: "1500000", naceSection: "J", municipalityCode: "GM0363", sizeClass: "small" });
    // The water board has T0 and T1: no T1 due, and the change per dimension.
    const row = d.overview.find((o) => o.organisationId === body.id)!;
    expect(row).toMatchObject({ t1Due: false, change: { from: "T0", to: "T1", delta: { interoperability: 20, dataManagement: -5 } } });
    const other = await makeOrganisation({ kind: "waterschap" });
    await recordAssessment(`edih-staff-${suffix}`, { organisationId: other.id, stage: "T0", assessedOn: "2020-01-01", externalReference: null, ...scores([1, 1, 1, 1, 1, 1], 1) });
    const again = (await get("/hub/dma", cookies.staff, dmaPage)).body as typeof d;
    expect(again.profile).toBeNull();
    expect(again.overview.find((o) => o.organisationId === other.id)).toMatchObject({ t1Due: true, change: null });
  });
});

describe("bad input", () => {
  const post = (mod: typeof servicesPage | typeof dmaPage, path: string, form: Record<string, string>) =>
    run(() => mod.action({ request: makeRequest(path, { cookie: cookies.staff, form }), params: {}, context: {} }));
  const service = () => ({ intent: "add", customerOrganisationId: sme.id, category: "skills_and_training", serviceDate: "2031-07-01", partnerOrganisationId: partnerA.id });
  const assessment = () => ({ intent: "assessment", organisationId: sme.id, stage: "T0", assessedOn: "2031-07-01", digitalStrategy: "1", digitalReadiness: "1", humanCentric: "1", dataManagement: "1", interoperability: "1", greenDigitalisation: "1", overall: "1" });
  it.each([
    ["an unknown intent", () => ({ intent: "wissen" })],
    ["a date that does not exist", () => ({ ...service(), serviceDate: "2031-02-30" })],
    ["an unknown category", () => ({ ...service(), category: "lobbying" })],
    ["a theme that does not exist", () => ({ ...service(), themeSlug: "bestaat-niet" })],
    ["a partner that is not a hub partner", () => ({ ...service(), partnerOrganisationId: sme.id })],
    ["a negative investment", () => ({ ...service(), investmentEur: "-5" })],
    ["an investment with an exponent", () => ({ ...service(), investmentEur: "1e9" })],
    ["notes that are too long", () => ({ ...service(), notes: "x".repeat(2001) })],
    ["an event without participants", () => ({ intent: "event", title: "Leeg", category: "skills_and_training", eventDate: "2031-07-01", partnerOrganisationId: partnerA.id })],
    ["a decision on a service that does not exist", () => ({ intent: "decide", serviceId: "geen-uuid", decision: "confirm" })],
  ])("/hub/diensten refuses %s with 400 and saves nothing", async (_name, form) => {
    const before = await getDb().select().from(s.edihServices).where(eq(s.edihServices.serviceDate, "2031-07-01"));
    const out = await post(servicesPage, "/hub/diensten", form());
    expect(out.status).toBe(400);
    expect(await getDb().select().from(s.edihServices).where(eq(s.edihServices.serviceDate, "2031-07-01"))).toHaveLength(before.length);
  });
  it.each([
    ["a score above 100", () => ({ ...assessment(), overall: "100.5" })],
    ["a score with an exponent", () => ({ ...assessment(), digitalStrategy: "1e2" })],
    ["a stage that is not T0, T1 …", () => ({ ...assessment(), stage: "X1" })],
    ["a municipality that does not exist", () => ({ intent: "profile", organisationId: sme.id, municipalityCode: "GM9999" })],
    ["a NACE section that does not exist", () => ({ intent: "profile", organisationId: sme.id, naceSection: "Z" })],
    ["staff as a fraction", () => ({ intent: "profile", organisationId: sme.id, employees: "12.5" })],
  ])("/hub/dma refuses %s with 400", async (_name, form) => {
    expect((await post(dmaPage, "/hub/dma", form())).status).toBe(400);
  });
});

describe("recording services", () => {
  it("refuses a service for an organisation that is not registered", async () => {
    const missing = crypto.randomUUID();
    expect(await recordService(`edih-staff-${suffix}`, { customerOrganisationId: missing, category: "skills_and_training", serviceDate: "2031-01-01", themeSlug: null, partnerOrganisationId: partnerA.id })).toEqual({
      ok: false,
      error: "customerNotRegistered",
    });
    const out = await run(() =>
      servicesPage.action({
        request: makeRequest("/hub/diensten", { cookie: cookies.staff, form: { intent: "add", customerOrganisationId: missing, category: "skills_and_training", serviceDate: "2031-01-01", partnerOrganisationId: partnerA.id } }),
        params: {},
        context: {},
      }),
    );
    expect(out.status).toBe(400);
    expect(out.body).toMatchObject({ errors: { form: "edih.errors.customerNotRegistered" } });
    const rows = await getDb().select().from(s.edihServices).where(eq(s.edihServices.customerOrganisationId, missing));
    expect(rows).toEqual([]);
  });

  it("adds an event with a service per participant, and warns about participants without a T0", async () => {
    const out = await run(() => {
      const form = new URLSearchParams({ intent: "event", title: "Workshop data", category: "skills_and_training", eventDate: "2031-05-02", partnerOrganisationId: partnerA.id });
      form.append("participantIds", body.id);
      form.append("participantIds", sme.id);
      const request = new Request("http://opgavenmarkt.test/hub/diensten", { method: "POST", body: form, headers: { Cookie: cookies.staff, "x-opgavenmarkt-client-ip": "203.0.113.1" } });
      return servicesPage.action({ request, params: {}, context: {} });
    });
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ done: "edih.eventAdded", count: 2, withoutT0: [`Testbedrijf ${suffix} B.V.`] });
    const rows = await getDb().select().from(s.edihServices).where(eq(s.edihServices.serviceDate, "2031-05-02"));
    expect(rows.filter((r) => r.eventId).map((r) => r.customerOrganisationId).sort()).toEqual([body.id, sme.id].sort());
  });

  it("proposes a service for both parties when a match moves on; staff change the category and confirm in one step", async () => {
    const challenge = await makeChallenge({ ownerOrganisationId: body.id, status: "published" });
    const solution = await makeSolution({ organisationId: sme.id, status: "published" });
    const [match] = await getDb().insert(s.matches).values({ challengeId: challenge.id, solutionId: solution.id, state: "introduced", source: "staff", brokerUserId: `edih-staff-${suffix}` }).returning();
    expect(await changeState(`edih-staff-${suffix}`, { matchId: match.id, expectedFrom: "introduced", to: "in_conversation" })).toMatchObject({ ok: true });
    const proposals = await getDb().select().from(s.edihServices).where(eq(s.edihServices.matchId, match.id));
    expect(proposals.map((p) => [p.customerOrganisationId, p.status, p.category, p.partnerOrganisationId]).sort()).toEqual(
      [
        [body.id, "proposed", "networking_and_ecosystem", partnerA.id],
        [sme.id, "proposed", "networking_and_ecosystem", partnerA.id],
      ].sort(),
    );
    const forSme = proposals.find((p) => p.customerOrganisationId === sme.id)!;
    const out = await run(() =>
      servicesPage.action({ request: makeRequest("/hub/diensten", { cookie: cookies.staff, form: { intent: "decide", serviceId: forSme.id, decision: "confirm", category: "test_before_invest", partnerOrganisationId: partnerB.id } }), params: {}, context: {} }),
    );
    expect(out.body).toMatchObject({ done: "edih.confirmed" });
    const [after] = await getDb().select().from(s.edihServices).where(eq(s.edihServices.id, forSme.id));
    expect(after).toMatchObject({ status: "confirmed", category: "test_before_invest", partnerOrganisationId: partnerB.id, decidedByUserId: `edih-staff-${suffix}` });
    // Once only: a second decision is a conflict, and the pilot step proposes test before invest.
    expect(await decideProposal(`edih-staff-${suffix}`, { serviceId: forSme.id, decision: "dismiss" })).toEqual({ ok: false, error: "alreadyDecided" });
    await changeState(`edih-staff-${suffix}`, { matchId: match.id, expectedFrom: "in_conversation", to: "pilot" });
    const pilot = await getDb().select().from(s.edihServices).where(and(eq(s.edihServices.matchId, match.id), eq(s.edihServices.matchState, "pilot")));
    expect(pilot.map((p) => p.category)).toEqual(["test_before_invest", "test_before_invest"]);
  });

  it("keeps a DMA stage once per organisation and needs a T0 before a later stage", async () => {
    const other = await makeOrganisation({ kind: "bedrijf", kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)) });
    const input = { organisationId: other.id, stage: "T1", assessedOn: "2031-01-01", externalReference: null, ...scores([1, 1, 1, 1, 1, 1], 1) };
    expect(await recordAssessment(`edih-staff-${suffix}`, input)).toEqual({ ok: false, error: "t0Required" });
    expect(await recordAssessment(`edih-staff-${suffix}`, { ...input, stage: "T0" })).toMatchObject({ ok: true });
    expect(await recordAssessment(`edih-staff-${suffix}`, { ...input, stage: "T0" })).toEqual({ ok: false, error: "stageTaken" });
  });
});
