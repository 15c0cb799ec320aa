import { count, sql } from "drizzle-orm";
import { hashPassword } from "../../shared/password-hash";
import type { Database } from "../client";
import * as s from "../schema";
import type { MatchState } from "../../shared/vocabulary/matches";
import { challengesA } from "./challenges-a";
import { challengesB } from "./challenges-b";
import { slugify } from "../../shared/slugify";
import { seedEdihHistory } from "./edih";
import { stableUserId, stableUuid } from "./ids";
import { DEMO_PARTNER_MEMBER, DEMO_PASSWORD, DEMO_TOTP_SECRET, HUB_PARTNERS } from "./partners";
import { companiesA, solutionsA } from "./solutions-a";
import { companiesB, solutionsB } from "./solutions-b";
import type { SeedChallenge, SeedContact, SeedSolution } from "./types";

export const SEED_CHALLENGES: SeedChallenge[] = [...challengesA, ...challengesB];
export const SEED_SOLUTIONS: SeedSolution[] = [...solutionsA, ...solutionsB];
export const SEED_COMPANIES = [...companiesA, ...companiesB];

/** Demo data has fixed dates so pages and screenshots are the same on every machine. */
const BASE_DATE = Date.UTC(2026, 9, 1, 9, 0, 0);
const daysBefore = (days: number) => new Date(BASE_DATE - days * 86_400_000);

export interface DemoAccount {
  role: "gemeente" | "bedrijf" | "hub_partner" | "hub_staff" | "hub_admin";
  email: string;
  name: string;
  organisation: string;
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(s.organisations);
  return n === 0;
}

function publicBodyName(kind: "gemeente" | "provincie", name: string) {
  return kind === "gemeente" ? `Gemeente ${name}` : `Provincie ${name}`;
}

/** Theme overlap, then slug: a deterministic pairing used for demo matches. */
function bestSolutionFor(challenge: SeedChallenge, taken: Set<string>): SeedSolution | undefined {
  let best: SeedSolution | undefined;
  let bestScore = 0;
  for (const sol of SEED_SOLUTIONS) {
    if (taken.has(sol.slug)) continue;
    const overlap = sol.themes.filter((t) => challenge.themes.includes(t)).length;
    if (overlap > bestScore || (overlap === bestScore && overlap > 0 && best && sol.slug < best.slug)) {
      best = sol;
      bestScore = overlap;
    }
  }
  return best;
}

/**
 * Insert the demo data set: public bodies, the hub partners, companies, people, challenges,
 * solutions with deployments, matches in several states with threads. Deterministic ids and dates.
 */
export async function seedDemoData(db: Database): Promise<void> {
  const regionRows = await db.select().from(s.regions);
  const region = new Map(regionRows.map((r) => [r.code, r]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return db.transaction(async (tx) => {
    // Organisations: public bodies named in challenges.
    const orgIdByCode = new Map<string, string>();
    const bodyCodes = [...new Set(SEED_CHALLENGES.flatMap((c) => [c.ownerCode, ...(c.coOwnerCodes ?? [])]))].sort();
    const bodies = bodyCodes.map((code) => {
      const r = region.get(code);
      if (!r) throw new Error(`Seed refers to unknown CBS code ${code}`);
      const name = publicBodyName(r.kind, r.name);
      const id = stableUuid(`org:${code}`);
      orgIdByCode.set(code, id);
      return { id, slug: slugify(name), kind: r.kind, name, cbsCode: code, regionCode: code, verified: true };
    });
    await tx.insert(s.organisations).values(bodies);
    const partners = HUB_PARTNERS.map((p) => ({
      id: stableUuid(`org:partner:${p.slug}`),
      slug: p.slug,
      kind: "hub-partner" as const,
      name: p.name,
      city: p.city,
      verified: true,
    }));
    await tx.insert(s.organisations).values(partners);
    const orgIdByCompany = new Map<string, string>();
    await tx.insert(s.organisations).values(
      SEED_COMPANIES.map((c) => {
        const id = stableUuid(`org:company:${c.slug}`);
        orgIdByCompany.set(c.slug, id);
        return {
          id,
          slug: c.slug.replace(/^c[ab]-/, ""),
          kind: c.kind,
          name: c.name,
          kvkNumber: c.kvk,
          city: c.city,
          website: c.website,
          description: c.description,
          verified: true,
        };
      }),
    );

    // People: every contact person becomes a member of their organisation; demo accounts get a password.
    const userIdByEmail = new Map<string, string>();
    const userRows: (typeof s.users.$inferInsert)[] = [];
    const memberRows: (typeof s.memberships.$inferInsert)[] = [];
    const addUser = (contact: SeedContact, orgId: string, extra: Partial<typeof s.users.$inferInsert> = {}) => {
      const email = contact.email.toLowerCase();
      let id = userIdByEmail.get(email);
      if (!id) {
        id = stableUserId(email);
        userIdByEmail.set(email, id);
        userRows.push({ id, email, name: contact.name, emailVerifiedAt: daysBefore(400), createdAt: daysBefore(400), ...extra });
      }
      if (!memberRows.some((m) => m.userId === id && m.organisationId === orgId)) {
        memberRows.push({ userId: id, organisationId: orgId, role: "member", verifiedAt: daysBefore(400) });
      }
      return id;
    };

    const demoChallenge = SEED_CHALLENGES.find((c) => c.status === "published")!;
    const demoSolution = bestSolutionFor(demoChallenge, new Set())!;
    const demoCompany = SEED_COMPANIES.find((c) => c.slug === demoSolution.companySlug)!;
    const staff = { name: "Sanne de Wit", role: "Makelaar", email: "sanne.dewit@digicampus.example" };
    const admin = { name: "Joost Hendriks", role: "Hubcoördinator", email: "joost.hendriks@vng.example" };
    const demoTotp = { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: daysBefore(400) };
    const staffId = addUser(staff, stableUuid("org:partner:digicampus"), { platformRole: "hub_staff", passwordHash, ...demoTotp });
    addUser(admin, stableUuid("org:partner:vng"), { platformRole: "hub_admin", passwordHash, ...demoTotp });
    // A member of a hub partner without a hub role: sees the EDIH report of Brightlands' own services and the hub total.
    addUser(DEMO_PARTNER_MEMBER, stableUuid("org:partner:brightlands"), { passwordHash });
    addUser(demoChallenge.contact, orgIdByCode.get(demoChallenge.ownerCode)!, { passwordHash });
    addUser(demoSolution.contact, orgIdByCompany.get(demoCompany.slug)!, { passwordHash });
    for (const c of SEED_CHALLENGES) addUser(c.contact, orgIdByCode.get(c.ownerCode)!);
    for (const sol of SEED_SOLUTIONS) addUser(sol.contact, orgIdByCompany.get(sol.companySlug)!);
    // The first member of each organisation is its admin.
    const seenOrg = new Set<string>();
    for (const m of memberRows) {
      if (!seenOrg.has(m.organisationId)) {
        m.role = "admin";
        seenOrg.add(m.organisationId);
      }
    }
    await tx.insert(s.users).values(userRows);
    await tx.insert(s.memberships).values(memberRows);

    // Challenges.
    const challengeId = (slug: string) => stableUuid(`challenge:${slug}`);
    await tx.insert(s.challenges).values(
      SEED_CHALLENGES.map((c, i) => ({
        id: challengeId(c.slug),
        slug: c.slug.replace(/^[ab]-/, ""),
        ownerOrganisationId: orgIdByCode.get(c.ownerCode)!,
        createdByUserId: userIdByEmail.get(c.contact.email.toLowerCase()),
        lang: c.lang,
        title: c.title,
        summary: c.summary,
        problemStatement: c.problemStatement,
        localContext: c.localContext,
        affected: c.affected,
        desiredOutcome: c.desiredOutcome,
        successCriteria: c.successCriteria,
        sdgs: c.sdgs,
        budgetMin: c.budgetMin,
        budgetMax: c.budgetMax,
        launchingCustomerIntent: c.launchingCustomerIntent,
        procurementRoute: c.procurementRoute,
        timeline: c.timeline,
        responseDeadline: c.responseDeadline,
        status: c.status,
        outcome: c.outcome ?? null,
        contactName: c.contact.name,
        contactRole: c.contact.role,
        contactEmail: c.contact.email,
        publishedAt: daysBefore(3 + ((i * 7) % 90)),
        createdAt: daysBefore(10 + ((i * 7) % 90)),
        updatedAt: daysBefore(3 + ((i * 7) % 90)),
      })),
    );
    await tx
      .insert(s.challengeThemes)
      .values(SEED_CHALLENGES.flatMap((c) => c.themes.map((t) => ({ challengeId: challengeId(c.slug), themeSlug: t }))));
    await tx.insert(s.challengeRegions).values(
      SEED_CHALLENGES.flatMap((c) =>
        [c.ownerCode, ...(c.coOwnerCodes ?? [])].map((code) => ({ challengeId: challengeId(c.slug), regionCode: code })),
      ),
    );
    const coOwners = SEED_CHALLENGES.flatMap((c) =>
      (c.coOwnerCodes ?? []).map((code) => ({ challengeId: challengeId(c.slug), organisationId: orgIdByCode.get(code)! })),
    );
    if (coOwners.length) await tx.insert(s.challengeCoOwners).values(coOwners);

    // Solutions and deployments.
    const solutionId = (slug: string) => stableUuid(`solution:${slug}`);
    await tx.insert(s.solutions).values(
      SEED_SOLUTIONS.map((sol, i) => ({
        id: solutionId(sol.slug),
        slug: sol.slug.replace(/^s[ab]-/, ""),
        organisationId: orgIdByCompany.get(sol.companySlug)!,
        createdByUserId: userIdByEmail.get(sol.contact.email.toLowerCase()),
        lang: sol.lang,
        title: sol.title,
        summary: sol.summary,
        description: sol.description,
        sdgs: sol.sdgs,
        maturity: sol.maturity,
        targetGroups: sol.targetGroups,
        assurances: sol.assurances,
        openSourceLicence: sol.openSourceLicence ?? null,
        hosting: sol.hosting,
        pricingModel: sol.pricingModel,
        website: sol.website,
        contactName: sol.contact.name,
        contactRole: sol.contact.role,
        contactEmail: sol.contact.email,
        status: "published" as const,
        publishedAt: daysBefore(5 + ((i * 5) % 120)),
        createdAt: daysBefore(12 + ((i * 5) % 120)),
        updatedAt: daysBefore(5 + ((i * 5) % 120)),
      })),
    );
    await tx
      .insert(s.solutionThemes)
      .values(SEED_SOLUTIONS.flatMap((sol) => sol.themes.map((t) => ({ solutionId: solutionId(sol.slug), themeSlug: t }))));
    const deployments = SEED_SOLUTIONS.flatMap((sol) =>
      sol.deployments.map((d) => ({
        id: stableUuid(`deployment:${sol.slug}:${d.code}`),
        solutionId: solutionId(sol.slug),
        regionCode: d.code,
        status: d.status,
        since: d.since,
        confirmation: d.status === "active" ? ("confirmed" as const) : ("unconfirmed" as const),
      })),
    );
    if (deployments.length) await tx.insert(s.solutionDeployments).values(deployments);

    // Matches in every state, with their history; threads for those introduced or further.
    const flow: MatchState[] = ["suggested", "interest", "screening", "introduced", "in_conversation", "pilot", "adopted", "closed"];
    const published = SEED_CHALLENGES.filter((c) => c.status === "published" || c.status === "in_pilot");
    const pairs: { challenge: SeedChallenge; solution: SeedSolution; state: MatchState }[] = [
      { challenge: demoChallenge, solution: demoSolution, state: "in_conversation" },
    ];
    const taken = new Set([demoSolution.slug]);
    const states: MatchState[] = ["suggested", "interest", "screening", "introduced", "pilot", "adopted", "closed", "interest", "suggested"];
    let k = 0;
    for (const c of published.filter((c) => c !== demoChallenge)) {
      if (k >= states.length) break;
      const sol = bestSolutionFor(c, taken);
      if (!sol) continue;
      taken.add(sol.slug);
      pairs.push({ challenge: c, solution: sol, state: states[k++] });
    }
    const regionName = (code: string) => region.get(code)?.name ?? code;
    for (const [i, p] of pairs.entries()) {
      const matchId = stableUuid(`match:${p.challenge.slug}:${p.solution.slug}`);
      const shared = p.solution.themes.filter((t) => p.challenge.themes.includes(t));
      const stepCount = flow.indexOf(p.state === "closed" ? "screening" : p.state) + 1;
      const start = 60 - i * 3;
      await tx.insert(s.matches).values({
        id: matchId,
        challengeId: challengeId(p.challenge.slug),
        solutionId: solutionId(p.solution.slug),
        state: p.state,
        source: p.state === "interest" ? "company" : "engine",
        score: Math.round((0.4 + 0.15 * shared.length) * 100) / 100,
        explanation: {
          sharedThemes: shared,
          matchingTerms: [],
          deployments: p.solution.deployments.filter((d) => d.status !== "ended").map((d) => regionName(d.code)),
          // Engine suggestions carry a strength in words, as the matcher's do (the pipeline shows it, never the score).
          ...(p.state === "interest" ? {} : { strength: shared.length >= 2 ? ("strong" as const) : ("possible" as const) }),
        },
        brokerUserId: stepCount >= 3 || p.state === "closed" ? staffId : null,
        pitch: p.state === "interest" ? `Wij denken dat ${p.solution.title} goed aansluit op deze opgave.` : null,
        closedReason: p.state === "closed" ? "Past niet binnen de gevraagde planning; partijen houden contact." : null,
        stateChangedAt: daysBefore(start - stepCount * 4),
        createdAt: daysBefore(start),
        updatedAt: daysBefore(start - stepCount * 4),
      });
      const path = p.state === "closed" ? [...flow.slice(0, 3), "closed" as const] : flow.slice(0, stepCount);
      await tx.insert(s.matchEvents).values(
        path.map((to, j) => ({
          matchId,
          fromState: j === 0 ? null : path[j - 1],
          toState: to,
          actorUserId: j === 0 ? null : staffId,
          note: to === "closed" ? "Past niet binnen de gevraagde planning." : null,
          createdAt: daysBefore(start - j * 4),
        })),
      );
      if (stepCount >= 4 && p.state !== "closed") {
        const threadId = stableUuid(`thread:${matchId}`);
        const ownerId = userIdByEmail.get(p.challenge.contact.email.toLowerCase())!;
        const companyUserId = userIdByEmail.get(p.solution.contact.email.toLowerCase())!;
        const introAt = start - 3 * 4;
        const texts: [string, string][] = [
          [
            staffId,
            `Beste ${p.challenge.contact.name} en ${p.solution.contact.name},\n\nGraag stel ik jullie aan elkaar voor. ` +
              `De opgave **${p.challenge.title}** en de oplossing **${p.solution.title}** sluiten aan op ` +
              `${shared.length ? "hetzelfde thema" : "elkaar"}. Zullen jullie een eerste kennismaking plannen?\n\nGroet, ${staff.name}`,
          ],
          [
            ownerId,
            `Dank je, ${staff.name.split(" ")[0]}. ${p.solution.contact.name.split(" ")[0]}, ik plan graag een gesprek van een uur. ` +
              `Kun je vooraf laten zien bij welke organisaties jullie dit al draaien?`,
          ],
          [
            companyUserId,
            `Goed om kennis te maken! Ik stuur een korte demo en onze referenties mee. Volgende week dinsdag of donderdag kan bij ons.`,
          ],
        ];
        await tx.insert(s.threads).values({
          id: threadId,
          matchId,
          subject: p.challenge.title,
          createdAt: daysBefore(introAt),
          lastMessageAt: daysBefore(introAt - texts.length),
        });
        await tx.insert(s.threadParticipants).values([
          { threadId, userId: ownerId, role: "challenge_owner" as const, joinedAt: daysBefore(introAt) },
          { threadId, userId: companyUserId, role: "solution_owner" as const, joinedAt: daysBefore(introAt) },
          { threadId, userId: staffId, role: "broker" as const, joinedAt: daysBefore(introAt), lastReadAt: daysBefore(0) },
        ]);
        await tx.insert(s.messages).values(
          texts.map(([authorUserId, body], j) => ({
            id: stableUuid(`message:${threadId}:${j}`),
            threadId,
            authorUserId,
            body,
            createdAt: daysBefore(introAt - j),
          })),
        );
      }
    }

    // EDIH reporting: a small history in 2026-Q3 around the demo match (db/seed/edih.ts).
    const otherCodes = bodyCodes.filter((code) => code !== demoChallenge.ownerCode && code.startsWith("GM")).slice(0, 2);
    const otherCompanies = SEED_COMPANIES.filter((c) => c.kind === "bedrijf" && c.slug !== demoCompany.slug).slice(0, 2);
    const municipalityByName = new Map(
      regionRows
        .filter((r) => r.kind === "gemeente")
        .sort((a, b) => a.referenceYear - b.referenceYear)
        .map((r) => [r.name.toLowerCase(), r.code]),
    );
    await seedEdihHistory(tx, {
      body: { id: orgIdByCode.get(demoChallenge.ownerCode)!, code: demoChallenge.ownerCode },
      otherBodies: otherCodes.map((code) => ({ id: orgIdByCode.get(code)!, code })),
      companies: [demoCompany, ...otherCompanies].map((c) => ({ id: orgIdByCompany.get(c.slug)!, city: c.city })),
      partner: (slug) => stableUuid(`org:partner:${slug}`),
      match: { id: stableUuid(`match:${demoChallenge.slug}:${demoSolution.slug}`), themeSlug: [...demoChallenge.themes].sort()[0] ?? null },
      staffId,
      municipalityByName,
    });
  });
}

/** The demo accounts as they are in the database (for printing at start-up). */
export async function listDemoAccounts(db: Database): Promise<DemoAccount[]> {
  const rows = await db.execute<{ email: string; name: string; platform_role: string; org: string; kind: string }>(sql`
    select u.email, u.name, u.platform_role, o.name as org, o.kind
    from users u join memberships m on m.user_id = u.id join organisations o on o.id = m.organisation_id
    where u.password_hash is not null order by u.email`);
  const order: DemoAccount["role"][] = ["gemeente", "bedrijf", "hub_partner", "hub_staff", "hub_admin"];
  return rows
    .map((r): DemoAccount => ({
      role:
        r.platform_role === "hub_admin" || r.platform_role === "hub_staff"
          ? r.platform_role
          : r.kind === "bedrijf" || r.kind === "kennisinstelling"
            ? "bedrijf"
            : r.kind === "hub-partner"
              ? "hub_partner"
              : "gemeente",
      email: r.email,
      name: r.name,
      organisation: r.org,
    }))
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
}
