import { createCookie } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

/** The chosen language; Dutch unless the visitor picked English. */
export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
  secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "true",
});

export async function getLocale(request: Request): Promise<Locale> {
  const value = await localeCookie.parse(request.headers.get("Cookie"));
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
