import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireThreadAccess } from "../domain/messaging/access.server";
import { threadEventStream } from "../domain/messaging/events.server";

/** Server-sent events for one thread: the same access as the thread page (participants and hub staff; else 404). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  let threadId: string;
  try {
    threadId = (await requireThreadAccess(request, params.id)).thread.id;
  } catch (thrown) {
    // A refusal is a plain status, which also stops the browser's EventSource from reconnecting: 401 instead of the
    // login redirect (an expired session), 404/403 as they are (Remix would log a thrown data() as a server error).
    if (thrown instanceof Response && thrown.status >= 300 && thrown.status < 400) return new Response(null, { status: 401 });
    const refusal = thrown as { type?: string; init?: { status?: number } };
    const status = refusal.type === "DataWithResponseInit" ? refusal.init?.status : undefined;
    if (status) return new Response(null, { status, headers: { "Cache-Control": "no-store" } });
    throw thrown;
  }
  return threadEventStream(request, threadId);
}
