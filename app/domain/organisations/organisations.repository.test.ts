/** The organisations repository: a profile lists what the organisation owns or co-owns, and only what is public. */
import { describe, expect, it } from "vitest";
import { setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb } = await import("../db.server");
const { makeChallenge, makeOrganisation, makeSolution } = await import("../../test/factories");
const { getOrganisationPage } = await import("./organisations.repository.server");

const kvk = () => String(10_000_000 + Math.floor(Math.random() * 89_999_999));

describe("getOrganisationPage", () => {
  it("lists the public challenges it owns or co-owns and its published solutions, never drafts or others' records", async () => {
    const a = await makeOrganisation({ kvkNumber: kvk() });
    const b = await makeOrganisation({ kvkNumber: kvk() });
    const own = await makeChallenge({ ownerOrganisationId: a.id, status: "published" });
    const joint = await makeChallenge({ ownerOrganisationId: b.id, status: "published" });
    await getDb().insert(s.challengeCoOwners).values({ challengeId: joint.id, organisationId: a.id });
    await makeChallenge({ ownerOrganisationId: a.id });
    await makeChallenge({ ownerOrganisationId: b.id, status: "published" });
    const published = await makeSolution({ organisationId: a.id, status: "published" });
    await makeSolution({ organisationId: a.id });

    const page = await getOrganisationPage(a.slug);
    expect(page?.organisation).toMatchObject({ id: a.id, slug: a.slug, kind: "bedrijf", provinceName: null });
    expect(page?.challenges.map((c) => c.id).sort()).toEqual([own.id, joint.id].sort());
    expect(page?.solutions.map((x) => x.id)).toEqual([published.id]);
    expect(page?.uses).toEqual([]);
    expect(await getOrganisationPage(`geen-${a.slug}`)).toBeNull();
  });
});
