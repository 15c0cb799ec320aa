/**
 * The introduction: hub staff write to both parties (from a Dutch or English template they can edit), which opens
 * a message thread between the challenge owner(s), the solution owner(s) and the broker, and moves the match to
 * "introduced" — all in one transaction.
 */
import type { Executor } from "../../../db/client";
import { getDb } from "../db.server";
import { openThread } from "../messaging/threads.server";
import { challengeOwners, solutionOwners, type Party } from "./parties.server";
import type { MatchState } from "./states";
import { fail, type Result } from "../errors";
import type { TransitionError } from "./errors";
import { transitionIn } from "./transitions.server";
import { claimBroker, matchWithOrganisations } from "./matches.repository.server";
import { recordIntroduction } from "../procurement/consultation.server";

interface IntroFacts {
  challengeTitle: string;
  solutionTitle: string;
  ownerOrganisation: string;
  providerOrganisation: string;
  owners: Party[];
  providers: Party[];
}

async function introFacts(tx: Executor, matchId: string): Promise<IntroFacts | null> {
  const row = await matchWithOrganisations(tx, matchId);
  if (!row) return null;
  return {
    challengeTitle: row.challengeTitle,
    solutionTitle: row.solutionTitle,
    ownerOrganisation: row.ownerOrganisation,
    providerOrganisation: row.providerOrganisation,
    owners: await challengeOwners(tx, row.challengeId),
    providers: await solutionOwners(tx, row.solutionId),
  };
}

const names = (parties: Party[], and: string) =>
  parties.length <= 1 ? (parties[0]?.name ?? "") : `${parties.slice(0, -1).map((p) => p.name).join(", ")} ${and} ${parties.at(-1)!.name}`;

/** The template text for an introduction, in Dutch or English, ready to edit. */
export function introductionText(f: IntroFacts, locale: "nl" | "en", brokerName: string): string {
  if (locale === "en") {
    return [
      `Dear ${names(f.owners, "and")} and ${names(f.providers, "and")},`,
      `I would like to introduce you to each other. ${f.ownerOrganisation} is working on the challenge **${f.challengeTitle}**, and ${f.providerOrganisation} offers the solution **${f.solutionTitle}**. We think they may fit together well.`,
      `Would you like to plan a first conversation? I am happy to help.`,
      `Kind regards,\n${brokerName}`,
    ].join("\n\n");
  }
  return [
    `Beste ${names(f.owners, "en")} en ${names(f.providers, "en")},`,
    `Graag stel ik u aan elkaar voor. ${f.ownerOrganisation} werkt aan de opgave **${f.challengeTitle}**, en ${f.providerOrganisation} biedt de oplossing **${f.solutionTitle}**. Wij denken dat die goed bij elkaar passen.`,
    `Wilt u samen een eerste kennismaking plannen? Ik denk graag mee.`,
    `Met vriendelijke groet,\n${brokerName}`,
  ].join("\n\n");
}

export interface IntroductionDraft {
  body: string;
  owners: Party[];
  providers: Party[];
}

export async function introductionDraft(matchId: string, locale: "nl" | "en", brokerName: string): Promise<IntroductionDraft | null> {
  const facts = await introFacts(getDb(), matchId);
  if (!facts) return null;
  return { body: introductionText(facts, locale, brokerName), owners: facts.owners, providers: facts.providers };
}

export type IntroduceResult = Result<{ threadId: string }, TransitionError, { current?: MatchState }>;

export async function introduce(
  actor: { id: string; name: string },
  input: { matchId: string; expectedFrom: MatchState; body: string },
): Promise<IntroduceResult> {
  return getDb().transaction(async (tx) => {
    const facts = await introFacts(tx, input.matchId);
    if (!facts) return fail("notFound");
    if (!facts.owners.length || !facts.providers.length) return fail("noParties");
    const moved = await transitionIn(tx, actor.id, { matchId: input.matchId, expectedFrom: input.expectedFrom, to: "introduced" }, { ownStep: true });
    if (!moved.ok) return moved;
    const brokerUserId = await claimBroker(tx, input.matchId, actor.id);
    const threadId = await openThread(tx, {
      matchId: input.matchId,
      subject: facts.challengeTitle,
      participants: [
        { userId: actor.id, role: "broker" },
        ...(brokerUserId ? [{ userId: brokerUserId, role: "broker" as const }] : []),
        ...facts.owners.map((p) => ({ userId: p.id, role: "challenge_owner" as const })),
        ...facts.providers.map((p) => ({ userId: p.id, role: "solution_owner" as const })),
      ],
      authorUserId: actor.id,
      authorName: actor.name,
      body: input.body,
    });
    // Market consultation (issue 17): an introduction while the challenge's consultation is open goes on its record.
    await recordIntroduction(tx, { matchId: input.matchId, threadId, brokerUserId: actor.id });
    return { ok: true, threadId } as const;
  });
}
