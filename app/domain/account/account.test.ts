import { afterAll, describe, expect, it } from "vitest";
import { makeRequest, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const { getSql } = await import("../db.server");
const { makeChallenge, makeUser } = await import("../../test/factories");
const { deleteAccount } = await import("./account.server");

afterAll(async () => {
  await getSql().end();
});

describe("account deletion", () => {
  it("erases the person as contact of the challenges they posted", async () => {
    const sql = getSql();
    const email = `contact-${Date.now()}@delete.example`;
    const userId = `del${Date.now()}`;
    await makeUser({ id: userId, email, name: "Dana Delete", password: "een lang genoeg wachtwoord", emailVerifiedAt: null });
    // A challenge of our own (seeded rows are shared with parallel test files and stay as they are).
    const [body] = await sql`select id from organisations where kind = 'gemeente' order by slug limit 1`;
    const challenge = await makeChallenge({ ownerOrganisationId: body.id, contactName: "Dana Delete", contactEmail: email.toUpperCase() });
    expect(await deleteAccount(makeRequest("/account/verwijderen", { form: {} }), userId, "een lang genoeg wachtwoord")).toBe("ok");
    const [after] = await sql`select contact_name, contact_email from challenges where id = ${challenge.id}`;
    expect(after).toEqual({ contact_name: "", contact_email: "" });
    const [user] = await sql`select name, email, password_hash from users where id = ${userId}`;
    expect(user.name).toBe("Voormalig gebruiker");
    expect(user.email).not.toContain("delete.example");
    expect(user.password_hash).toBeNull();
  });
});
