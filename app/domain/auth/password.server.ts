import { readFileSync } from "node:fs";
import path from "node:path";

/** The stored form (argon2id) is shared with the demo seed, so it lives below the app. */
export { ARGON2_OPTIONS, hashPassword, verifyPassword } from "../../../shared/password-hash";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

let common: Set<string> | undefined;
/**
 * Common and breached passwords shipped with the product (db/reference/data/common-passwords.txt; its header
 * names the source). Read once from disk; never a network call.
 */
function commonPasswords(): Set<string> {
  if (!common) {
    const file = path.resolve(process.cwd(), "db/reference/data/common-passwords.txt");
    const lines = readFileSync(file, "utf8").split("\n");
    common = new Set(lines.filter((l) => l && !l.startsWith("#")));
  }
  return common;
}

/**
 * ASVS 2.1: 12–128 characters (counted as code points), no composition rules, not a known common password.
 * Returns a translation key for the problem, or null when the password is acceptable.
 */
export function passwordProblem(password: string, context: string[] = []): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "password.tooShort";
  if (length > PASSWORD_MAX) return "password.tooLong";
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "password.common";
  if (context.some((c) => c && c.length >= 4 && lower.includes(c.toLowerCase()) && lower.length - c.length < 4)) {
    return "password.common";
  }
  return null;
}
