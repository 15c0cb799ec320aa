/**
 * The callers of the access-control matrix, made in the test database (seeded demo data): anonymous (no persona),
 * a verified member of municipality A, an unverified member of A (joined without hub verification, ADR 0015), a
 * verified member of municipality B, a company member, hub staff and a member of a hub partner without a hub role.
 */
import { and, eq, ne, sql } from "drizzle-orm";
import * as s from "../../db/schema";
import { publicChallenge } from "../../db/conditions/challenges";
import { createSessionCookie } from "../domain/auth/session.server";
import { getDb, getSql } from "../domain/db.server";
import { enqueueSearchSync } from "../../search/outbox";
import { makeMembership, makeUser } from "./factories";

export async function createPersonas() {
  const db = getDb();
  const gemeenten = await db
    .select({ id: s.organisations.id, slug: s.organisations.slug })
    .from(s.organisations)
    .where(eq(s.organisations.kind, "gemeente"))
    .orderBy(s.organisations.slug)
    .limit(2);
  const [company] = await db
    .select({ id: s.organisations.id })
    .from(s.organisations)
    .where(eq(s.organisations.kind, "bedrijf"))
    .orderBy(s.organisations.slug)
    .limit(1);
  const [hubPartner] = await db.select({ id: s.organisations.id }).from(s.organisations).where(eq(s.organisations.slug, "digicampus"));
  const [otherPartner] = await db.select({ id: s.organisations.id }).from(s.organisations).where(eq(s.organisations.slug, "brightlands"));
  const suffix = Math.random().toString(36).slice(2, 8);
  const make = async (key: string, orgId: string, platformRole: "user" | "hub_staff" = "user", verified = true) => {
    const id = `test-${key}-${suffix}`;
    await makeUser({ id, email: `${key}-${suffix}@matrix.example`, name: `Test ${key}`, ...(platformRole === "hub_staff" ? { hub: "hub_staff" } : {}) });
    await makeMembership(id, orgId, { verified });
    return id;
  };
  const ids = {
    muniA: await make("muni-a", gemeenten[0].id),
    unverifiedA: await make("unverified-a", gemeenten[0].id, "user", false),
    muniB: await make("muni-b", gemeenten[1].id),
    company: await make("company", company.id),
    staff: await make("staff", hubPartner.id, "hub_staff"),
    // A member of a hub partner without a hub role: the EDIH report of their own services (ADR 0025), nothing else of the hub.
    partner: await make("partner", otherPartner.id),
  };
  const [challenge] = await db
    .select({ slug: s.challenges.slug })
    .from(s.challenges)
    .where(and(publicChallenge(), eq(s.challenges.status, "published")))
    .limit(1);
  // A submitted challenge of the first municipality (its members edit it, hub staff review it).
  const [ownChallenge] = await db
    .insert(s.challenges)
    .values({
      slug: `matrix-opgave-${suffix}`,
      ownerOrganisationId: gemeenten[0].id,
      createdByUserId: ids.muniA,
      title: "Matrix-opgave",
      summary: "Een ingediende opgave voor de toegangstest.",
      status: "submitted",
      submittedAt: new Date(),
    })
    .returning({ id: s.challenges.id });
  // Published challenges of A (public, indexed like any other): one drafted by the verified member, one drafted by
  // the unverified member (a verified colleague submitted it, the hub published it), and the unverified member's
  // own draft. The first is the outside probe's exploit: an unverified member editing a live challenge of the body.
  const published = (key: string, createdByUserId: string) => ({
    slug: `matrix-${key}-${suffix}`,
    ownerOrganisationId: gemeenten[0].id,
    createdByUserId,
    title: `Matrix ${key}`,
    summary: "Een gepubliceerde opgave voor de toegangstest.",
    status: "published" as const,
    submittedAt: new Date(),
    publishedAt: new Date(),
    contactName: "Matrix",
    contactEmail: "matrix@gemeente.example",
  });
  const [publishedChallenge, unverifiedPublished, unverifiedDraft] = await db
    .insert(s.challenges)
    .values([
      published("gepubliceerd", ids.muniA),
      published("gepubliceerd-ongeverifieerd", ids.unverifiedA),
      { slug: `matrix-concept-${suffix}`, ownerOrganisationId: gemeenten[0].id, createdByUserId: ids.unverifiedA, title: "Matrix-concept", summary: "", status: "draft" as const },
    ])
    .returning({ id: s.challenges.id, slug: s.challenges.slug });
  await enqueueSearchSync(db, "challenge", [publishedChallenge.id, unverifiedPublished.id]);
  // Market consultations (issue 17): an open one on A's published challenge, a closed one (its report is ready) on the other.
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  await db.insert(s.consultations).values([
    { challengeId: publishedChallenge.id, endsOn: inDays(30), openedByUserId: ids.muniA },
    { challengeId: unverifiedPublished.id, endsOn: inDays(30), openedByUserId: ids.muniA, closedAt: new Date() },
  ]);
  const [solution] = await db.select({ id: s.solutions.id, slug: s.solutions.slug }).from(s.solutions).where(eq(s.solutions.status, "published")).limit(1);
  const [ownSolution] = await db.select({ id: s.solutions.id }).from(s.solutions).where(eq(s.solutions.organisationId, company.id)).limit(1);
  const [otherSolution] = await db
    .select({ id: s.solutions.id })
    .from(s.solutions)
    .where(and(eq(s.solutions.status, "published"), ne(s.solutions.organisationId, company.id)))
    .limit(1);
  const [thread] = await db.select({ id: s.threads.id }).from(s.threads).orderBy(s.threads.createdAt).limit(1);
  return {
    ids,
    organisations: { a: gemeenten[0].id, b: gemeenten[1].id, company: company.id },
    params: { challenge: challenge.slug, solution: solution.slug, organisation: gemeenten[0].slug, ownChallenge: ownChallenge.id,
      solutionId: solution.id,
      ownSolution: ownSolution.id,
      otherSolution: otherSolution.id,
      thread: thread.id,
      otherBody: gemeenten[1].id,
      publishedChallenge: publishedChallenge.id,
      publishedChallengeSlug: publishedChallenge.slug,
      endedConsultationSlug: unverifiedPublished.slug,
      unverifiedPublished: unverifiedPublished.id,
      unverifiedDraft: unverifiedDraft.id,
      unverifiedUser: ids.unverifiedA,
      organisationA: gemeenten[0].id,
    },
    /** A new session (Set-Cookie string) for the persona, so an action that logs out does not affect other cases. */
    freshSession: (persona: keyof typeof ids) => createSessionCookie(ids[persona]),
    close: async () => {
      await db.execute(sql`select 1`);
      await getSql().end();
    },
  };
}
