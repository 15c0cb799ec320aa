/// <reference types="vite/client" />
/**
 * The access-control matrix: every loader and action of every route × five callers, with the expected outcome.
 * A route file without an entry fails the test, so a new route cannot ship without a decision about access.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRequest, run, setupAppEnv, cookieFrom, type Outcome } from "../test/route-harness";

setupAppEnv();
const { createPersonas } = await import("../test/personas");

type Persona = "anonymous" | "muniA" | "muniB" | "company" | "staff";
const PERSONAS: Persona[] = ["anonymous", "muniA", "muniB", "company", "staff"];
/**
 * A sixth caller, checked where a row names it: a member of muniA's body whose membership the hub has not verified
 * yet (the hub's own routes name it, so a pending member is shown to get no further than any other member).
 */
type OptionalPersona = "unverified";
/** ok: served (2xx, or 400 for bad input); login: sent to log in (redirect or 401); deny: 403; home: redirect to /; notfound: 404. */
type Expect = "ok" | "login" | "deny" | "home" | "notfound";
type Row = Record<Persona, Expect> & Partial<Record<OptionalPersona, Expect>>;
const all = (e: Expect): Row => ({ anonymous: e, muniA: e, muniB: e, company: e, staff: e });
const signedIn = (e: Expect, anon: Expect): Row => ({ ...all(e), anonymous: anon });

interface Entry {
  path: (p: Params) => string;
  loader?: Row;
  action?: Row;
  form?: (p: Params) => Record<string, string>;
  /** Route params when the route's dynamic segment is not `slug`. */
  params?: (p: Params) => Record<string, string>;
}
type Params = {
  challenge: string;
  solution: string;
  organisation: string;
  ownChallenge: string;
  solutionId: string;
  ownSolution: string;
  thread: string;
  unverifiedUser: string;
  organisationA: string;
};
/** Challenge intake is for members of public bodies (the company and the hub-partner staff member get 403). */
const intake = (muniB: Expect = "ok"): Row => ({ anonymous: "login", muniA: "ok", muniB, company: "deny", staff: "deny" });
const hubOnly: Row = { anonymous: "login", unverified: "deny", muniA: "deny", muniB: "deny", company: "deny", staff: "ok" };
/** A seeded thread none of the test personas takes part in: only hub staff may read it; others get 404. */
const threadOnly: Row = { anonymous: "login", muniA: "notfound", muniB: "notfound", company: "notfound", staff: "ok" };

const MATRIX: Record<string, Entry> = {
  $: { path: () => "/bestaat-niet", loader: all("notfound") },
  _index: { path: () => "/", loader: all("ok") },
  healthz: { path: () => "/healthz", loader: all("ok") },
  // A static page: no loader or action, nothing to guard.
  toegankelijkheid: { path: () => "/toegankelijkheid" },
  "opgaven._index": { path: () => "/opgaven", loader: all("ok") },
  // Anyone reads a public challenge; responding ("ik kan helpen") needs a company or knowledge institution. The
  // form is invalid on purpose, so the company case changes nothing (400 = served).
  "opgaven.$slug": {
    path: (p) => `/opgaven/${p.challenge}`,
    loader: all("ok"),
    action: { anonymous: "login", muniA: "deny", muniB: "deny", company: "ok", staff: "deny" },
    form: () => ({ intent: "respond", solutionId: "geen-uuid", pitch: "" }),
  },
  "oplossingen._index": { path: () => "/oplossingen", loader: all("ok") },
  "oplossingen.$slug": { path: (p) => `/oplossingen/${p.solution}`, loader: all("ok") },
  "organisaties.$slug": { path: (p) => `/organisaties/${p.organisation}`, loader: all("ok") },
  // Open data: public files and a static page documenting them.
  "open-data._index": { path: () => "/open-data" },
  "open-data.opgaven[.]json": { path: () => "/open-data/opgaven.json", loader: all("ok") },
  "open-data.opgaven[.]atom": { path: () => "/open-data/opgaven.atom", loader: all("ok") },
  taal: { path: () => "/taal", loader: all("home"), action: all("home") },
  inloggen: { path: () => "/inloggen", loader: signedIn("home", "ok"), action: signedIn("home", "ok") },
  "inloggen_.code": { path: () => "/inloggen/code", loader: signedIn("home", "login"), action: all("login") },
  uitloggen: { path: () => "/uitloggen", loader: all("home"), action: all("home") },
  registreren: { path: () => "/registreren", loader: signedIn("home", "ok"), action: signedIn("home", "ok") },
  "e-mail-bevestigen": { path: () => "/e-mail-bevestigen?token=x", loader: all("ok"), action: all("ok") },
  "wachtwoord-vergeten": { path: () => "/wachtwoord-vergeten", loader: all("ok"), action: all("ok") },
  "wachtwoord-herstellen": { path: () => "/wachtwoord-herstellen?token=x", loader: all("ok"), action: all("ok") },
  "ontwikkeling.mail": { path: () => "/ontwikkeling/mail", loader: all("ok") },
  "account._index": { path: () => "/account", loader: signedIn("ok", "login"), action: signedIn("ok", "login") },
  "account.gegevens": { path: () => "/account/gegevens", loader: signedIn("ok", "login") },
  "account.verwijderen": { path: () => "/account/verwijderen", loader: signedIn("ok", "login"), action: signedIn("ok", "login") },
  "account.tweestapsverificatie": {
    path: () => "/account/tweestapsverificatie",
    loader: signedIn("ok", "login"),
    action: signedIn("ok", "login"),
  },
  // Members see the list; only an organisation admin may invite, change roles or remove (all personas are members).
  "organisatie.leden": {
    path: () => "/organisatie/leden",
    loader: signedIn("ok", "login"),
    action: signedIn("deny", "login"),
    form: () => ({ intent: "invite", email: "nieuw@matrix.example", role: "member" }),
  },
  uitnodiging: { path: () => "/uitnodiging?token=x", loader: signedIn("ok", "login"), action: signedIn("ok", "login"), form: () => ({ token: "x" }) },
  // Hub staff only; the action is a rejection without a reason, so the staff case changes nothing (400 = served).
  // The pending member may not decide on their own membership either.
  "hub.verificatie": {
    path: () => "/hub/verificatie",
    loader: hubOnly,
    action: hubOnly,
    form: (p) => ({ intent: "reject", userId: p.unverifiedUser, organisationId: p.organisationA, reason: "" }),
  },
  "mijn.opgaven._index": { path: () => "/mijn/opgaven", loader: intake() },
  // Drafting with an empty title: 400 for members of public bodies, nothing created.
  "mijn.opgaven.nieuw": { path: () => "/mijn/opgaven/nieuw", loader: intake(), action: intake(), form: () => ({ intent: "save", title: "" }) },
  // Only the owner's (and co-owners') members: another municipality gets 404. The action's intent is unknown (400).
  "mijn.opgaven.$id": {
    path: (p) => `/mijn/opgaven/${p.ownChallenge}`,
    params: (p) => ({ id: p.ownChallenge }),
    loader: intake("notfound"),
    action: intake("notfound"),
    form: () => ({ intent: "onbekend" }),
  },
  "mijn.opgaven.suggesties": { path: () => "/mijn/opgaven/suggesties?title=hittestress", loader: intake() },
  // The hub's home: hub roles only, like every hub page.
  "hub._index": { path: () => "/hub", loader: hubOnly },
  "hub.beoordeling._index": { path: () => "/hub/beoordeling", loader: hubOnly },
  "hub.beoordeling.opgaven._index": { path: () => "/hub/beoordeling/opgaven", loader: hubOnly },
  // Staff: a request for changes without a comment is refused (400), so the challenge stays submitted.
  "hub.beoordeling.opgaven.$id": {
    path: (p) => `/hub/beoordeling/opgaven/${p.ownChallenge}`,
    params: (p) => ({ id: p.ownChallenge }),
    loader: hubOnly,
    action: hubOnly,
    form: () => ({ intent: "requestChanges", comment: "" }),
  },
  resultaten: { path: () => "/resultaten", loader: all("ok") },
  // Solution intake: members of a company or knowledge institution only. The actions add a deployment row,
  // which re-renders the form and writes nothing.
  "mijn.oplossingen._index": { path: () => "/mijn/oplossingen", loader: { anonymous: "login", muniA: "deny", muniB: "deny", company: "ok", staff: "deny" } },
  "mijn.oplossingen.nieuw": {
    path: () => "/mijn/oplossingen/nieuw",
    loader: { anonymous: "login", muniA: "deny", muniB: "deny", company: "ok", staff: "deny" },
    action: { anonymous: "login", muniA: "deny", muniB: "deny", company: "ok", staff: "deny" },
    form: () => ({ intent: "add-deployment", title: "x" }),
  },
  "mijn.oplossingen.$id": {
    path: (p) => `/mijn/oplossingen/${p.ownSolution}`,
    params: (p) => ({ id: p.ownSolution }),
    loader: { anonymous: "login", muniA: "deny", muniB: "deny", company: "ok", staff: "deny" },
    action: { anonymous: "login", muniA: "deny", muniB: "deny", company: "ok", staff: "deny" },
    form: () => ({ intent: "add-deployment", version: "1", title: "x" }),
  },
  // Verified members of a municipality or province; the action's deployment id is invalid (400 = served).
  "mijn.vermeldingen": {
    path: () => "/mijn/vermeldingen",
    loader: { anonymous: "login", muniA: "ok", muniB: "ok", company: "deny", staff: "deny" },
    action: { anonymous: "login", muniA: "ok", muniB: "ok", company: "deny", staff: "deny" },
    form: () => ({ intent: "confirm", deploymentId: "geen-uuid" }),
  },
  // Solution review: hub staff only; the action lacks the required comment (400 = served, nothing changes).
  "hub.beoordeling.oplossingen._index": {
    path: () => "/hub/beoordeling/oplossingen",
    loader: hubOnly,
  },
  "hub.beoordeling.oplossingen.$id": {
    path: (p) => `/hub/beoordeling/oplossingen/${p.solutionId}`,
    params: (p) => ({ id: p.solutionId }),
    loader: hubOnly,
    action: hubOnly,
    form: () => ({ intent: "request_changes", version: "1", comment: "" }),
  },
  // The brokering pipeline: hub staff only. The matrix passes no match id, so the detail page is a 404 for staff.
  "hub.matches._index": {
    path: () => "/hub/matches?weergave=bord",
    loader: { anonymous: "login", muniA: "deny", muniB: "deny", company: "deny", staff: "ok" },
    action: { anonymous: "login", muniA: "deny", muniB: "deny", company: "deny", staff: "ok" },
    form: () => ({ intent: "bulk", to: "screening" }),
  },
  "hub.matches.$id": {
    path: () => "/hub/matches/00000000-0000-4000-8000-000000000000",
    loader: { anonymous: "login", muniA: "deny", muniB: "deny", company: "deny", staff: "notfound" },
    action: { anonymous: "login", muniA: "deny", muniB: "deny", company: "deny", staff: "notfound" },
    form: () => ({ intent: "note", body: "x" }),
  },
  "hub.matches.nieuw": {
    path: () => "/hub/matches/nieuw",
    loader: { anonymous: "login", muniA: "deny", muniB: "deny", company: "deny", staff: "ok" },
    action: { anonymous: "login", muniA: "deny", muniB: "deny", company: "deny", staff: "ok" },
    form: () => ({ challengeId: "geen-uuid", solutionId: "geen-uuid" }),
  },
  // Brokers read the thresholds; only a hub admin changes them (the staff persona is hub staff).
  "hub.matches.instellingen": {
    path: () => "/hub/matches/instellingen",
    loader: { anonymous: "login", muniA: "deny", muniB: "deny", company: "deny", staff: "ok" },
    action: { anonymous: "login", muniA: "deny", muniB: "deny", company: "deny", staff: "deny" },
    form: () => ({ interest: "3" }),
  },
  "organisatie.kiezen": { path: () => "/organisatie/kiezen", loader: signedIn("ok", "login"), action: signedIn("ok", "login") },
  "berichten._index": { path: () => "/berichten", loader: signedIn("ok", "login") },
  // The staff case posts an empty reply (400 = served), so the matrix changes nothing.
  "berichten.$id": {
    path: (p) => `/berichten/${p.thread}`,
    params: (p) => ({ id: p.thread }),
    loader: threadOnly,
    action: threadOnly,
    form: () => ({ intent: "reply", body: "", idempotencyKey: "matrix-key-0001" }),
  },
  "berichten.$id.events": { path: (p) => `/berichten/${p.thread}/events`, params: (p) => ({ id: p.thread }), loader: threadOnly },
  meldingen: { path: () => "/meldingen", loader: signedIn("ok", "login"), action: signedIn("ok", "login") },
  // The bell's count for the header script: a plain 401 for anonymous callers.
  "meldingen.aantal": { path: () => "/meldingen/aantal", loader: signedIn("ok", "login") },
  "account.meldingen": { path: () => "/account/meldingen", loader: signedIn("ok", "login"), action: signedIn("ok", "login") },
};

const routesDir = path.dirname(fileURLToPath(import.meta.url));
const routeFiles = readdirSync(routesDir)
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"))
  .map((f) => f.replace(/\.tsx?$/, ""));
const modules = import.meta.glob<{ loader?: (a: unknown) => unknown; action?: (a: unknown) => unknown }>(["./*.ts", "./*.tsx", "!./*.test.ts"]);

function classify(o: Outcome): Expect {
  if (o.status === 401 || (o.location ?? "").startsWith("/inloggen")) return "login";
  if (o.status === 403) return "deny";
  if (o.status === 404) return "notfound";
  if (o.location === "/" || o.location?.startsWith("/?")) return "home";
  return "ok";
}

/** An event stream (text/event-stream) stays open until cancelled: close it so the run leaves nothing behind. */
async function cancelStream(outcome: Outcome) {
  if (outcome.headers.get("Content-Type")?.startsWith("text/event-stream")) await outcome.response?.body?.cancel();
}

let personas: Awaited<ReturnType<typeof createPersonas>>;
beforeAll(async () => {
  personas = await createPersonas();
});
afterAll(async () => {
  await personas?.close();
});

describe("access-control matrix", () => {
  it("has an entry for every route file, and no entry without a file", () => {
    expect(routeFiles.filter((f) => !(f in MATRIX)), "routes without a matrix entry").toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !routeFiles.includes(k)), "matrix entries without a route").toEqual([]);
  });

  it("lists a row exactly for each loader and action a route exports", async () => {
    for (const name of routeFiles) {
      const mod = await modules[`./${name}.tsx`]?.() ?? (await modules[`./${name}.ts`]?.());
      expect(!!MATRIX[name]?.loader, `${name} loader`).toBe(typeof mod?.loader === "function");
      expect(!!MATRIX[name]?.action, `${name} action`).toBe(typeof mod?.action === "function");
    }
  });

  for (const [name, entry] of Object.entries(MATRIX)) {
    for (const kind of ["loader", "action"] as const) {
      const row = entry[kind];
      if (!row) continue;
      it(`${name} ${kind}`, async () => {
        const mod = (await modules[`./${name}.tsx`]?.()) ?? (await modules[`./${name}.ts`]?.());
        const fn = mod?.[kind];
        expect(fn, `${name} exports ${kind}`).toBeTypeOf("function");
        const got: Partial<Row> = {};
        const optional = (["unverified"] as const).filter((p) => p in row);
        for (const persona of [...PERSONAS, ...optional]) {
          const cookie = persona === "anonymous" ? null : cookieFrom(await personas.freshSession(persona));
          const url = entry.path(personas.params);
          const request = makeRequest(url, kind === "action" ? { cookie, form: entry.form?.(personas.params) ?? {} } : { cookie });
          const params = entry.params?.(personas.params) ?? { slug: url.split("/")[2]?.split("?")[0] ?? "" };
          const outcome = await run(() => fn!({ request, params, context: {} }));
          got[persona] = classify(outcome);
          await cancelStream(outcome);
        }
        expect(got).toEqual(row);
      });
    }
  }
});
