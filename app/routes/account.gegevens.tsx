import { type LoaderFunctionArgs } from "@remix-run/node";
import { exportUserData } from "../domain/account/account.server";
import { requireUser } from "../domain/auth/access.server";
import { logSecurityEvent } from "../domain/auth/security-log.server";
import { NO_STORE } from "../utils/action.server";

/** Download all own data as JSON (read-only, so a GET). */
export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireUser(request);
  const body = JSON.stringify(await exportUserData(ctx.user.id), null, 2);
  await logSecurityEvent("account.exported", { userId: ctx.user.id, request });
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="opgavenmarkt-mijn-gegevens.json"',
      ...NO_STORE,
    },
  });
}
