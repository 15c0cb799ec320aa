import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireThreadAccess } from "../domain/messaging/access.server";
import { threadEventStream } from "../domain/messaging/events.server";

/** Server-sent events for one thread: the same access as the thread page (participants and hub staff; else 404). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireThreadAccess(request, params.id);
  return threadEventStream(request, access.thread.id);
}
