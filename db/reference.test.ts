import { afterAll, describe, expect, it } from "vitest";
import { importReferenceData, readReferenceRegions } from "./reference/import";
import { THEMES } from "./reference/themes";
import { testDb } from "./test/helpers";

const { db, sql } = testDb();
afterAll(() => sql.end());

describe("reference data import", () => {
  it("has all 342 municipalities and 12 provinces of CBS 2025", async () => {
    const rows = await sql<{ kind: string; n: number }[]>`select kind, count(*)::int as n from regions group by kind order by kind`;
    expect(rows).toEqual([
      { kind: "gemeente", n: 342 },
      { kind: "provincie", n: 12 },
    ]);
  });

  it("links every municipality to an existing province, with the CBS per-province counts", async () => {
    const perProvince = await sql<{ name: string; n: number }[]>`
      select p.name, count(*)::int as n from regions g join regions p on p.code = g.province_code
      where g.kind = 'gemeente' group by p.name`;
    const counts = Object.fromEntries(perProvince.map((r) => [r.name, r.n]));
    expect(counts["Noord-Brabant"]).toBe(56);
    expect(counts["Gelderland"]).toBe(51);
    expect(counts["Zuid-Holland"]).toBe(50);
    expect(counts["Flevoland"]).toBe(6);
    expect(counts["Fryslân"]).toBe(18);
  });

  it("keeps CBS spellings intact (apostrophes, commas, diacritics)", async () => {
    const names = await sql<{ name: string }[]>`select name from regions where code in ('GM0518', 'GM0820', 'GM1900', 'PV21') order by code`;
    expect(names.map((n) => n.name)).toEqual(["'s-Gravenhage", "Nuenen, Gerwen en Nederwetten", "Súdwest-Fryslân", "Fryslân"]);
  });

  it("is idempotent and records the data version", async () => {
    const again = await importReferenceData(db);
    expect(again).toEqual({ provinces: 12, municipalities: 342, themes: THEMES.length });
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from regions`;
    expect(n).toBe(354);
    const [imp] = await sql`select version, row_count from reference_imports where dataset = 'cbs-gebiedsindelingen'`;
    expect(imp).toMatchObject({ version: "2025", row_count: 354 });
  });

  it("reads the CSV with a quoted municipality name", () => {
    const { municipalities } = readReferenceRegions(2025);
    expect(municipalities.find((m) => m.gemeentecode === "GM0820")?.gemeentenaam).toBe("Nuenen, Gerwen en Nederwetten");
  });

  it("imports every theme with NL/EN labels, SDGs and bilingual terms", async () => {
    const rows = await sql<{ slug: string; sdgs: number[]; terms: { nl: string[]; en: string[] }[] }[]>`select slug, sdgs, terms from themes order by position`;
    expect(rows.map((r) => r.slug)).toEqual(THEMES.map((t) => t.slug));
    for (const row of rows) {
      expect(row.sdgs.length).toBeGreaterThan(0);
      expect(row.terms.length).toBeGreaterThanOrEqual(20);
    }
  });
});

describe("database constraints", () => {
  it("rejects a malformed KvK number", async () => {
    await expect(sql`insert into organisations (slug, kind, name, kvk_number) values ('x-kvk', 'bedrijf', 'X', '123')`).rejects.toThrow(
      /organisations_kvk_check/,
    );
  });

  it("rejects a company without KvK number", async () => {
    await expect(sql`insert into organisations (slug, kind, name) values ('x-nokvk', 'bedrijf', 'X')`).rejects.toThrow(
      /organisations_identity_check/,
    );
  });

  it("rejects an unknown challenge status and an unknown match state", async () => {
    const [org] = await sql`select id from organisations where kind = 'gemeente' limit 1`;
    await expect(
      sql`insert into challenges (slug, owner_organisation_id, title, summary, status) values ('x-status', ${org.id}, 'T', 'S', 'bogus')`,
    ).rejects.toThrow(/challenges_status_check/);
    const [m] = await sql`select id from matches limit 1`;
    await expect(sql`update matches set state = 'bogus' where id = ${m.id}`).rejects.toThrow(/matches_state_check/);
  });

  it("rejects duplicate CBS codes", async () => {
    const [org] = await sql`select cbs_code from organisations where cbs_code is not null limit 1`;
    await expect(
      sql`insert into organisations (slug, kind, name, cbs_code, region_code) values ('dup', 'gemeente', 'Dup', ${org.cbs_code}, ${org.cbs_code})`,
    ).rejects.toThrow(/organisations_cbs_code_uq/);
  });
});
