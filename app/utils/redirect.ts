/** The longest redirect target accepted (a filtered list URL fits; far below any header limit). */
export const MAX_REDIRECT_LENGTH = 1024;

const BASE = "http://redirect.invalid";
/** C0 controls (TAB, CR, LF, NUL, …), DEL and C1 controls: browsers strip some of them, headers refuse others. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The one check for every redirect target that comes from a user (a `redirectTo` or `next` parameter, a form field).
 * Returns a plain same-site path (`/x?y#z`) or `fallback`. Refused: anything that is not a string, longer than
 * MAX_REDIRECT_LENGTH, not starting with a single "/", with a control character or a backslash, or that resolves
 * (as a browser resolves it, dot segments and all) to another origin or to a "//host" path. The result is the
 * WHATWG-normalised form (non-ASCII percent-encoded), so it is always a valid `Location` header value.
 * Safe in the browser and on the server; call it before any side effect (a session, a stored preference).
 */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_REDIRECT_LENGTH) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\") || CONTROL.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.length > MAX_REDIRECT_LENGTH) return fallback;
  return path;
}
