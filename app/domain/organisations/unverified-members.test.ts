/**
 * ADR 0015: an unverified member of a public body (anyone can join one at /organisatie/kiezen) may create and save
 * their own drafts, nothing more. These tests call the domain functions directly, with a caller that even claims
 * to be verified, so they show that the check is made in the domain (from the database), not only in a route or
 * by a hidden button; and the routes, for what an unverified member reads.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieFrom, makeRequest, run, setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb } = await import("../db.server");
const { createPersonas } = await import("../../test/personas");
const intake = await import("../intake/challenge-intake.server");
const { transitionChallenge } = await import("../intake/challenge-lifecycle.server");
const { markInterest } = await import("../brokering/respond.server");
const { challengeOwners } = await import("../brokering/parties.server");
const { decideDeployment } = await import("../intake/deployment-confirm.server");
const { changeRole, removeMember } = await import("./members.server");
const { addParticipant } = await import("../messaging/threads.server");
const newRoute = await import("../../routes/mijn.opgaven.nieuw");
const editRoute = await import("../../routes/mijn.opgaven.$id");
const listRoute = await import("../../routes/mijn.opgaven._index");
const challengePage = await import("../../routes/opgaven.$slug");
const membersRoute = await import("../../routes/organisatie.leden");

type InOrganisation = import("../auth/access.server").InOrganisation;
type P = Awaited<ReturnType<typeof createPersonas>>;
let personas: P;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  personas = await createPersonas();
  for (const p of ["unverifiedA", "muniA"] as const) cookies[p] = cookieFrom(await personas.freshSession(p));
});
afterAll(async () => {
  await personas?.close();
});

/** A caller of municipality A as a route would pass it, claiming a verified membership whatever the database says. */
function claimsVerified(userId: string): InOrganisation {
  return {
    user: { id: userId, email: `${userId}@matrix.example`, name: "Test", platformRole: "user", locale: "nl", emailVerified: true, totpEnabled: false },
    session: { id: "test", createdAt: new Date(), mfaPending: false },
    pendingUserId: null,
    organisation: { id: personas.organisations.a, name: "A", slug: "a", kind: "gemeente", verified: true },
    membership: { role: "member", verified: true },
    setCookie: null,
  };
}
const everything = () => ({ organisationId: personas.organisations.a, onlyCreatedBy: null });
async function row(id: string) {
  const [c] = await getDb().select().from(s.challenges).where(eq(s.challenges.id, id));
  return c;
}
const post = (mod: { action: (a: never) => unknown }, path: string, persona: string, form: Record<string, string>, params: Record<string, string> = {}) =>
  run(() => mod.action({ request: makeRequest(path, { cookie: cookies[persona], form }), params, context: {} } as never));
const get = (mod: { loader: (a: never) => unknown }, path: string, persona: string, params: Record<string, string> = {}) =>
  run(() => mod.loader({ request: makeRequest(path, { cookie: cookies[persona] }), params, context: {} } as never));

describe("an unverified member of a public body", () => {
  it("creates and saves their own drafts, and reads no other member's challenges", async () => {
    const created = await post(newRoute, "/mijn/opgaven/nieuw", "unverifiedA", { intent: "save", creationKey: crypto.randomUUID(), title: "Eigen concept" });
    expect(created.status, JSON.stringify(created.body)).toBe(302);
    const id = created.location!.split("/")[3].split("?")[0];
    const saved = await post(editRoute, `/mijn/opgaven/${id}`, "unverifiedA", { intent: "save", version: "1", title: "Eigen concept, bijgewerkt" }, { id });
    expect(saved.status, JSON.stringify(saved.body)).toBe(302);
    expect((await row(id)).title).toBe("Eigen concept, bijgewerkt");

    const { params } = personas;
    const mine = ((await get(listRoute, "/mijn/opgaven", "unverifiedA")).body as { items: { id: string }[] }).items.map((i) => i.id);
    expect(mine).toEqual(expect.arrayContaining([id, params.unverifiedDraft, params.unverifiedPublished]));
    expect(mine).not.toContain(params.ownChallenge);
    expect(mine).not.toContain(params.publishedChallenge);
    expect((await get(editRoute, `/mijn/opgaven/${params.ownChallenge}`, "unverifiedA", { id: params.ownChallenge })).status).toBe(404);
    // Their own published challenge: read-only, no lifecycle actions, no submit button.
    const page = await get(editRoute, `/mijn/opgaven/${params.unverifiedPublished}`, "unverifiedA", { id: params.unverifiedPublished });
    expect(page.body).toMatchObject({ editable: false, verified: false, canSubmit: false, lifecycle: [] });
    // Verified colleagues see the body's drafts, the unverified member's too.
    const theirs = ((await get(listRoute, "/mijn/opgaven", "muniA")).body as { items: { id: string }[] }).items.map((i) => i.id);
    expect(theirs).toEqual(expect.arrayContaining([id, params.ownChallenge, params.publishedChallenge]));
  });

  it("cannot change a published challenge, not even their own, in the domain whatever the caller claims", async () => {
    const { params, ids } = personas;
    const current = (await intake.loadOwnChallenge(everything(), params.unverifiedPublished))!;
    const before = await row(params.unverifiedPublished);
    const result = await intake.saveChallenge(claimsVerified(ids.unverifiedA), current, current.version, { ...current.values, title: "Gekaapt", contactEmail: "kaper@example.com" });
    expect(result).toEqual({ ok: false, error: "needsVerification" });
    expect(await row(params.unverifiedPublished)).toMatchObject({ title: before.title, contactEmail: before.contactEmail, version: before.version });
    // The probe's exploit through the route: another member's published challenge is not theirs to open (404).
    const other = await post(editRoute, `/mijn/opgaven/${params.publishedChallenge}`, "unverifiedA", { intent: "save", version: "1", title: "Gekaapt" }, { id: params.publishedChallenge });
    expect(other.status).toBe(404);
    expect((await row(params.publishedChallenge)).title).not.toBe("Gekaapt");
  });

  it("cannot close, pilot, finish or withdraw a challenge of the body", async () => {
    const { params, ids, organisations } = personas;
    for (const name of ["close", "pilot", "finish", "withdraw"] as const) {
      for (const id of [params.unverifiedPublished, params.publishedChallenge, params.unverifiedDraft]) {
        const result = await transitionChallenge(ids.unverifiedA, id, name, { organisationId: organisations.a }, { outcome: "x", lessonsLearned: "y" });
        expect(result, `${name} ${id}`).toEqual({ ok: false, error: "needsVerification" });
      }
    }
    expect((await row(params.unverifiedPublished)).status).toBe("published");
    expect((await row(params.unverifiedDraft)).status).toBe("draft");
    // Through the route: 403 with the reason, before anything else.
    const out = await post(editRoute, `/mijn/opgaven/${params.unverifiedPublished}`, "unverifiedA", { intent: "withdraw", confirm: "on" }, { id: params.unverifiedPublished });
    expect(out.status).toBe(403);
    expect((out.body as { errors: Record<string, string> }).errors.form).toBe("intake.needsVerification");
    // A verified member still can.
    expect(await transitionChallenge(ids.muniA, params.publishedChallenge, "close", { organisationId: organisations.a })).toEqual({ ok: true, to: "closed" });
  });

  it("cannot submit for review, name co-owners or change them", async () => {
    const { params, ids, organisations } = personas;
    const submit = await post(editRoute, `/mijn/opgaven/${params.unverifiedDraft}`, "unverifiedA", { intent: "submit", version: "1", title: "x" }, { id: params.unverifiedDraft });
    expect(submit.status).toBe(403);
    const draft = (await intake.loadOwnChallenge(everything(), params.unverifiedDraft))!;
    const me = claimsVerified(ids.unverifiedA);
    expect(await intake.saveChallenge(me, draft, draft.version, draft.values, { submit: true })).toEqual({ ok: false, error: "needsVerification" });
    const withCoOwner = { ...draft.values, coOwners: [organisations.b] };
    expect(await intake.saveChallenge(me, draft, draft.version, withCoOwner)).toEqual({ ok: false, error: "needsVerification" });
    expect(await intake.createChallenge(me, withCoOwner, crypto.randomUUID())).toEqual({ ok: false, error: "needsVerification", field: "coOwners" });
    const created = await post(newRoute, "/mijn/opgaven/nieuw", "unverifiedA", { intent: "save", creationKey: crypto.randomUUID(), title: "Samen", coOwners: organisations.b });
    expect(created.status).toBe(403);
    expect(await getDb().select().from(s.challenges).where(and(eq(s.challenges.createdByUserId, ids.unverifiedA), eq(s.challenges.title, "Samen")))).toHaveLength(0);
    expect(await row(params.unverifiedDraft)).toMatchObject({ status: "draft", version: draft.version });
  });

  it("cannot mark a solution as interesting for the body, and is told why on the public page", async () => {
    const { params, ids, organisations } = personas;
    const result = await markInterest({ userId: ids.unverifiedA, organisationId: organisations.a }, { challengeId: params.unverifiedPublished, solutionId: params.solutionId });
    expect(result).toEqual({ ok: false, error: "forbidden" });
    expect(await getDb().select().from(s.matches).where(eq(s.matches.challengeId, params.unverifiedPublished))).toHaveLength(0);
    const [c] = await getDb().select({ slug: s.challenges.slug }).from(s.challenges).where(eq(s.challenges.id, params.unverifiedPublished));
    const page = await get(challengePage, `/opgaven/${c.slug}`, "unverifiedA", { slug: c.slug });
    expect((page.body as { viewer: { kind: string } }).viewer.kind).toBe("unverifiedOwner");
    const out = await post(challengePage, `/opgaven/${c.slug}`, "unverifiedA", { intent: "interest", solutionId: params.solutionId }, { slug: c.slug });
    expect(out.status).toBe(403);
  });

  it("is not introduced on the body's behalf, and hears no review outcome of other members' challenges", async () => {
    const { params, ids } = personas;
    // They drafted it, a colleague submitted it: the body speaks through its verified members, not through them.
    const owners = await challengeOwners(getDb(), params.unverifiedPublished);
    expect(owners.map((o) => o.id)).not.toContain(ids.unverifiedA);
    const [staff] = await getDb().select({ id: s.users.id }).from(s.users).where(eq(s.users.platformRole, "hub_staff")).limit(1);
    expect(await transitionChallenge(staff.id, params.ownChallenge, "requestChanges", "staff", { comment: "Graag meer context." })).toEqual({ ok: true, to: "changes_requested" });
    const heard = await getDb()
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.kind, "review_outcome"), sql`${s.notifications.payload}->>'entityId' = ${params.ownChallenge}`));
    expect(heard.map((n) => n.userId)).toContain(ids.muniA);
    expect(heard.map((n) => n.userId)).not.toContain(ids.unverifiedA);
  });

  it("cannot confirm or dispute deployments, nor manage members, even as the body's admin", async () => {
    const { ids, organisations } = personas;
    expect(await decideDeployment(ids.unverifiedA, organisations.a, crypto.randomUUID(), { intent: "confirm" })).toEqual({ ok: false, error: "forbidden" });
    expect(await decideDeployment(ids.muniA, organisations.a, crypto.randomUUID(), { intent: "confirm" })).toEqual({ ok: false, error: "notFound" });
    // The first member to join a body that was not on the platform yet becomes its admin, unverified.
    await getDb()
      .update(s.memberships)
      .set({ role: "admin" })
      .where(and(eq(s.memberships.userId, ids.unverifiedA), eq(s.memberships.organisationId, organisations.a)));
    expect(await changeRole(ids.unverifiedA, organisations.a, ids.muniA, "admin")).toEqual({ ok: false, error: "needsVerification" });
    expect(await removeMember(ids.unverifiedA, organisations.a, ids.muniA)).toEqual({ ok: false, error: "needsVerification" });
    const invite = await post(membersRoute, "/organisatie/leden", "unverifiedA", { intent: "invite", email: "collega@matrix.example", role: "member" });
    expect(invite.status).toBe(403);
    // The member list of the body is not theirs to read: they see themselves, and no admin forms.
    const page = (await get(membersRoute, "/organisatie/leden", "unverifiedA")).body as { isAdmin: boolean; members: { userId: string }[] };
    expect(page.isAdmin).toBe(false);
    expect(page.members.map((m) => m.userId)).toEqual([ids.unverifiedA]);
    await getDb()
      .update(s.memberships)
      .set({ role: "member" })
      .where(and(eq(s.memberships.userId, ids.unverifiedA), eq(s.memberships.organisationId, organisations.a)));
  });

  it("cannot be added to a conversation as a colleague, nor add the body's members to one", async () => {
    const { params, ids } = personas;
    const email = async (id: string) => (await getDb().select({ e: s.users.email }).from(s.users).where(eq(s.users.id, id)))[0].e;
    const thread = { threadId: params.thread, subject: "Test", staff: false };
    expect(await addParticipant({ ...thread, actor: { id: ids.muniA, name: "A" }, email: await email(ids.unverifiedA) })).toEqual({ ok: false, error: "addNotAllowed" });
    expect(await addParticipant({ ...thread, actor: { id: ids.unverifiedA, name: "U" }, email: await email(ids.muniA) })).toEqual({ ok: false, error: "addNotAllowed" });
  });
});
