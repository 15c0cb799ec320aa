import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRequest, setupAppEnv } from "../test/route-harness";
import { childrenNamed, childText, parseXml } from "../test/xml";

setupAppEnv();
const { getSql } = await import("./db.server");
const { challengesAtom, xmlEscape } = await import("./atom.server");
const { FEED_ID } = await import("./open-data.server");
const jsonRoute = await import("../routes/open-data.opgaven[.]json");
const atomRoute = await import("../routes/open-data.opgaven[.]atom");
type OpenChallenge = import("./open-data.server").OpenChallenge;

const tricky = `Dijk & "water" <script>alert('x')</script> ]]> 🌊 café\u0001\u0002\uFFFF`;

function record(overrides: Partial<OpenChallenge> = {}): OpenChallenge {
  return {
    id: "0b6f6c1e-5d0c-4c44-9d3b-6f1f3f7f0a01",
    url: "https://opgavenmarkt.example/opgaven/dijk",
    slug: "dijk",
    language: "nl",
    title: tricky,
    summary: `Samenvatting met & en < en > en "quotes" en 'apostrof' 🚲`,
    problemStatement: "",
    localContext: "",
    affected: "",
    desiredOutcome: "",
    successCriteria: "",
    outcome: null,
    status: "published",
    procurementRoute: "sbir",
    budget: { min: null, max: 50000, currency: "EUR" },
    launchingCustomerIntent: false,
    responseDeadline: null,
    timeline: "",
    owner: { name: "Gemeente A&B <Noord>", kind: "gemeente", cbsCode: "GM0001", url: "https://opgavenmarkt.example/organisaties/a?x=1&y=2" },
    coOwners: [],
    themes: [{ slug: "wonen", labelNl: "Wonen & \"bouwen\"", labelEn: "Housing" }],
    sdgs: [11],
    regions: [],
    publishedAt: "2026-11-01T10:00:00.000Z",
    updatedAt: "2026-11-20T10:00:00.000Z",
    ...overrides,
  };
}

describe("XML escaping", () => {
  it("escapes markup characters, keeps emoji and drops what XML cannot hold", () => {
    expect(xmlEscape(`a & b < c > d "e" 'f'`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
    expect(xmlEscape("🌊 café")).toBe("🌊 café");
    expect(xmlEscape("a\u0000b\u0001c\u001Fd\uFFFEe\uD800f")).toBe("abcdef");
    expect(xmlEscape("tab\tnewline\n")).toBe("tab\tnewline\n");
  });
});

describe("Atom feed builder", () => {
  const base = "https://opgavenmarkt.example";
  const older = record({ id: "0b6f6c1e-5d0c-4c44-9d3b-6f1f3f7f0a02", updatedAt: "2026-10-01T00:00:00.000Z", language: "en", title: "Second" });
  const xml = challengesAtom(base, [record(), older], { title: "Opgaven & co", subtitle: "<intro>", lang: "nl" });
  const feed = parseXml(xml);

  it("is well-formed Atom 1.0 with the required feed elements", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(feed.name).toBe("feed");
    expect(feed.attrs.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(childText(feed, "id")).toBe(FEED_ID);
    expect(childText(feed, "title")).toBe("Opgaven & co");
    expect(childText(feed, "subtitle")).toBe("<intro>");
    expect(childText(feed, "updated")).toBe("2026-11-20T10:00:00.000Z");
    const self = childrenNamed(feed, "link").find((l) => l.attrs.rel === "self");
    expect(self?.attrs.href).toBe(`${base}/open-data/opgaven.atom`);
  });

  it("has an entry per challenge with id, title, link, updated, summary and author; text survives escaping", () => {
    const entries = childrenNamed(feed, "entry");
    expect(entries).toHaveLength(2);
    const [first, second] = entries;
    expect(childText(first, "id")).toBe("urn:uuid:0b6f6c1e-5d0c-4c44-9d3b-6f1f3f7f0a01");
    expect(childText(first, "title")).toBe(`Dijk & "water" <script>alert('x')</script> ]]> 🌊 café`);
    expect(childText(first, "summary")).toBe(`Samenvatting met & en < en > en "quotes" en 'apostrof' 🚲`);
    expect(childrenNamed(first, "link")[0].attrs.href).toBe("https://opgavenmarkt.example/opgaven/dijk");
    expect(childText(first, "updated")).toBe("2026-11-20T10:00:00.000Z");
    expect(childText(first, "published")).toBe("2026-11-01T10:00:00.000Z");
    const author = childrenNamed(first, "author")[0];
    expect(childText(author, "name")).toBe("Gemeente A&B <Noord>");
    expect(childText(author, "uri")).toBe("https://opgavenmarkt.example/organisaties/a?x=1&y=2");
    expect(childrenNamed(first, "category")[0].attrs).toMatchObject({ term: "wonen", label: 'Wonen & "bouwen"' });
    expect(first.attrs["xml:lang"]).toBe("nl");
    expect(second.attrs["xml:lang"]).toBe("en");
    expect(childrenNamed(second, "category")[0].attrs.label).toBe("Housing");
  });

  it("is well-formed with no entries too", () => {
    const empty = parseXml(challengesAtom(base, [], { title: "x", subtitle: "y", lang: "nl" }, new Date("2026-01-01T00:00:00Z")));
    expect(childText(empty, "updated")).toBe("2026-01-01T00:00:00.000Z");
    expect(childrenNamed(empty, "entry")).toHaveLength(0);
  });

  it("the test reader itself rejects what is not well-formed", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow();
    expect(() => parseXml("<a>x & y</a>")).toThrow();
    expect(() => parseXml("<a>x < y</a>")).toThrow();
    expect(() => parseXml('<a t="1" t="2"/>')).toThrow();
    expect(() => parseXml("<a/><b/>")).toThrow();
    expect(() => parseXml("<a>&nbsp;</a>")).toThrow();
  });
});

describe("open data routes", () => {
  const sql = () => getSql();
  const hidden: string[] = [];

  beforeAll(async () => {
    // A draft and a members-only challenge, which must stay out of both files.
    const [owner] = await sql()`select id from organisations where kind = 'gemeente' order by slug limit 1`;
    const suffix = Math.random().toString(36).slice(2, 8);
    const rows = await sql()`
      insert into challenges (slug, owner_organisation_id, title, summary, status, visibility, contact_email)
      values (${`open-data-draft-${suffix}`}, ${owner.id}, 'Verborgen concept', 'x', 'draft', 'public', 'geheim@test.example'),
             (${`open-data-members-${suffix}`}, ${owner.id}, 'Alleen voor leden', 'x', 'published', 'members', 'geheim@test.example')
      returning id`;
    hidden.push(...rows.map((r) => r.id as string));
  });

  afterAll(async () => {
    if (hidden.length) await sql()`delete from challenges where id = any(${hidden}::uuid[])`;
  });

  it("JSON holds every public challenge and nothing else, without contact details, readable cross-origin", async () => {
    const res = (await jsonRoute.loader({ request: makeRequest("/open-data/opgaven.json"), params: {}, context: {} })) as Response;
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Cache-Control")).toMatch(/^public, max-age=\d+$/);
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    const text = await res.text();
    const body = JSON.parse(text);
    const [{ n }] = await sql()`select count(*)::int as n from challenges
      where status in ('published', 'closed', 'in_pilot', 'finished') and visibility = 'public'`;
    expect(body.count).toBe(n);
    expect(body.challenges).toHaveLength(n);
    expect(body.licence.id).toBe("CC0-1.0");
    const ids = body.challenges.map((c: { id: string }) => c.id);
    for (const id of hidden) expect(ids).not.toContain(id);
    expect(new Set(body.challenges.map((c: { status: string }) => c.status))).toEqual(new Set(["published", "closed", "in_pilot", "finished"]));
    const keys = (v: unknown): string[] =>
      Array.isArray(v) ? v.flatMap(keys) : v && typeof v === "object" ? Object.entries(v).flatMap(([k, x]) => [k, ...keys(x)]) : [];
    expect(keys(body).filter((k) => /contact|email/i.test(k))).toEqual([]);
    const emails = await sql()`select distinct contact_email from challenges where contact_email <> ''`;
    for (const { contact_email } of emails) expect(text).not.toContain(contact_email);
    // Seeded challenges all have themes; records other test files create may not.
    const first = body.challenges.find((c: { themes: unknown[] }) => c.themes.length > 0);
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.url).toBe(`http://opgavenmarkt.test/opgaven/${first.slug}`);
    expect(first.owner).toEqual(expect.objectContaining({ name: expect.any(String), cbsCode: expect.stringMatching(/^(GM|PV)/) }));
    expect(first.themes[0]).toEqual(expect.objectContaining({ slug: expect.any(String), labelNl: expect.any(String), labelEn: expect.any(String) }));
    expect(Date.parse(first.updatedAt)).toBeGreaterThanOrEqual(Date.parse(first.publishedAt));
  });

  it("Atom has the same challenges as entries and parses as XML", async () => {
    const res = (await atomRoute.loader({ request: makeRequest("/open-data/opgaven.atom"), params: {}, context: {} })) as Response;
    expect(res.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const feed = parseXml(await res.text());
    const entries = childrenNamed(feed, "entry");
    const jsonRes = (await jsonRoute.loader({ request: makeRequest("/open-data/opgaven.json"), params: {}, context: {} })) as Response;
    const json = await jsonRes.json();
    expect(entries.map((e) => childText(e, "id"))).toEqual(json.challenges.map((c: { id: string }) => `urn:uuid:${c.id}`));
    json.challenges.forEach((c: { summary: string }, i: number) => {
      const e = entries[i];
      expect(childText(e, "title")).toBeTruthy();
      expect(childText(e, "summary")).toBe(c.summary.trim() ? c.summary : "");
      expect(childText(childrenNamed(e, "author")[0], "name")).toBeTruthy();
    });
  });
});
