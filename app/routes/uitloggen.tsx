import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { logSecurityEvent } from "../domain/auth/security-log.server";
import { destroySession, getSession } from "../domain/auth/session.server";

/** Ends the session on the server (the row is deleted) and clears the cookie. */
export async function action({ request }: ActionFunctionArgs) {
  const ctx = await getSession(request);
  const cookie = await destroySession(request);
  if (ctx.user) await logSecurityEvent("auth.logout", { userId: ctx.user.id, request });
  return redirect("/", { headers: { "Set-Cookie": cookie } });
}

/** No state change on GET. */
export function loader() {
  return redirect("/");
}
