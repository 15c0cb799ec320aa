/** The five callers of the access-control matrix, made in the test database (seeded demo data). */
import { and, eq, sql } from "drizzle-orm";
import * as s from "../../db/schema";
import { DEMO_TOTP_SECRET } from "../../db/seed/partners";
import { createSessionCookie } from "../domain/auth/session.server";
import { getDb, getSql } from "../domain/db.server";

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
  const suffix = Math.random().toString(36).slice(2, 8);
  const make = async (key: string, orgId: string, platformRole: "user" | "hub_staff" = "user") => {
    const id = `test-${key}-${suffix}`;
    await db.insert(s.users).values({
      id,
      email: `${key}-${suffix}@matrix.example`,
      name: `Test ${key}`,
      platformRole,
      emailVerifiedAt: new Date(),
      ...(platformRole === "hub_staff" ? { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: new Date() } : {}),
    });
    await db.insert(s.memberships).values({ userId: id, organisationId: orgId, role: "member", verifiedAt: new Date() });
    return id;
  };
  const ids = {
    muniA: await make("muni-a", gemeenten[0].id),
    muniB: await make("muni-b", gemeenten[1].id),
    company: await make("company", company.id),
    staff: await make("staff", hubPartner.id, "hub_staff"),
    /** A member of the first municipality whose membership waits for the hub's verification. */
    unverified: await make("unverified", gemeenten[0].id),
  };
  await db.update(s.memberships).set({ verifiedAt: null }).where(eq(s.memberships.userId, ids.unverified));
  const [challenge] = await db
    .select({ slug: s.challenges.slug })
    .from(s.challenges)
    .where(and(eq(s.challenges.status, "published"), eq(s.challenges.visibility, "public")))
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
  const [solution] = await db.select({ id: s.solutions.id, slug: s.solutions.slug }).from(s.solutions).where(eq(s.solutions.status, "published")).limit(1);
  const [ownSolution] = await db.select({ id: s.solutions.id }).from(s.solutions).where(eq(s.solutions.organisationId, company.id)).limit(1);
  const [thread] = await db.select({ id: s.threads.id }).from(s.threads).orderBy(s.threads.createdAt).limit(1);
  return {
    ids,
    organisations: { a: gemeenten[0].id, b: gemeenten[1].id, company: company.id },
    params: { challenge: challenge.slug, solution: solution.slug, organisation: gemeenten[0].slug, ownChallenge: ownChallenge.id,
      solutionId: solution.id,
      ownSolution: ownSolution.id,
      thread: thread.id,
      unverifiedUser: ids.unverified,
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
