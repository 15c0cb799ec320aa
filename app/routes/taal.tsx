import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { rememberLocale } from "../domain/account/account.server";
import { getSession } from "../domain/auth/session.server";
import { isLocale, DEFAULT_LOCALE } from "../i18n/config";
import { localeCookie } from "../i18n/locale.server";
import { safeRedirectPath } from "../utils/redirect";

/**
 * Switch the interface language (a plain form post, so it works without JavaScript). A signed-in user's choice is
 * also stored, so mail to them uses it.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const value = form.get("locale");
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  const target = safeRedirectPath(form.get("redirectTo"));
  const { user } = await getSession(request);
  if (user) await rememberLocale(user.id, locale);
  return redirect(target, {
    headers: { "Set-Cookie": await localeCookie.serialize(locale) },
  });
}

export function loader() {
  return redirect("/");
}
