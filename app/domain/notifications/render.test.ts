import { describe, expect, it } from "vitest";
import { createI18n } from "../../i18n/config";
import { NOTIFICATION_KINDS } from "./notify.server";
import { notificationText } from "./render";

const nl = createI18n("nl").t;
const en = createI18n("en").t;

describe("notification texts", () => {
  it("name states and review outcomes by their labels, never by their stored codes", () => {
    const match = { challengeTitle: "Hitte", solutionTitle: "Koelkaart", from: "pilot", to: "adopted" };
    expect(notificationText(nl, "match_state", match)).toBe("Match “Hitte” met “Koelkaart”: nu In gebruik");
    expect(notificationText(en, "match_state", { ...match, to: "in_conversation" })).toBe("Match “Hitte” with “Koelkaart”: now In conversation");
    expect(notificationText(nl, "review_outcome", { entityType: "challenge", title: "Hitte", outcome: "published" })).toBe(
      "Beoordeling van “Hitte”: Open voor reacties",
    );
    expect(notificationText(nl, "review_outcome", { entityType: "solution", title: "Koelkaart", outcome: "published" })).toBe(
      "Beoordeling van “Koelkaart”: Gepubliceerd",
    );
    expect(notificationText(nl, "deployment_confirmation", { title: "Koelkaart", outcome: "disputed" })).toBe("Gebruik van “Koelkaart” betwist door een overheid");
  });

  it("have a text of their own for every kind, in both languages", () => {
    for (const t of [nl, en]) {
      const fallback = t("notifications.unknown");
      for (const kind of NOTIFICATION_KINDS) expect(notificationText(t, kind, { title: "x", outcome: "confirmed", to: "pilot" })).not.toBe(fallback);
    }
  });

  it("tell hub staff what happened", () => {
    expect(notificationText(nl, "staff_attention", { event: "company_response", challengeTitle: "Hitte", solutionTitle: "Koelkaart" })).toBe(
      "Reactie op “Hitte”: Koelkaart kan helpen",
    );
    expect(notificationText(en, "staff_attention", { event: "challenge_submitted", title: "Heat" })).toBe("Challenge to review: Heat");
    expect(notificationText(nl, "staff_attention", { event: "iets_nieuws", title: "X" })).toBe("Actie nodig: X");
  });

  it("tell hub staff who waits for verification, and the member the decision (a rejection with its reason)", () => {
    const pending = { event: "membership_pending", name: "Dirk", organisation: "Gemeente Deventer" };
    expect(notificationText(nl, "staff_attention", pending)).toBe("Dirk heeft zich aangesloten bij Gemeente Deventer en wacht op verificatie");
    expect(notificationText(en, "staff_attention", pending)).toBe("Dirk joined Gemeente Deventer and is waiting for verification");
    const rejected = { organisation: "Gemeente Deventer", outcome: "rejected", reason: "Onbekend bij de gemeente." };
    expect(notificationText(nl, "membership_decision", rejected)).toBe("Uw aanmelding bij Gemeente Deventer is afgewezen. Reden: Onbekend bij de gemeente.");
    expect(notificationText(en, "membership_decision", rejected)).toBe("Your request to join Gemeente Deventer was rejected. Reason: Onbekend bij de gemeente.");
    expect(notificationText(nl, "membership_decision", { organisation: "Gemeente Deventer", outcome: "verified" })).toContain("is geverifieerd");
  });

  it("keep an unknown code readable rather than showing a translation key", () => {
    expect(notificationText(nl, "match_state", { challengeTitle: "a", solutionTitle: "b", to: "nieuw_soort" })).toBe("Match “a” met “b”: nu nieuw_soort");
  });
});
