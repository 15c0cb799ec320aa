/** Hub staff's bookkeeping on a match: the broker, private notes, the challenge's contact mode, stale settings. */
import { eq } from "drizzle-orm";
import { challenges, hubSettings, matchNotes } from "../../../db/schema";
import type { ContactMode } from "../../../shared/vocabulary/challenges";
import { audit } from "../audit/audit.server";
import { getDb } from "../db.server";
import { notify } from "../notifications/notify.server";
import { isHubStaff } from "../users/users.repository.server";
import { matchExists, matchFacts, setBroker } from "./matches.repository.server";
import { fail, type Result } from "../errors";
import type { ManageError } from "./errors";
import { DEFAULT_STALE_AFTER, STALE_SETTINGS_KEY, STALE_STATES, type StaleSettings } from "./states";

export type ManageResult = Result<object, ManageError>;

/** Makes a hub staff member (or hub admin) the broker of a match; null clears it. */
export async function assignBroker(actorUserId: string, matchId: string, brokerUserId: string | null): Promise<ManageResult> {
  return getDb().transaction(async (tx) => {
    if (brokerUserId) {
      if (!(await isHubStaff(tx, brokerUserId))) return fail("brokerInvalid");
    }
    if (!(await setBroker(tx, matchId, brokerUserId))) return fail("notFound");
    await audit({ actorUserId, action: "match.assign", entityType: "match", entityId: matchId, data: { brokerUserId } }, tx);
    if (brokerUserId && brokerUserId !== actorUserId) {
      const facts = await matchFacts(tx, matchId);
      const titles = facts ? { challengeTitle: facts.challengeTitle, solutionTitle: facts.solutionTitle } : {};
      await notify(tx, [{ userId: brokerUserId, kind: "staff_attention", payload: { event: "broker_assigned", matchId, ...titles } }]);
    }
    return { ok: true } as const;
  });
}


/** A private note of hub staff (never shown to the parties). */
export async function addNote(actorUserId: string, matchId: string, body: string): Promise<ManageResult> {
  return getDb().transaction(async (tx) => {
    if (!(await matchExists(tx, matchId))) return fail("notFound");
    await tx.insert(matchNotes).values({ matchId, authorUserId: actorUserId, body });
    await audit({ actorUserId, action: "match.note", entityType: "match", entityId: matchId }, tx);
    return { ok: true } as const;
  });
}

/** Whether solution providers contact the challenge owner directly or via hub staff first. */
export async function setContactMode(actorUserId: string, challengeId: string, mode: ContactMode): Promise<ManageResult> {
  return getDb().transaction(async (tx) => {
    const updated = await tx
      .update(challenges)
      .set({ contactMode: mode, updatedAt: new Date() })
      .where(eq(challenges.id, challengeId))
      .returning({ id: challenges.id });
    if (!updated.length) return fail("notFound");
    await audit({ actorUserId, action: "challenge.contactMode", entityType: "challenge", entityId: challengeId, data: { mode } }, tx);
    return { ok: true } as const;
  });
}

/** The stale thresholds (working days per state): the stored value where valid, the defaults otherwise. */
export async function getStaleSettings(): Promise<StaleSettings> {
  const [row] = await getDb().select({ value: hubSettings.value }).from(hubSettings).where(eq(hubSettings.key, STALE_SETTINGS_KEY));
  const stored = (row?.value ?? {}) as Record<string, unknown>;
  const out = { ...DEFAULT_STALE_AFTER };
  for (const state of STALE_STATES) {
    const v = stored[state];
    if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 365) out[state] = v;
  }
  return out;
}

export async function saveStaleSettings(actorUserId: string, settings: StaleSettings): Promise<void> {
  await getDb().transaction(async (tx) => {
    const now = new Date();
    await tx
      .insert(hubSettings)
      .values({ key: STALE_SETTINGS_KEY, value: settings, updatedByUserId: actorUserId, updatedAt: now })
      .onConflictDoUpdate({ target: hubSettings.key, set: { value: settings, updatedByUserId: actorUserId, updatedAt: now } });
    await audit({ actorUserId, action: "hubSettings.update", entityType: "hub_settings", entityId: STALE_SETTINGS_KEY, data: { ...settings } }, tx);
  });
}
