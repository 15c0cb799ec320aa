/**
 * A small, plausible EDIH history for the demo (issue 16, ADR 0025), dated in the third quarter of 2026
 * (`/hub/rapportage?periode=2026-Q3`): confirmed services in all four categories by four hub partners, an event with
 * three participating organisations, report profiles for the demo companies and public bodies, one T0/T1 DMA pair,
 * a T0 without T1 yet, a collaboration with another EDIH, and a proposed service for a customer without a T0 (the
 * match page shows the warning). Private records only: nothing here changes what the public pages list.
 */
import * as s from "../schema";
import type { Database } from "../client";
import { stableUuid } from "./ids";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface EdihSeedContext {
  /** The public bodies and companies the history is about, by role in the story. */
  body: { id: string; code: string };
  otherBodies: { id: string; code: string }[];
  companies: { id: string; city: string }[];
  partner: (slug: string) => string;
  match: { id: string; themeSlug: string | null };
  staffId: string;
  /** CBS municipality code by (lower-case) name. */
  municipalityByName: Map<string, string>;
}

const scores = (v: number[]) => ({
  digitalStrategy: v[0],
  digitalReadiness: v[1],
  humanCentric: v[2],
  dataManagement: v[3],
  interoperability: v[4],
  greenDigitalisation: v[5],
  overall: v[6],
});

export async function seedEdihHistory(tx: Tx, c: EdihSeedContext): Promise<void> {
  const [company, otherCompany, thirdCompany] = c.companies;
  const [secondBody, thirdBody] = c.otherBodies;
  const decided = { status: "confirmed" as const, createdByUserId: c.staffId, decidedByUserId: c.staffId, decidedAt: new Date(Date.UTC(2026, 8, 30)) };
  // Self-declared report details: size class as Recommendation 2003/361/EC gives it for the figures.
  const municipality = (city: string) => c.municipalityByName.get(city.toLowerCase()) ?? null;
  await tx.insert(s.organisationReportProfiles).values([
    { organisationId: company.id, employees: 12, turnoverEur: 1_500_000, sizeClass: "small", naceSection: "J", municipalityCode: municipality(company.city) },
    { organisationId: otherCompany.id, employees: 6, turnoverEur: 800_000, sizeClass: "micro", naceSection: "M", municipalityCode: municipality(otherCompany.city) },
    { organisationId: thirdCompany.id, employees: 180, turnoverEur: 30_000_000, sizeClass: "medium", naceSection: "C", municipalityCode: municipality(thirdCompany.city) },
    ...[c.body, secondBody, thirdBody].map((b) => ({ organisationId: b.id, naceSection: "O" as const })),
  ]);
  const eventId = stableUuid("edih:event:werksessie-data");
  await tx.insert(s.edihEvents).values({
    id: eventId,
    title: "Werksessie datagedreven beleid",
    category: "skills_and_training",
    eventDate: "2026-09-17",
    partnerOrganisationId: c.partner("udi"),
    createdByUserId: c.staffId,
  });
  const service = (key: string, row: Omit<typeof s.edihServices.$inferInsert, "id">) => ({ id: stableUuid(`edih:service:${key}`), ...decided, ...row });
  await tx.insert(s.edihServices).values([
    // The demo match: the introduction was a networking service to both parties.
    service("intro-body", { customerOrganisationId: c.body.id, category: "networking_and_ecosystem", serviceDate: "2026-07-08", themeSlug: c.match.themeSlug, partnerOrganisationId: c.partner("digicampus"), matchId: c.match.id, matchState: "introduced" }),
    service("intro-company", { customerOrganisationId: company.id, category: "networking_and_ecosystem", serviceDate: "2026-07-08", themeSlug: c.match.themeSlug, partnerOrganisationId: c.partner("digicampus"), matchId: c.match.id, matchState: "introduced" }),
    service("test-body", { customerOrganisationId: secondBody.id, category: "test_before_invest", serviceDate: "2026-08-12", partnerOrganisationId: c.partner("brightlands"), investmentEur: 40_000 }),
    service("finance-company", { customerOrganisationId: thirdCompany.id, category: "support_to_find_investment", serviceDate: "2026-09-03", partnerOrganisationId: c.partner("vng"), investmentEur: 250_000 }),
    ...[c.body, otherCompany, thirdBody].map((o, i) =>
      service(`event-${i}`, { customerOrganisationId: o.id, category: "skills_and_training", serviceDate: "2026-09-17", partnerOrganisationId: c.partner("udi"), eventId }),
    ),
    // Waiting for staff: the conversation step proposed a service for the company, which has no T0 yet.
    {
      id: stableUuid("edih:service:conversation-company"),
      customerOrganisationId: company.id,
      category: "networking_and_ecosystem",
      status: "proposed",
      serviceDate: "2026-09-24",
      themeSlug: c.match.themeSlug,
      partnerOrganisationId: c.partner("digicampus"),
      matchId: c.match.id,
      matchState: "in_conversation",
    },
  ]);
  await tx.insert(s.dmaAssessments).values([
    { id: stableUuid("edih:dma:body:T0"), organisationId: c.body.id, stage: "T0", assessedOn: "2026-06-15", externalReference: "DMA-DEMO-0001", createdByUserId: c.staffId, ...scores([42, 55, 38, 61, 47, 30, 45.5]) },
    { id: stableUuid("edih:dma:body:T1"), organisationId: c.body.id, stage: "T1", assessedOn: "2026-09-25", externalReference: "DMA-DEMO-0002", createdByUserId: c.staffId, ...scores([50, 58, 44, 63, 55, 36, 51]) },
    { id: stableUuid("edih:dma:second:T0"), organisationId: secondBody.id, stage: "T0", assessedOn: "2026-07-01", externalReference: "DMA-DEMO-0003", createdByUserId: c.staffId, ...scores([35, 40, 45, 50, 38, 25, 39]) },
  ]);
  await tx.insert(s.edihCollaborations).values({
    id: stableUuid("edih:collaboration:event"),
    partnerEdihName: "Voorbeeld-EDIH Vlaanderen",
    catalogueId: "EDIH-DEMO-001",
    collaborationDate: "2026-09-17",
    type: "joint_event",
    eventId,
    createdByUserId: c.staffId,
  });
}
