/**
 * Who may read a thread: its participants (who have not left) and hub staff (permission thread.readAll). Everyone
 * else gets 404, also for a malformed id, so a thread's existence is not revealed. Used by the thread page, its
 * event stream and its actions.
 */
import { raise } from "../../utils/action.server";
import { threadAccessErrors } from "./errors";
import { requireUser, type SignedIn } from "../auth/access.server";
import { roleGrants, rolesFor } from "../auth/permissions";
import { logSecurityEvent } from "../auth/security-log.server";
import { threadWithParticipant } from "./threads.repository.server";
import { isUuid } from "../../../shared/vocabulary/ids";


export const canReadAllThreads = (user: { platformRole: string }) =>
  rolesFor(user.platformRole, null).some((r) => roleGrants(r, "thread.readAll"));

export interface ThreadAccess {
  ctx: SignedIn;
  thread: { id: string; subject: string; matchId: string | null; createdAt: Date };
  /** True when the caller takes part (and has not left). */
  participant: boolean;
  staff: boolean;
}

export async function requireThreadAccess(request: Request, id: string | undefined): Promise<ThreadAccess> {
  const ctx = await requireUser(request);
  const notFound = async (): Promise<never> => {
    await logSecurityEvent("access.denied", { userId: ctx.user.id, request, data: { reason: "thread", method: request.method } });
    return raise(threadAccessErrors, "not_found");
  };
  if (!isUuid(id)) return notFound();
  const row = await threadWithParticipant(id, ctx.user.id);
  const staff = canReadAllThreads(ctx.user);
  if (!row || (!row.userId && !staff)) return notFound();
  const { userId, ...thread } = row;
  return { ctx, thread, participant: userId !== null, staff };
}
