import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { requireChallengeIntake } from "../domain/intake/challenge-intake.server";
import { suggestForDraft } from "../domain/intake/challenge-suggest.server";
import { NO_STORE } from "../utils/action.server";

/** Live help for the intake form: suggested themes and similar challenges of other bodies (JSON, for the fetcher). */
export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireChallengeIntake(request, "challenge.create");
  const url = new URL(request.url);
  const suggestions = await suggestForDraft(ctx.organisation.id, url.searchParams.get("title") ?? "", url.searchParams.get("text") ?? "");
  return data(suggestions, { headers: NO_STORE });
}
