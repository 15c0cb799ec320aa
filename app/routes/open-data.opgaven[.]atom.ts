import type { LoaderFunctionArgs } from "@remix-run/node";
import { challengesAtom } from "../domain/atom.server";
import { baseUrl, loadOpenChallenges, openDataHeaders } from "../domain/open-data.server";
import { createI18n } from "../i18n/strings.server";

/**
 * Open data: an Atom 1.0 feed of the public challenges. Public: no access check. The feed's own texts are Dutch
 * (one cacheable document for everyone); every entry carries the language of its challenge.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const base = baseUrl(request);
  const { t } = createI18n("nl");
  const xml = challengesAtom(base, await loadOpenChallenges(base), { title: t("browse.feedTitle"), subtitle: t("challenges.intro"), lang: "nl" });
  return new Response(xml, { headers: openDataHeaders("application/atom+xml; charset=utf-8") });
}
