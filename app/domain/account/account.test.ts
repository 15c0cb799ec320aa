import { afterAll, describe, expect, it } from "vitest";
import { makeRequest, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const { getSql } = await import("../db.server");
const { hashPassword } = await import("../auth/password.server");
const { deleteAccount } = await import("./account.server");

afterAll(async () => {
  await getSql().end();
});

describe("account deletion", () => {
  it("erases the person as contact of the challenges they posted", async () => {
    const sql = getSql();
    const email = `contact-${Date.now()}@delete.example`;
    const userId = `del${Date.now()}`;
    await sql`insert into users (id, email, name, password_hash) values (${userId}, ${email}, 'Dana Delete', ${await hashPassword("een lang genoeg wachtwoord")})`;
    const [challenge] = await sql`select id from challenges order by id limit 1`;
    await sql`update challenges set contact_name = 'Dana Delete', contact_email = ${email.toUpperCase()} where id = ${challenge.id}`;
    expect(await deleteAccount(makeRequest("/account/verwijderen", { form: {} }), userId, "een lang genoeg wachtwoord")).toBe("ok");
    const [after] = await sql`select contact_name, contact_email from challenges where id = ${challenge.id}`;
    expect(after).toEqual({ contact_name: "", contact_email: "" });
    const [user] = await sql`select name, email, password_hash from users where id = ${userId}`;
    expect(user.name).toBe("Voormalig gebruiker");
    expect(user.email).not.toContain("delete.example");
    expect(user.password_hash).toBeNull();
  });
});
