import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { emailTokens } from "../../../db/schema";
import type { TokenPurpose } from "../../../shared/vocabulary/accounts";
import { getDb } from "../db.server";

export const LIFETIME_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 3600 * 1000,
  reset_password: 60 * 60 * 1000,
  invite: 7 * 24 * 3600 * 1000,
};

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new single-use token (256 random bits); only its hash is stored. */
export async function createToken(
  purpose: TokenPurpose,
  fields: { userId?: string; email?: string; organisationId?: string; role?: string; invitedByUserId?: string },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await getDb()
    .insert(emailTokens)
    .values({ tokenHash: hashToken(token), purpose, ...fields, expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]) });
  return token;
}

/** The unused, unexpired token row, without using it up (for showing a confirmation page). */
export async function peekToken(purpose: TokenPurpose, token: string) {
  if (!token || token.length > 100) return null;
  const [row] = await getDb()
    .select()
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    );
  return row ?? null;
}

/** Use a token up atomically; returns its row, or null when unknown, expired, used or of another purpose. */
export async function consumeToken(purpose: TokenPurpose, token: string) {
  if (!token || token.length > 100) return null;
  const [row] = await getDb()
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    )
    .returning();
  return row ?? null;
}
