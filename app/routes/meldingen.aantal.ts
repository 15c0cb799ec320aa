import type { LoaderFunctionArgs } from "@remix-run/node";
import { getSession } from "../domain/auth/session.server";
import { bellCount } from "../domain/notifications/bell.server";
import { NO_STORE } from "../utils/action.server";

/**
 * The bell's count as JSON, for the header to refresh without a page load. Signed-out (or half-signed-in) callers
 * get a plain 401, not the login page: the caller is a script, not a person. Polling does not slide the session's
 * idle expiry, so an unattended tab still times out.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request, { slide: false });
  const headers = NO_STORE;
  if (!session.user) return new Response(null, { status: 401, headers });
  return Response.json({ unread: await bellCount(session.user.id) }, { headers });
}
