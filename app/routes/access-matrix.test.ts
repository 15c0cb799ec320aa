/// <reference types="vite/client" />
/**
 * The access-control matrix: every loader and action of every route × six callers, with the exact expected outcome.
 * A route file without an entry fails the test, so a new route cannot ship without a decision about access.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRequest, run, setupAppEnv, cookieFrom, type Outcome } from "../test/route-harness";

setupAppEnv();
const { createPersonas } = await import("../test/personas");

/**
 * unverifiedA is an unverified member of municipality A (anyone can join a public body at /organisatie/kiezen; the
 * hub verifies later, ADR 0015). It runs before muniA, so a case that muniA's success changes (a save, a status
 * change) is still in the state the unverified member would find.
 */
type Persona = "anonymous" | "unverifiedA" | "muniA" | "muniB" | "company" | "staff" | "partner";
const PERSONAS: Persona[] = ["anonymous", "unverifiedA", "muniA", "muniB", "company", "staff", "partner"];
/**
 * ok: served (2xx only); bad: 400 for invalid input (served, nothing changes); conflict: 409 (a stale version, only
 * where a case expects it); login: sent to log in (redirect to /inloggen or 401); deny: 403; home: redirect to /;
 * notfound: 404; `to:<path>`: a redirect to that path (without query). Anything else (a 500, a 429, a redirect
 * elsewhere) is `status:<n>` or `to:<path>` and matches no row by accident.
 */
type Expect = "ok" | "bad" | "conflict" | "login" | "deny" | "home" | "notfound" | "self" | `to:${string}` | `status:${number}`;
/**
 * In a row, `self` is a redirect back to the requested page, and `:id` in a `to:` path stands for a UUID.
 * `partner` is a member of a hub partner organisation without a hub role (ADR 0025). The staff persona is a member
 * of a hub partner too, so outside the hub the two are served alike: a row without `partner` expects what it
 * expects for `staff`. Every hub row (hubOnly, threadOnly, the pipeline's rows, the EDIH report) says `partner`.
 */
type Row = Record<Exclude<Persona, "partner">, Expect> & { partner?: Expect };
const withPartner = (row: Row): Required<Row> => ({ ...row, partner: row.partner ?? row.staff });
const all = (e: Expect): Row => ({ anonymous: e, unverifiedA: e, muniA: e, muniB: e, company: e, staff: e });
const signedIn = (e: Expect, anon: Expect): Row => ({ ...all(e), anonymous: anon });

interface Entry {
  path: (p: Params) => string;
  loader?: Row;
  action?: Row;
  form?: (p: Params) => Record<string, string>;
  /** Route params when the route's dynamic segment is not `slug`. */
  params?: (p: Params) => Record<string, string>;
}
type Params = Awaited<ReturnType<typeof import("../test/personas").createPersonas>>["params"];
/**
 * Challenge intake is for members of public bodies (the company and the hub-partner staff member get 403). An
 * unverified member reads only the challenges they created themselves: another member's record is a 404 to them.
 */
const intake = (muniB: Expect = "ok", unverifiedA: Expect = "ok", muniA: Expect = "ok"): Row => ({ anonymous: "login", unverifiedA, muniA, muniB, company: "deny", staff: "deny" });
const hubOnly: Row = { anonymous: "login", muniA: "deny", unverifiedA: "deny", muniB: "deny", company: "deny", staff: "ok", partner: "deny" };
/** Hub staff only, and the staff case's form is invalid on purpose (400: served, nothing changes). */
const hubOnlyBad: Row = { ...hubOnly, staff: "bad" };
/** A seeded thread none of the test personas takes part in: only hub staff may read it; others get 404. */
const threadOnly: Row = { anonymous: "login", muniA: "notfound", unverifiedA: "notfound", muniB: "notfound", company: "notfound", staff: "ok", partner: "notfound" };

/**
 * The owner's edit page: A's members; B gets 404 (not its record); company and hub staff 403 (not a public body).
 * muniA's outcome is given where it is not a plain 2xx: `self` (saved, back to the record), 400 or a stale 409.
 */
const owner = (unverifiedA: Expect, muniA: Expect = "ok"): Row => ({ anonymous: "login", unverifiedA, muniA, muniB: "notfound", company: "deny", staff: "deny" });

/** A consultation report: the owning body's verified members and hub staff. */
const reportRow: Row = { anonymous: "login", unverifiedA: "deny", muniA: "ok", muniB: "deny", company: "deny", staff: "ok", partner: "deny" };

const MATRIX: Record<string, Entry> = {
  $: { path: () => "/bestaat-niet", loader: all("notfound") },
  _index: { path: () => "/", loader: all("ok") },
  healthz: { path: () => "/healthz", loader: all("ok") },
  // The trust pages: public, read-only (the loader reads configuration, no personal data).
  toegankelijkheid: { path: () => "/toegankelijkheid", loader: all("ok") },
  privacy: { path: () => "/privacy", loader: all("ok") },
  contact: { path: () => "/contact", loader: all("ok") },
  "opgaven._index": { path: () => "/opgaven", loader: all("ok") },
  // Anyone reads a public challenge; responding ("ik kan helpen") needs a company or knowledge institution. The
  // form is invalid on purpose, so the company case changes nothing (400 = served).
  "opgaven.$slug": {
    path: (p) => `/opgaven/${p.challenge}`,
    loader: all("ok"),
    action: { anonymous: "login", muniA: "deny", unverifiedA: "deny", muniB: "deny", company: "bad", staff: "deny" },
    form: () => ({ intent: "respond", solutionId: "geen-uuid", pitch: "" }),
  },
  // "Wij ook" (issue 17): any signed-in caller reads the page (it says why they cannot join); only a verified member
  // of another public body may join. The form lacks a volume, so muniB's case saves nothing (400).
  "opgaven.$slug_.wij-ook": {
    path: (p) => `/opgaven/${p.publishedChallengeSlug}/wij-ook`,
    loader: signedIn("ok", "login"),
    action: { anonymous: "login", unverifiedA: "deny", muniA: "deny", muniB: "bad", company: "deny", staff: "deny" },
    form: () => ({ intent: "join", volume: "", unit: "residents" }),
  },
  "oplossingen._index": { path: () => "/oplossingen", loader: all("ok") },
  "oplossingen.$slug": { path: (p) => `/oplossingen/${p.solution}`, loader: all("ok") },
  "organisaties.$slug": { path: (p) => `/organisaties/${p.organisation}`, loader: all("ok") },
  // Open data: public files and a static page documenting them.
  "open-data._index": { path: () => "/open-data" },
  "open-data.opgaven[.]json": { path: () => "/open-data/opgaven.json", loader: all("ok") },
  "open-data.opgaven[.]atom": { path: () => "/open-data/opgaven.atom", loader: all("ok") },
  taal: { path: () => "/taal", loader: all("home"), action: all("home") },
  // The actions below post an empty form: 400 where the caller may use them.
  inloggen: { path: () => "/inloggen", loader: signedIn("home", "ok"), action: signedIn("home", "bad") },
  "inloggen_.code": { path: () => "/inloggen/code", loader: signedIn("home", "login"), action: all("login") },
  uitloggen: { path: () => "/uitloggen", loader: all("home"), action: all("home") },
  registreren: { path: () => "/registreren", loader: signedIn("home", "ok"), action: signedIn("home", "bad") },
  "e-mail-bevestigen": { path: () => "/e-mail-bevestigen?token=x", loader: all("ok"), action: all("bad") },
  "wachtwoord-vergeten": { path: () => "/wachtwoord-vergeten", loader: all("ok"), action: all("bad") },
  "wachtwoord-herstellen": { path: () => "/wachtwoord-herstellen?token=x", loader: all("ok"), action: all("bad") },
  "ontwikkeling.mail": { path: () => "/ontwikkeling/mail", loader: all("ok") },
  "account._index": { path: () => "/account", loader: signedIn("ok", "login"), action: signedIn("bad", "login") },
  "account.gegevens": { path: () => "/account/gegevens", loader: signedIn("ok", "login") },
  "account.verwijderen": { path: () => "/account/verwijderen", loader: signedIn("ok", "login"), action: signedIn("bad", "login") },
  "account.tweestapsverificatie": {
    path: () => "/account/tweestapsverificatie",
    loader: signedIn("ok", "login"),
    action: signedIn("bad", "login"),
  },
  // Members see the list; only an organisation admin may invite, change roles or remove (all personas are members).
  "organisatie.leden": {
    path: () => "/organisatie/leden",
    loader: signedIn("ok", "login"),
    action: signedIn("deny", "login"),
    form: () => ({ intent: "invite", email: "nieuw@matrix.example", role: "member" }),
  },
  uitnodiging: { path: () => "/uitnodiging?token=x", loader: signedIn("ok", "login"), action: signedIn("bad", "login"), form: () => ({ token: "x" }) },
  // Hub staff only; the action is a rejection without a reason, so the staff case changes nothing (400).
  // The pending member may not decide on their own membership either.
  "hub.verificatie": {
    path: () => "/hub/verificatie",
    loader: hubOnly,
    action: hubOnlyBad,
    form: (p) => ({ intent: "reject", userId: p.unverifiedUser, organisationId: p.organisationA, reason: "" }),
  },
  "mijn.opgaven._index": { path: () => "/mijn/opgaven", loader: intake() },
  // Drafting with an empty title: 400 for members of public bodies, nothing created.
  "mijn.opgaven.nieuw": { path: () => "/mijn/opgaven/nieuw", loader: intake(), action: intake("bad", "bad", "bad"), form: () => ({ intent: "save", title: "" }) },
  // Only the owner's (and co-owners') members: another municipality gets 404, and so does an unverified member of
  // the owner (the challenge is another member's). The action's intent is unknown (400).
  "mijn.opgaven.$id": {
    path: (p) => `/mijn/opgaven/${p.ownChallenge}`,
    params: (p) => ({ id: p.ownChallenge }),
    loader: intake("notfound", "notfound"),
    action: intake("notfound", "notfound", "bad"),
    form: () => ({ intent: "onbekend" }),
  },
  // Procurement (issue 17): verified members of the owning body only; the unverified member may not speak for it
  // (403 before the record is read), another body gets 404. The forms are invalid on purpose (400, nothing saved).
  "mijn.opgaven.$id_.inkoop": {
    path: (p) => `/mijn/opgaven/${p.ownChallenge}/inkoop`,
    params: (p) => ({ id: p.ownChallenge }),
    loader: owner("deny"),
    action: owner("deny", "bad"),
    form: () => ({ intent: "advise", valueEur: "" }),
  },
  "mijn.opgaven.$id_.consultatie": {
    path: (p) => `/mijn/opgaven/${p.publishedChallenge}/consultatie`,
    params: (p) => ({ id: p.publishedChallenge }),
    loader: owner("deny"),
    action: owner("deny", "bad"),
    form: () => ({ intent: "answer", questionId: "geen-uuid", answer: "" }),
  },
  // Everyone reads the consultation's status; only members of companies and knowledge institutions register and ask
  // (an empty question: 400, nothing saved).
  "opgaven.$slug_.consultatie": {
    path: (p) => `/opgaven/${p.publishedChallengeSlug}/consultatie`,
    loader: all("ok"),
    action: { anonymous: "login", unverifiedA: "deny", muniA: "deny", muniB: "deny", company: "bad", staff: "deny" },
    form: () => ({ intent: "ask", question: "" }),
  },
  // The report of a closed consultation and its DOCX: the owning body's verified members and hub staff.
  "opgaven.$slug_.consultatie_.verslag": { path: (p) => `/opgaven/${p.endedConsultationSlug}/consultatie/verslag`, loader: reportRow },
  "opgaven.$slug_.consultatie_.verslag[.]docx": { path: (p) => `/opgaven/${p.endedConsultationSlug}/consultatie/verslag.docx`, loader: reportRow },
  "mijn.opgaven.suggesties": { path: () => "/mijn/opgaven/suggesties?title=hittestress", loader: intake() },
  // The hub's home: hub roles only, like every hub page.
  "hub._index": { path: () => "/hub", loader: hubOnly },
  // Insight in pictures and its CSV: hub roles only.
  "hub.inzicht": { path: () => "/hub/inzicht?provincie=PV27", loader: hubOnly },
  "hub.inzicht[.]csv": { path: () => "/hub/inzicht.csv?thema=zorg", loader: hubOnly },
  // The hub team: hub roles read it; only a hub admin invites (the staff persona is hub staff: 403).
  "hub.team": {
    path: () => "/hub/team",
    loader: hubOnly,
    action: { ...hubOnly, staff: "deny" },
    form: () => ({ intent: "invite", email: "nieuwe-makelaar@matrix.example", role: "hub_staff" }),
  },
  // EDIH services and maturity (ADR 0025): hub roles only; the actions post an empty add/record form (400). A hub
  // partner's member without a hub role gets 403 (hubOnly); their own-rows view is checked in app/domain/edih/*.test.ts.
  "hub.diensten": { path: () => "/hub/diensten", loader: hubOnly, action: hubOnlyBad, form: () => ({ intent: "add" }) },
  "hub.dma": { path: () => "/hub/dma", loader: hubOnly, action: hubOnlyBad, form: () => ({ intent: "assessment" }) },
  // The EDIH report and its exports: hub roles, and a hub partner's members for their own rows plus the hub total.
  "hub.rapportage": { path: () => "/hub/rapportage?periode=m18", loader: { ...hubOnly, partner: "ok" } },
  "hub.rapportage_.export": { path: () => "/hub/rapportage/export?tabel=werkmap&periode=2026-Q4", loader: { ...hubOnly, partner: "ok" } },
  // Clusters of similar open challenges (issue 17): hub roles only; proposing without valid challenges is a 400.
  "hub.clusters": { path: () => "/hub/clusters", loader: hubOnly, action: hubOnlyBad, form: () => ({ challengeId: "geen-uuid" }) },
  "hub.beoordeling._index": { path: () => "/hub/beoordeling", loader: hubOnly },
  "hub.beoordeling.opgaven._index": { path: () => "/hub/beoordeling/opgaven", loader: hubOnly },
  // Staff: a request for changes without a comment is refused (400), so the challenge stays submitted.
  "hub.beoordeling.opgaven.$id": {
    path: (p) => `/hub/beoordeling/opgaven/${p.ownChallenge}`,
    params: (p) => ({ id: p.ownChallenge }),
    loader: hubOnly,
    action: hubOnlyBad,
    form: () => ({ intent: "requestChanges", comment: "" }),
  },
  resultaten: { path: () => "/resultaten", loader: all("ok") },
  // Solution intake: members of a company or knowledge institution only. The actions add a deployment row,
  // which re-renders the form and writes nothing.
  "mijn.oplossingen._index": { path: () => "/mijn/oplossingen", loader: { anonymous: "login", muniA: "deny", unverifiedA: "deny", muniB: "deny", company: "ok", staff: "deny" } },
  "mijn.oplossingen.nieuw": {
    path: () => "/mijn/oplossingen/nieuw",
    loader: { anonymous: "login", muniA: "deny", unverifiedA: "deny", muniB: "deny", company: "ok", staff: "deny" },
    action: { anonymous: "login", muniA: "deny", unverifiedA: "deny", muniB: "deny", company: "ok", staff: "deny" },
    form: () => ({ intent: "add-deployment", title: "x" }),
  },
  "mijn.oplossingen.$id": {
    path: (p) => `/mijn/oplossingen/${p.ownSolution}`,
    params: (p) => ({ id: p.ownSolution }),
    loader: { anonymous: "login", muniA: "deny", unverifiedA: "deny", muniB: "deny", company: "ok", staff: "deny" },
    action: { anonymous: "login", muniA: "deny", unverifiedA: "deny", muniB: "deny", company: "ok", staff: "deny" },
    form: () => ({ intent: "add-deployment", version: "1", title: "x" }),
  },
  // Verified members of a municipality or province; the action's deployment id is invalid (400 = served).
  "mijn.vermeldingen": {
    path: () => "/mijn/vermeldingen",
    loader: { anonymous: "login", muniA: "ok", unverifiedA: "deny", muniB: "ok", company: "deny", staff: "deny" },
    action: { anonymous: "login", muniA: "bad", unverifiedA: "deny", muniB: "bad", company: "deny", staff: "deny" },
    form: () => ({ intent: "confirm", deploymentId: "geen-uuid" }),
  },
  // "Gluren bij de buren": verified members of a municipality or province; the empty question is a 400.
  "mijn.buren": {
    path: () => "/mijn/buren",
    loader: { anonymous: "login", muniA: "ok", unverifiedA: "deny", muniB: "ok", company: "deny", staff: "deny" },
    action: { anonymous: "login", muniA: "bad", unverifiedA: "deny", muniB: "bad", company: "deny", staff: "deny" },
    form: () => ({ deploymentId: "geen-uuid", body: "" }),
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
    action: hubOnlyBad,
    form: () => ({ intent: "request_changes", version: "1", comment: "" }),
  },
  // The brokering pipeline: hub staff only. The matrix passes no match id, so the detail page is a 404 for staff.
  "hub.matches._index": {
    path: () => "/hub/matches?weergave=bord",
    loader: { anonymous: "login", muniA: "deny", unverifiedA: "deny", muniB: "deny", company: "deny", staff: "ok", partner: "deny" },
    action: hubOnlyBad,
    form: () => ({ intent: "bulk", to: "screening" }),
  },
  "hub.matches.$id": {
    path: () => "/hub/matches/00000000-0000-4000-8000-000000000000",
    loader: { anonymous: "login", muniA: "deny", unverifiedA: "deny", muniB: "deny", company: "deny", staff: "notfound", partner: "deny" },
    action: { anonymous: "login", muniA: "deny", unverifiedA: "deny", muniB: "deny", company: "deny", staff: "notfound", partner: "deny" },
    form: () => ({ intent: "note", body: "x" }),
  },
  "hub.matches.nieuw": {
    path: () => "/hub/matches/nieuw",
    loader: { anonymous: "login", muniA: "deny", unverifiedA: "deny", muniB: "deny", company: "deny", staff: "ok", partner: "deny" },
    action: hubOnlyBad,
    form: () => ({ challengeId: "geen-uuid", solutionId: "geen-uuid" }),
  },
  // Brokers read the thresholds; only a hub admin changes them (the staff persona is hub staff).
  "hub.matches.instellingen": {
    path: () => "/hub/matches/instellingen",
    loader: { anonymous: "login", muniA: "deny", unverifiedA: "deny", muniB: "deny", company: "deny", staff: "ok", partner: "deny" },
    action: { anonymous: "login", muniA: "deny", unverifiedA: "deny", muniB: "deny", company: "deny", staff: "deny", partner: "deny" },
    form: () => ({ interest: "3" }),
  },
  "organisatie.kiezen": { path: () => "/organisatie/kiezen", loader: signedIn("ok", "login"), action: signedIn("bad", "login") },
  "organisatie.volgende-stap": { path: () => "/organisatie/volgende-stap", loader: signedIn("ok", "login") },
  "berichten._index": { path: () => "/berichten", loader: signedIn("ok", "login") },
  // The staff case posts an empty reply (400 = served), so the matrix changes nothing.
  "berichten.$id": {
    path: (p) => `/berichten/${p.thread}`,
    params: (p) => ({ id: p.thread }),
    loader: threadOnly,
    action: { ...threadOnly, staff: "bad" },
    form: () => ({ intent: "reply", body: "", idempotencyKey: "matrix-key-0001" }),
  },
  "berichten.$id.events": { path: (p) => `/berichten/${p.thread}/events`, params: (p) => ({ id: p.thread }), loader: threadOnly },
  meldingen: { path: () => "/meldingen", loader: signedIn("ok", "login"), action: signedIn("bad", "login") },
  // The bell's count for the header script: a plain 401 for anonymous callers.
  "meldingen.aantal": { path: () => "/meldingen/aantal", loader: signedIn("ok", "login") },
  // Judging a suggestion: hub staff and who speaks for the challenge (A's verified member) or the solution; the
  // verdict is missing on purpose (400 = served, nothing saved). Others, the unverified member among them: 403.
  "suggesties.oordeel": {
    path: () => "/suggesties/oordeel",
    action: { anonymous: "login", unverifiedA: "deny", muniA: "bad", muniB: "deny", company: "deny", staff: "bad", partner: "deny" },
    form: (p) => ({ challengeId: p.publishedChallenge, solutionId: p.otherSolution, verdict: "", reason: "" }),
  },
  // Followed searches (issue 17): every signed-in user manages their own; the empty form is a 400.
  "account.zoekopdrachten": { path: () => "/account/zoekopdrachten?volg=opgaven&q=hitte", loader: signedIn("ok", "login"), action: signedIn("bad", "login") },
  // Unsubscribing from a mail needs no login, only the alert's signed token: a bad token is a 400 for everyone.
  "zoekopdracht-afmelden": { path: () => "/zoekopdracht-afmelden?token=x", loader: all("bad"), action: all("bad") },
  "account.meldingen": { path: () => "/account/meldingen", loader: signedIn("ok", "login"), action: signedIn("bad", "login") },
};


/**
 * More cases for routes whose one entry above cannot show every decision: the same loader or action on another
 * record or with another intent. Above all the outside probe's exploit (ADR 0015): an unverified member of the
 * owning body editing a published challenge (title, contact) or changing its status. Cases run in this order, and
 * within a case unverifiedA runs before muniA, whose successful saves and status changes the later cases expect.
 */
interface Case {
  route: string;
  name: string;
  kind: "loader" | "action";
  path: (p: Params) => string;
  params?: (p: Params) => Record<string, string>;
  form?: (p: Params) => Record<string, string>;
  row: Row;
}
const onRecord = (key: "publishedChallenge" | "unverifiedPublished" | "unverifiedDraft") => ({
  route: "mijn.opgaven.$id",
  path: (p: Params) => `/mijn/opgaven/${p[key]}`,
  params: (p: Params) => ({ id: p[key] }),
});
const CASES: Case[] = [
  // Procurement (issue 17): a route cannot be chosen before the questions are answered (400); an open
  // consultation has no report yet (the page says so; the DOCX is a 404).
  {
    route: "mijn.opgaven.$id_.inkoop",
    name: "choose a route without answers",
    kind: "action",
    path: (p) => `/mijn/opgaven/${p.ownChallenge}/inkoop`,
    params: (p) => ({ id: p.ownChallenge }),
    form: () => ({ intent: "choose", route: "sbir" }),
    row: owner("deny", "bad"),
  },
  { route: "opgaven.$slug_.consultatie_.verslag", name: "report of an open consultation", kind: "loader", path: (p) => `/opgaven/${p.publishedChallengeSlug}/consultatie/verslag`, row: reportRow },
  {
    route: "opgaven.$slug_.consultatie_.verslag[.]docx",
    name: "DOCX of an open consultation",
    kind: "loader",
    path: (p) => `/opgaven/${p.publishedChallengeSlug}/consultatie/verslag.docx`,
    row: { ...reportRow, muniA: "notfound", staff: "notfound" },
  },
  // Another member's published challenge: invisible to the unverified member (404), editable by verified members.
  { ...onRecord("publishedChallenge"), name: "another member's published challenge: read", kind: "loader", row: owner("notfound") },
  {
    ...onRecord("publishedChallenge"),
    name: "another member's published challenge: change title and contact e-mail",
    kind: "action",
    form: () => ({ intent: "save", version: "1", title: "Gekaapte titel", contactEmail: "kaper@example.com" }),
    row: owner("notfound", "self"),
  },
  { ...onRecord("publishedChallenge"), name: "another member's published challenge: close", kind: "action", form: () => ({ intent: "close" }), row: owner("notfound", "self") },
  // "Interessant" on the public page speaks for the body: the unverified member gets 403 (the form is invalid, so
  // the cases that pass the access check answer 400 and change nothing).
  {
    route: "opgaven.$slug",
    name: "owner interest on the body's published challenge",
    kind: "action",
    path: (p) => `/opgaven/${p.publishedChallengeSlug}`,
    params: (p) => ({ slug: p.publishedChallengeSlug }),
    form: () => ({ intent: "interest", solutionId: "geen-uuid" }),
    row: { anonymous: "login", unverifiedA: "deny", muniA: "bad", muniB: "bad", company: "bad", staff: "bad" },
  },
  // Withdrawing a "wij ook" speaks for the body too: only verified members of a public body (nothing to withdraw: 200).
  {
    route: "opgaven.$slug_.wij-ook",
    name: "withdraw a wij ook",
    kind: "action",
    path: (p) => `/opgaven/${p.publishedChallengeSlug}/wij-ook`,
    form: () => ({ intent: "withdraw" }),
    row: { anonymous: "login", unverifiedA: "deny", muniA: "ok", muniB: "ok", company: "deny", staff: "deny" },
  },
  // Nobody changes or stops an alert that is not theirs (a random id: 404, nothing changes).
  {
    route: "account.zoekopdrachten",
    name: "stop someone else's alert",
    kind: "action",
    path: () => "/account/zoekopdrachten",
    form: () => ({ intent: "delete", id: "00000000-0000-4000-8000-000000000000" }),
    row: signedIn("notfound", "login"),
  },
  // The unverified member's own challenge, published after a verified colleague submitted it: readable, not
  // changeable by them (403); verified members of the body still edit and manage it.
  { ...onRecord("unverifiedPublished"), name: "own published challenge: read", kind: "loader", row: owner("ok") },
  {
    ...onRecord("unverifiedPublished"),
    name: "own published challenge: change title",
    kind: "action",
    form: () => ({ intent: "save", version: "1", title: "Gekaapte titel" }),
    row: owner("deny", "self"),
  },
  { ...onRecord("unverifiedPublished"), name: "own published challenge: close", kind: "action", form: () => ({ intent: "close" }), row: owner("deny", "self") },
  { ...onRecord("unverifiedPublished"), name: "own published challenge: in pilot", kind: "action", form: () => ({ intent: "pilot" }), row: owner("deny", "self") },
  // Without the required fields: 403 for the unverified member before anything else, 400 (nothing changes) for muniA.
  { ...onRecord("unverifiedPublished"), name: "own published challenge: finish", kind: "action", form: () => ({ intent: "finish" }), row: owner("deny", "bad") },
  { ...onRecord("unverifiedPublished"), name: "own published challenge: withdraw", kind: "action", form: () => ({ intent: "withdraw" }), row: owner("deny", "bad") },
  // The unverified member's own draft: saving it is what they may do; submitting and co-owners are not. muniA's
  // saves run after the unverified member's (version 1 is stale by then: 409, served, nothing changes).
  { ...onRecord("unverifiedDraft"), name: "own draft: read", kind: "loader", row: owner("ok") },
  {
    ...onRecord("unverifiedDraft"),
    name: "own draft: save",
    kind: "action",
    form: () => ({ intent: "save", version: "1", title: "Matrix-concept, bijgewerkt" }),
    row: owner("self", "conflict"),
  },
  {
    ...onRecord("unverifiedDraft"),
    name: "own draft: submit for review",
    kind: "action",
    form: () => ({ intent: "submit", version: "2", title: "Matrix-concept" }),
    row: owner("deny", "bad"),
  },
  {
    ...onRecord("unverifiedDraft"),
    name: "own draft: add a co-owner",
    kind: "action",
    // Version 1 is stale by now: the refusal must come before the version check; muniA gets 409 and adds nobody.
    form: (p) => ({ intent: "save", version: "1", title: "Matrix-concept", coOwners: p.otherBody }),
    row: owner("deny", "conflict"),
  },
  {
    ...onRecord("unverifiedDraft"),
    name: "own draft: withdraw",
    kind: "action",
    form: () => ({ intent: "withdraw", confirm: "on" }),
    row: owner("deny", "self"),
  },
  // A company judges suggestions for its own solution (and A's member still for A's challenge); a pair that does
  // not exist is a 404 for everyone signed in.
  {
    route: "suggesties.oordeel",
    name: "judgement of a pair with the company's own solution",
    kind: "action",
    path: () => "/suggesties/oordeel",
    form: (p) => ({ challengeId: p.publishedChallenge, solutionId: p.ownSolution, verdict: "misschien" }),
    row: { anonymous: "login", unverifiedA: "deny", muniA: "bad", muniB: "deny", company: "bad", staff: "bad", partner: "deny" },
  },
  {
    route: "suggesties.oordeel",
    name: "judgement of a pair that does not exist",
    kind: "action",
    path: () => "/suggesties/oordeel",
    form: (p) => ({ challengeId: "00000000-0000-4000-8000-000000000000", solutionId: p.otherSolution, verdict: "relevant" }),
    row: { anonymous: "login", unverifiedA: "notfound", muniA: "notfound", muniB: "notfound", company: "notfound", staff: "notfound" },
  },
  // A new draft with a co-owner: refused for the unverified member (B cannot name itself: 400).
  {
    route: "mijn.opgaven.nieuw",
    name: "new draft with a co-owner",
    kind: "action",
    path: () => "/mijn/opgaven/nieuw",
    form: (p) => ({ intent: "save", creationKey: crypto.randomUUID(), title: "Matrix met mede-eigenaar", coOwners: p.otherBody }),
    row: intake("bad", "deny", "to:/mijn/opgaven/:id"),
  },
];

const routesDir = path.dirname(fileURLToPath(import.meta.url));
const routeFiles = readdirSync(routesDir)
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"))
  .map((f) => f.replace(/\.tsx?$/, ""));
const modules = import.meta.glob<{ loader?: (a: unknown) => unknown; action?: (a: unknown) => unknown }>(["./*.ts", "./*.tsx", "!./*.test.ts"]);

function classify(o: Outcome): Expect {
  if (o.location !== undefined && o.location !== null) {
    const target = o.location.split("?")[0];
    if (target === "/inloggen" || target.startsWith("/inloggen/")) return "login";
    if (target === "/") return "home";
    return `to:${target}`;
  }
  if (o.status === 401) return "login";
  if (o.status === 403) return "deny";
  if (o.status === 404) return "notfound";
  if (o.status === 400) return "bad";
  if (o.status === 409) return "conflict";
  if (o.status >= 200 && o.status < 300) return "ok";
  return `status:${o.status}`;
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** The expected value when the outcome is what it stands for (`self`, a `to:` path with `:id`), else the outcome. */
function settle(got: Expect, want: Expect, url: string): Expect {
  if (want === "self") return got === `to:${url.split("?")[0]}` ? want : got;
  if (want.startsWith("to:") && want.includes(":id")) {
    const pattern = new RegExp(`^${want.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(":id", UUID)}$`);
    return pattern.test(got) ? want : got;
  }
  return got;
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

/** Call the route's loader or action as each persona, in PERSONAS order, and compare the outcomes with `row`. */
async function expectRow(name: string, kind: "loader" | "action", entry: Pick<Entry, "path" | "params" | "form">, row: Row) {
  const mod = (await modules[`./${name}.tsx`]?.()) ?? (await modules[`./${name}.ts`]?.());
  const fn = mod?.[kind];
  expect(fn, `${name} exports ${kind}`).toBeTypeOf("function");
  const got: Partial<Row> = {};
  for (const persona of PERSONAS) {
    const cookie = persona === "anonymous" ? null : cookieFrom(await personas.freshSession(persona));
    const url = entry.path(personas.params);
    const request = makeRequest(url, kind === "action" ? { cookie, form: entry.form?.(personas.params) ?? {} } : { cookie });
    const params = entry.params?.(personas.params) ?? { slug: url.split("/")[2]?.split("?")[0] ?? "" };
    const outcome = await run(() => fn!({ request, params, context: {} }));
    got[persona] = settle(classify(outcome), withPartner(row)[persona], url);
    await cancelStream(outcome);
  }
  expect(got).toEqual(withPartner(row));
}

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
      it(`${name} ${kind}`, () => expectRow(name, kind, entry, row));
    }
  }

  for (const c of CASES) {
    it(`${c.route} ${c.kind}: ${c.name}`, () => expectRow(c.route, c.kind, c, c.row));
  }
});
