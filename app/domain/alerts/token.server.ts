/**
 * The unsubscribe token of a search alert: the alert id and an HMAC-SHA256 over a purpose label and that id, with a
 * key derived from the server secret for this purpose only. It needs no login and no database row, it never
 * expires (an old mail's link must keep working), and it can do exactly one thing: stop that one alert. It is not a
 * session, a password-reset or invitation token (those are random and stored hashed, app/domain/auth/tokens.server.ts).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { isUuid } from "../../../shared/vocabulary/ids";
import { parseSecretKey } from "../auth/secret-box.server";

const PURPOSE = "opgavenmarkt:alert-unsubscribe:v1";

const key = () => createHmac("sha256", parseSecretKey(process.env.TOTP_ENCRYPTION_KEY)).update(PURPOSE).digest();
const mac = (alertId: string) => createHmac("sha256", key()).update(`${PURPOSE}\u0000${alertId}`).digest();

export function unsubscribeToken(alertId: string): string {
  return `${alertId}.${mac(alertId).toString("base64url")}`;
}

/** The alert id the token was made for, or null when it was altered or is not such a token. */
export function alertIdFromToken(token: string | null | undefined): string | null {
  if (!token || token.length > 200) return null;
  const [alertId, signature, ...rest] = token.split(".");
  if (rest.length || !isUuid(alertId) || !signature) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(alertId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? alertId : null;
}
