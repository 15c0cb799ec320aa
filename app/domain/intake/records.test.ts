/** Optimistic locking and double-submit protection on the real database. */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb } = await import("../db.server");
const { makeUser } = await import("../../test/factories");
const { insertOnce, updateVersioned, VersionConflictError, newCreationKey } = await import("./records.server");

const suffix = Math.random().toString(36).slice(2, 8);

async function author() {
  const id = `rec-${suffix}-${Math.random().toString(36).slice(2, 6)}`;
  await makeUser({ id, email: `${id}@e2e.example`, name: "Rec" });
  const [org] = await getDb().select({ id: s.organisations.id }).from(s.organisations).where(eq(s.organisations.kind, "gemeente")).limit(1);
  return { userId: id, orgId: org.id };
}

describe("intake records", () => {
  it("creates one record per creation key, however often the form is submitted", async () => {
    const { userId, orgId } = await author();
    const key = newCreationKey();
    const values = { slug: `dubbel-${suffix}`, ownerOrganisationId: orgId, title: "Dubbel", summary: "x", createdByUserId: userId, creationKey: key };
    const results = await Promise.all([1, 2, 3].map(() => getDb().transaction((tx) => insertOnce(tx, s.challenges, values))));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await getDb().select().from(s.challenges).where(eq(s.challenges.creationKey, key))).toHaveLength(1);
  });

  it("writes only when the version is the one the user edited, and reports the current one otherwise", async () => {
    const { userId, orgId } = await author();
    const { id } = await insertOnce(getDb(), s.challenges, {
      slug: `versie-${suffix}`, ownerOrganisationId: orgId, title: "Versie", summary: "x", createdByUserId: userId, creationKey: newCreationKey(),
    });
    expect(await updateVersioned(getDb(), s.challenges, id, 1, { title: "Eerste" })).toBe(2);
    const stale = updateVersioned(getDb(), s.challenges, id, 1, { title: "Verouderd" });
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    await expect(stale).rejects.toMatchObject({ currentVersion: 2 });
    const [row] = await getDb().select().from(s.challenges).where(eq(s.challenges.id, id));
    expect(row.title).toBe("Eerste");
    await expect(updateVersioned(getDb(), s.challenges, crypto.randomUUID(), 1, { title: "x" })).rejects.toMatchObject({ currentVersion: null });
  });
});
