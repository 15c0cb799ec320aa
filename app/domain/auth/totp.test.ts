/** TOTP secrets are sealed at rest (AES-256-GCM); the seeded hub accounts were sealed at boot and still log in. */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb, getSql } = await import("../db.server");
const { openSecret, sealSecret } = await import("./secret-box.server");
const { currentTotp, enableTotp, newTotpSecret, verifyUserTotp } = await import("./totp.server");
const { DEMO_TOTP_SECRET, makeUser } = await import("../../test/factories");

afterAll(async () => {
  await getSql().end();
});

describe("sealed TOTP secrets", () => {
  it("round-trip, differ per sealing, and refuse a changed value or another key", () => {
    const a = sealSecret("JBSWY3DPEHPK3PXP");
    expect(a).toMatch(/^v1:/);
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
    expect(sealSecret("JBSWY3DPEHPK3PXP")).not.toBe(a);
    expect(openSecret(a)).toBe("JBSWY3DPEHPK3PXP");
    const body = a.split(".");
    body[2] = `${body[2].slice(0, -2)}${body[2].endsWith("AA") ? "BB" : "AA"}`;
    expect(() => openSecret(body.join("."))).toThrow();
    const key = process.env.TOTP_ENCRYPTION_KEY;
    process.env.TOTP_ENCRYPTION_KEY = randomBytes(32).toString("base64");
    try {
      expect(() => openSecret(a)).toThrow();
    } finally {
      process.env.TOTP_ENCRYPTION_KEY = key;
    }
  });

  it("the seeded hub staff's secret is stored sealed, and their code is accepted", async () => {
    const [sanne] = await getDb().select().from(s.users).where(eq(s.users.email, "sanne.dewit@digicampus.example"));
    expect(sanne.totpSecret).toMatch(/^v1:/);
    expect(openSecret(sanne.totpSecret!)).toBe(DEMO_TOTP_SECRET);
  });

  it("enrolment stores the secret sealed; verification reads it", async () => {
    const id = `totp-${randomBytes(4).toString("hex")}`;
    await makeUser({ id, name: "Totp Test", passwordHash: "x" });
    const secret = newTotpSecret();
    expect(await enableTotp(id, secret, currentTotp(secret))).toBe(true);
    const [row] = await getDb().select({ secret: s.users.totpSecret }).from(s.users).where(eq(s.users.id, id));
    expect(row.secret).toMatch(/^v1:/);
    expect(row.secret).not.toContain(secret);
    // The enrolment used this step; the next step's code is accepted (one step of drift), a replay is not.
    const next = (await import("@oslojs/otp")).generateHOTP(
      (await import("@oslojs/encoding")).decodeBase32IgnorePadding(secret),
      BigInt(Math.floor(Date.now() / 30_000) + 1),
      6,
    );
    expect(await verifyUserTotp(id, next)).toBe(true);
    expect(await verifyUserTotp(id, next)).toBe(false);
  });
});
