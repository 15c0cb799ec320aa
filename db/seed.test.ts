import { afterAll, describe, expect, it } from "vitest";
import { THEME_SLUGS } from "./reference/themes";
import { stableUuid } from "./seed/ids";
import { isDatabaseEmpty, listDemoAccounts, SEED_CHALLENGES, seedDemoData } from "./seed/seed";
import { testDb } from "./test/helpers";

const { db, sql } = testDb();
afterAll(() => sql.end());

describe("demo seed", () => {
  it("has at least 40 challenges from at least 20 public bodies, covering every theme", async () => {
    const [c] = await sql`select count(*)::int as n, count(distinct owner_organisation_id)::int as owners from challenges`;
    expect(c.n).toBeGreaterThanOrEqual(40);
    expect(c.owners).toBeGreaterThanOrEqual(20);
    const themes = await sql<{ theme_slug: string }[]>`select distinct theme_slug from challenge_themes`;
    expect(themes.map((t) => t.theme_slug).sort()).toEqual([...THEME_SLUGS].sort());
    // Only the demo's own challenges: test files running in parallel add challenges of other kinds of body.
    const demoIds = SEED_CHALLENGES.map((ch) => stableUuid(`challenge:${ch.slug}`));
    const kinds = await sql<{ kind: string }[]>`select distinct o.kind from challenges c join organisations o on o.id = c.owner_organisation_id where c.id = any(${demoIds}::uuid[])`;
    expect(kinds.map((k) => k.kind).sort()).toEqual(["gemeente", "provincie"]);
  });

  it("has at least 80 solutions from at least 40 companies, with deployments", async () => {
    const [s] = await sql`select count(*)::int as n, count(distinct organisation_id)::int as orgs from solutions`;
    expect(s.n).toBeGreaterThanOrEqual(80);
    expect(s.orgs).toBeGreaterThanOrEqual(40);
    const [d] = await sql`select count(*)::int as n, count(distinct solution_id)::int as solutions from solution_deployments`;
    expect(d.solutions).toBeGreaterThanOrEqual(40);
  });

  it("has matches in several states, with history and message threads", async () => {
    const states = await sql<{ state: string }[]>`select distinct state from matches`;
    expect(states.length).toBeGreaterThanOrEqual(6);
    const [e] = await sql`select count(*)::int as n from match_events`;
    expect(e.n).toBeGreaterThan(states.length);
    const [t] = await sql`select count(*)::int as threads, (select count(*)::int from messages) as messages from threads`;
    expect(t.threads).toBeGreaterThanOrEqual(3);
    expect(t.messages).toBeGreaterThanOrEqual(t.threads * 2);
  });

  it("has a small EDIH history in 2026-Q3: four categories, four partners, an event of three, a DMA pair, a customer without T0", async () => {
    const confirmed = await sql<{ category: string; partner: string; event_id: string | null; customer: string }[]>`
      select category, partner_organisation_id as partner, event_id, customer_organisation_id as customer from edih_services
      where status = 'confirmed' and service_date between '2026-07-01' and '2026-09-30'`;
    expect(new Set(confirmed.map((r) => r.category)).size).toBe(4);
    expect(new Set(confirmed.map((r) => r.partner)).size).toBe(4);
    const events = confirmed.filter((r) => r.event_id);
    expect(new Set(events.map((r) => r.event_id)).size).toBe(1);
    expect(new Set(events.map((r) => r.customer)).size).toBe(3);
    // Within the demo's dates (other test files share this database in a combined run and add their own rows).
    const pairs = await sql`select organisation_id from dma_assessments where assessed_on between '2026-01-01' and '2026-09-30'
      group by organisation_id having count(*) filter (where stage = 'T0') = 1 and count(*) > 1`;
    expect(pairs).toHaveLength(1);
    const [proposed] = await sql<{ customer: string; t0: number }[]>`
      select s.customer_organisation_id as customer, (select count(*)::int from dma_assessments a where a.organisation_id = s.customer_organisation_id and a.stage = 'T0') as t0
      from edih_services s where s.status = 'proposed' and s.service_date between '2026-07-01' and '2026-09-30'`;
    expect(proposed.t0).toBe(0);
    const [c] = await sql`select count(*)::int as n from edih_collaborations where collaboration_date between '2026-07-01' and '2026-09-30'`;
    expect(c.n).toBe(1);
    const [profiles] = await sql`select count(*) filter (where size_class is not null)::int as companies, count(*) filter (where nace_section = 'O')::int as bodies
      from organisation_report_profiles p join organisations o on o.id = p.organisation_id where o.verified`;
    expect(profiles).toEqual({ companies: 3, bodies: 3 });
  });

  it("has one demo account per role", async () => {
    const accounts = await listDemoAccounts(db);
    expect(new Set(accounts.map((a) => a.role))).toEqual(new Set(["gemeente", "bedrijf", "hub_partner", "hub_staff", "hub_admin"]));
  });

  it("is deterministic: the same ids on every run", async () => {
    const [row] = await sql`select id from challenges where slug = 'zwolle-aardgasvrije-wijken-eigenaar-bewoners'`;
    expect(row?.id).toMatch(/^[0-9a-f-]{36}$/);
    const { stableUuid } = await import("./seed/ids");
    expect(row.id).toBe(stableUuid("challenge:a-zwolle-aardgasvrije-wijken-eigenaar-bewoners"));
  });

  it("does not seed twice", async () => {
    expect(await isDatabaseEmpty(db)).toBe(false);
    await expect(seedDemoData(db)).rejects.toThrow();
    const [c] = await sql`select count(*)::int as n from challenges`;
    expect(c.n).toBeGreaterThanOrEqual(40);
  });
});
