/**
 * EDIH corrections and collaborations (issue 16, ADR 0025): staff change or withdraw a confirmed service (an audit
 * line each, nothing lost, the exports follow); collaborations with other EDIHs are counted with their records,
 * exported as CSV and as a sheet, and a partner sees those relating to their own work plus the hub total.
 */
import ExcelJS from "exceljs";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { makeMembership, makeOrganisation, makeUser, uniqueSuffix } = await import("../../test/factories");
const { getDb, getSql } = await import("../db.server");
const { createSessionCookie } = await import("../auth/session.server");
const { recordService } = await import("./services.repository.server");
const { COLLABORATION_COLUMNS } = await import("./export.server");
const reportPage = await import("../../routes/hub.rapportage");
const exportRoute = await import("../../routes/hub.rapportage_.export");
const servicesPage = await import("../../routes/hub.diensten");

const PERIOD = "periode=2033-Q1";
const suffix = uniqueSuffix();
const staffId = `edih2-staff-${suffix}`;
const cookies = { staff: "", partner: "" };
let customer: { id: string };
let partnerA: { id: string };
let partnerB: { id: string };
let serviceA = "";
let serviceB = "";

type ReportData = Awaited<ReturnType<typeof reportPage.loader>>["data"];
const get = (path: string, cookie: string, mod: { loader: (a: never) => unknown } = reportPage) =>
  run(() => mod.loader({ request: makeRequest(path, { cookie }), params: {}, context: {} } as never));
const post = (form: Record<string, string>) => run(() => servicesPage.action({ request: makeRequest("/hub/diensten", { cookie: cookies.staff, form }), params: {}, context: {} }));
const csvLines = async (table: string, cookie = cookies.staff) => (await (await get(`/hub/rapportage/export?tabel=${table}&${PERIOD}`, cookie, exportRoute)).response!.text()).trim().split("\r\n");
const auditOf = (id: string) => getDb().select().from(s.auditLog).where(and(eq(s.auditLog.entityType, "edih_service"), eq(s.auditLog.entityId, id))).orderBy(asc(s.auditLog.id));

beforeAll(async () => {
  customer = await makeOrganisation({ kind: "waterschap", name: `Gemeente Correctie ${suffix}` });
  partnerA = await makeOrganisation({ kind: "hub-partner", name: `Partner C ${suffix}` });
  partnerB = await makeOrganisation({ kind: "hub-partner", name: `Partner D ${suffix}` });
  await makeUser({ id: staffId, hub: "hub_staff" });
  await makeMembership(staffId, partnerA.id);
  const partnerUser = await makeUser({ id: `edih2-partner-${suffix}` });
  await makeMembership(partnerUser.id, partnerB.id);
  cookies.staff = cookieFrom(await createSessionCookie(staffId));
  cookies.partner = cookieFrom(await createSessionCookie(partnerUser.id));
  const add = async (partner: string, date: string) => {
    const r = await recordService(staffId, { customerOrganisationId: customer.id, category: "networking_and_ecosystem", serviceDate: date, themeSlug: null, partnerOrganisationId: partner, investmentEur: null, notes: "eerste versie" });
    if (!r.ok) throw new Error(r.error);
    return r.id;
  };
  serviceA = await add(partnerA.id, "2033-01-15");
  serviceB = await add(partnerB.id, "2033-02-20");
});

afterAll(async () => {
  await getSql().end();
});

describe("collaborations with other EDIHs", () => {
  it("records them from /hub/diensten and counts them in the report with the records behind the number", async () => {
    const one = await post({ intent: "collaboration", partnerEdihName: "EDIH Noord", catalogueId: "EDIH-NL-0042", collaborationDate: "2033-01-20", type: "referral", serviceId: serviceA });
    expect(one.body).toMatchObject({ done: "edih.collaborationAdded" });
    const two = await post({ intent: "collaboration", partnerEdihName: "Flanders AI EDIH", collaborationDate: "2033-02-21", type: "joint_service", serviceId: serviceB, notes: "Met Piet" });
    expect(two.body).toMatchObject({ done: "edih.collaborationAdded" });
    // Outside the period: not counted.
    expect((await post({ intent: "collaboration", partnerEdihName: "EDIH Zuid", collaborationDate: "2033-04-01", type: "other" })).status).toBe(200);

    const { report: r } = (await get(`/hub/rapportage?${PERIOD}`, cookies.staff)).body as ReportData;
    expect(r.collaborations.count).toBe(2);
    expect(r.collaborations.records.map((x) => `${x.date} · ${x.label}`)).toEqual(["2033-01-20 · EDIH Noord", "2033-02-21 · Flanders AI EDIH"]);

    const lines = await csvLines("samenwerkingen");
    expect(lines[0]).toBe(COLLABORATION_COLUMNS.join(","));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(new RegExp(`^[0-9a-f-]{36},2033-01-20,referral,EDIH Noord,EDIH-NL-0042,${serviceA},Gemeente Correctie ${suffix},,$`));
    expect(lines.join("\n")).not.toContain("Piet");

    const xlsx = await get(`/hub/rapportage/export?tabel=werkmap&${PERIOD}`, cookies.staff, exportRoute);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.response!.arrayBuffer());
    const rows = (name: string) => (wb.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
    expect(rows("collaborations")).toHaveLength(3);
    expect(rows("collaborations")[2].slice(1, 5)).toEqual(["2033-02-21", "joint_service", "Flanders AI EDIH", undefined]);
    expect(rows("summary").at(-1)).toEqual(["edih_collaborations", 2]);
  });

  it("shows a partner the collaborations relating to their own services, and the hub total", async () => {
    const { report: r, hubTotal } = (await get(`/hub/rapportage?${PERIOD}`, cookies.partner)).body as ReportData;
    expect(r.collaborations.records.map((x) => `${x.date} · ${x.label}`)).toEqual(["2033-02-21 · Flanders AI EDIH"]);
    expect(hubTotal).toMatchObject({ services: 2, collaborations: 2 });
    expect(await csvLines("samenwerkingen", cookies.partner)).toHaveLength(2);
  });

  it.each([
    ["without the other EDIH's name", { partnerEdihName: " " }],
    ["with a catalogue id that holds spaces", { catalogueId: "EDIH NL" }],
    ["with an unknown kind", { type: "lobbying" }],
    ["with a date that does not exist", { collaborationDate: "2033-02-30" }],
    ["for a service that does not exist", { serviceId: crypto.randomUUID() }],
    ["for a service id that is no UUID", { serviceId: "dienst-1" }],
    ["for an event that does not exist", { eventId: crypto.randomUUID() }],
  ])("refuses a collaboration %s with 400 and saves nothing", async (_name, change) => {
    const count = async () => (await getDb().select().from(s.edihCollaborations).where(eq(s.edihCollaborations.collaborationDate, "2033-03-03"))).length;
    const before = await count();
    const out = await post({ intent: "collaboration", partnerEdihName: "EDIH West", collaborationDate: "2033-03-03", type: "referral", ...change });
    expect(out.status).toBe(400);
    expect(await count()).toBe(before);
  });
});

describe("correcting a confirmed service", () => {
  it("opens the service for editing, and changes it with an audit line holding the values before and after", async () => {
    const page = (await get(`/hub/diensten?periode=2033-01&dienst=${serviceA}`, cookies.staff, servicesPage)).body as Awaited<ReturnType<typeof servicesPage.loader>>["data"];
    expect(page.editing).toMatchObject({ id: serviceA, customerName: `Gemeente Correctie ${suffix}`, category: "networking_and_ecosystem" });
    expect(page.back).toBe("?periode=2033-01");
    const out = await post({ intent: "edit", serviceId: serviceA, category: "test_before_invest", serviceDate: "2033-01-16", partnerOrganisationId: partnerA.id, investmentEur: "25000", notes: "eerste versie" });
    expect(out.body).toMatchObject({ done: "edih.edited" });
    const entries = await auditOf(serviceA);
    expect(entries.map((e) => e.action)).toEqual(["edih.service.add", "edih.service.edit"]);
    expect(entries[1]).toMatchObject({
      actorUserId: staffId,
      data: { changes: { category: { before: "networking_and_ecosystem", after: "test_before_invest" }, serviceDate: { before: "2033-01-15", after: "2033-01-16" }, investmentEur: { before: null, after: 25000 } } },
    });
    expect(Object.keys((entries[1].data as { changes: object }).changes).sort()).toEqual(["category", "investmentEur", "serviceDate"]);
    // The export shows the new values; saving the same values again changes nothing and writes no audit line.
    expect((await csvLines("diensten")).find((l) => l.startsWith(serviceA))).toMatch(/,2033-01-16,test_before_invest,.*,25000$/);
    expect((await post({ intent: "edit", serviceId: serviceA, category: "test_before_invest", serviceDate: "2033-01-16", partnerOrganisationId: partnerA.id, investmentEur: "25000", notes: "eerste versie" })).body).toMatchObject({ done: "edih.unchanged" });
    expect(await auditOf(serviceA)).toHaveLength(2);
  });

  it("refuses bad edits with 400 and changes nothing", async () => {
    const base = { intent: "edit", serviceId: serviceA, category: "test_before_invest", serviceDate: "2033-01-16", partnerOrganisationId: partnerA.id };
    const changes: Record<string, string>[] = [{ partnerOrganisationId: customer.id }, { category: "lobbying" }, { serviceDate: "2033-13-01" }, { themeSlug: "bestaat-niet" }, { investmentEur: "-1" }];
    for (const change of changes) {
      expect((await post({ ...base, ...change })).status, JSON.stringify(change)).toBe(400);
    }
    const [row] = await getDb().select().from(s.edihServices).where(eq(s.edihServices.id, serviceA));
    expect(row).toMatchObject({ category: "test_before_invest", serviceDate: "2033-01-16", partnerOrganisationId: partnerA.id, status: "confirmed" });
  });

  it("withdraws a service with a reason: kept in the table and the audit log, gone from the report and the exports", async () => {
    expect((await post({ intent: "withdraw", serviceId: serviceB, reason: " " })).status).toBe(400);
    const out = await post({ intent: "withdraw", serviceId: serviceB, reason: "Dubbel vastgelegd" });
    expect(out.body).toMatchObject({ done: "edih.withdrawn" });
    const [row] = await getDb().select().from(s.edihServices).where(eq(s.edihServices.id, serviceB));
    expect(row.status).toBe("withdrawn");
    expect((await auditOf(serviceB)).at(-1)).toMatchObject({ action: "edih.service.withdraw", data: { reason: "Dubbel vastgelegd", category: "networking_and_ecosystem", serviceDate: "2033-02-20", partnerOrganisationId: partnerB.id } });
    const { report: r } = (await get(`/hub/rapportage?${PERIOD}`, cookies.staff)).body as ReportData;
    expect(r.services.count).toBe(1);
    expect(r.byServiceCategory.find((f) => f.key === "test_before_invest")!.count).toBe(1);
    expect(r.investment.total).toBe(25_000);
    const lines = await csvLines("diensten");
    expect(lines).toHaveLength(2);
    expect(lines.join("\n")).not.toContain(serviceB);
    // The collaboration that related to it stays, and still names the service.
    expect(r.collaborations.count).toBe(2);
    // Once only: withdrawing or editing it again is a conflict; an unknown service is a 404.
    expect((await post({ intent: "withdraw", serviceId: serviceB, reason: "Nog eens" })).status).toBe(409);
    expect((await post({ intent: "edit", serviceId: serviceB, category: "test_before_invest", serviceDate: "2033-02-20", partnerOrganisationId: partnerB.id })).status).toBe(409);
    expect((await post({ intent: "withdraw", serviceId: crypto.randomUUID(), reason: "Weg" })).status).toBe(404);
    const page = (await get(`/hub/diensten?periode=2033-02&dienst=${serviceB}`, cookies.staff, servicesPage)).body as Awaited<ReturnType<typeof servicesPage.loader>>["data"];
    expect(page).toMatchObject({ editing: null, editMissing: true });
    // Still shown to staff, with the reason, beside the period's services.
    expect(page.withdrawn).toEqual([{ id: serviceB, serviceDate: "2033-02-20", category: "networking_and_ecosystem", customerName: `Gemeente Correctie ${suffix}`, reason: "Dubbel vastgelegd" }]);
    expect(page.services.map((x) => x.id)).not.toContain(serviceB);
  });

  it("is for hub roles only: a partner's member gets 403", async () => {
    const out = await run(() => servicesPage.action({ request: makeRequest("/hub/diensten", { cookie: cookies.partner, form: { intent: "withdraw", serviceId: serviceA, reason: "x" } }), params: {}, context: {} }));
    expect(out.status).toBe(403);
    const [row] = await getDb().select().from(s.edihServices).where(eq(s.edihServices.id, serviceA));
    expect(row.status).toBe("confirmed");
  });
});
