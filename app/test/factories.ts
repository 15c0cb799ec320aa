/**
 * Fixture factories: each makes one row of its own in the test database (a random suffix keeps parallel files
 * apart) and returns what tests need. Tests write only rows they made; seeded rows are read, never changed.
 * Hub roles get the demo TOTP secret from its one place (`db/seed/partners.ts`), as the seed does.
 */
import { isPublicChallenge } from "../../db/conditions/challenges";
import * as s from "../../db/schema";
import { DEMO_TOTP_SECRET } from "../../db/seed/partners";
import { enqueueSearchSync } from "../../search/outbox";
import { hashPassword } from "../domain/auth/password.server";
import { getDb } from "../domain/db.server";
import { openThread } from "../domain/messaging/threads.server";

export { DEMO_TOTP_SECRET };

export const uniqueSuffix = () => Math.random().toString(36).slice(2, 8);

type UserRow = typeof s.users.$inferInsert;
export interface UserOptions extends Partial<UserRow> {
  /** Stored as the real password hash (for tests that log in). */
  password?: string;
  /** A hub role, enrolled in TOTP with the demo secret. */
  hub?: "hub_staff" | "hub_admin";
}

/** A user with a verified e-mail address. Default id `user-<suffix>`, e-mail `<id>@test.example`. */
export async function makeUser({ password, hub, ...row }: UserOptions = {}): Promise<{ id: string; email: string }> {
  const id = row.id ?? `user-${uniqueSuffix()}`;
  const email = row.email ?? `${id}@test.example`;
  await getDb()
    .insert(s.users)
    .values({
      name: `Test ${id}`,
      emailVerifiedAt: new Date(),
      ...(password ? { passwordHash: await hashPassword(password) } : {}),
      ...(hub ? { platformRole: hub, totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: new Date() } : {}),
      ...row,
      id,
      email,
    });
  return { id, email };
}

/** An organisation of the given kind (a company unless told otherwise). */
export async function makeOrganisation(row: Partial<typeof s.organisations.$inferInsert> = {}): Promise<{ id: string; slug: string }> {
  const suffix = uniqueSuffix();
  const [org] = await getDb()
    .insert(s.organisations)
    .values({ slug: `test-org-${suffix}`, name: `Testorganisatie ${suffix}`, kind: "bedrijf", ...row })
    .returning({ id: s.organisations.id, slug: s.organisations.slug });
  return org;
}

/** A membership; verified (by the hub) unless `verified: false`. */
export async function makeMembership(
  userId: string,
  organisationId: string,
  { role = "member", verified = true }: { role?: "member" | "admin"; verified?: boolean } = {},
): Promise<void> {
  await getDb().insert(s.memberships).values({ userId, organisationId, role, verifiedAt: verified ? new Date() : null });
}

/** A challenge (a draft unless told otherwise). A public one is queued for the index, like any public write. */
export async function makeChallenge(
  row: Partial<typeof s.challenges.$inferInsert> & { ownerOrganisationId: string },
): Promise<{ id: string; slug: string; title: string }> {
  const suffix = uniqueSuffix();
  const [challenge] = await getDb()
    .insert(s.challenges)
    .values({
      slug: `test-opgave-${suffix}`,
      title: `Testopgave ${suffix}`,
      summary: "Een opgave die een test zelf maakte.",
      ...(row.status === "published" ? { submittedAt: new Date(), publishedAt: new Date() } : {}),
      ...row,
    })
    .returning({ id: s.challenges.id, slug: s.challenges.slug, title: s.challenges.title, status: s.challenges.status, visibility: s.challenges.visibility });
  if (isPublicChallenge(challenge)) await enqueueSearchSync(getDb(), "challenge", [challenge.id]);
  return { id: challenge.id, slug: challenge.slug, title: challenge.title };
}

/** A solution (a draft unless told otherwise). A published one is queued for the index. */
export async function makeSolution(
  row: Partial<typeof s.solutions.$inferInsert> & { organisationId: string },
): Promise<{ id: string; slug: string; title: string }> {
  const suffix = uniqueSuffix();
  const [solution] = await getDb()
    .insert(s.solutions)
    .values({
      slug: `test-oplossing-${suffix}`,
      title: `Testoplossing ${suffix}`,
      summary: "Een oplossing die een test zelf maakte.",
      ...(row.status === "published" ? { submittedAt: new Date(), publishedAt: new Date() } : {}),
      ...row,
    })
    .returning({ id: s.solutions.id, slug: s.solutions.slug, title: s.solutions.title, status: s.solutions.status });
  if (solution.status === "published") await enqueueSearchSync(getDb(), "solution", [solution.id]);
  return { id: solution.id, slug: solution.slug, title: solution.title };
}

/**
 * Two users and a conversation between them, opened by the second with "Hallo": the first as the challenge owner,
 * the second as the solution owner. Ids `<tag>-a-<suffix>` and `<tag>-b-<suffix>`.
 */
export async function makeTwoPartyThread(tag: string, subject: string) {
  const suffix = uniqueSuffix();
  const a = { id: `${tag}-a-${suffix}`, name: `${subject} A` };
  const b = { id: `${tag}-b-${suffix}`, name: `${subject} B` };
  for (const u of [a, b]) await makeUser({ id: u.id, email: `${u.id}@${tag}.example`, name: u.name });
  const threadId = await getDb().transaction((tx) =>
    openThread(tx, {
      matchId: null,
      subject,
      participants: [
        { userId: a.id, role: "challenge_owner" },
        { userId: b.id, role: "solution_owner" },
      ],
      authorUserId: b.id,
      authorName: b.name,
      body: "Hallo",
    }),
  );
  return { a, b, threadId };
}
