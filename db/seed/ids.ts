import { createHash } from "node:crypto";

/** A deterministic UUID (v5-shaped) from a name, so demo data has the same ids on every machine. */
export function stableUuid(name: string): string {
  const h = createHash("sha1").update(`opgavenmarkt:${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** A deterministic text id for users (lucia uses text ids). */
export function stableUserId(email: string): string {
  return createHash("sha1").update(`opgavenmarkt-user:${email}`).digest("base64url").slice(0, 20);
}
