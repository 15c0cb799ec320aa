/** Every domain error catalogue names a message that exists in both languages, and a status that is an error. */
import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { nl } from "../i18n/nl";
import * as access from "./auth/errors";
import * as brokering from "./brokering/errors";
import * as edih from "./edih/errors";
import type { ErrorCatalogue } from "./errors";
import * as hub from "./hub/errors";
import * as intake from "./intake/errors";
import * as judgements from "./judgements/errors";
import * as messaging from "./messaging/errors";
import * as organisations from "./organisations/errors";
import * as procurement from "./procurement/errors";

const catalogues = Object.entries({ ...access, ...brokering, ...edih, ...hub, ...intake, ...judgements, ...messaging, ...organisations, ...procurement }) as [string, ErrorCatalogue][];
const lookup = (messages: object, key: string) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);

describe("domain error catalogues", () => {
  it("are all checked here", () => {
    expect(catalogues.map(([name]) => name).sort()).toEqual([
      "accessErrors",
      "challengeErrors",
      "collaborationErrors",
      "consultationErrors",
      "correctionErrors",
      "deploymentErrors",
      "dmaErrors",
      "inviteErrors",
      "judgementErrors",
      "manageErrors",
      "memberErrors",
      "organisationErrors",
      "planErrors",
      "respondErrors",
      "respondentErrors",
      "serviceErrors",
      "solutionErrors",
      "solutionReviewErrors",
      "threadAccessErrors",
      "threadErrors",
      "transitionErrors",
      "verificationErrors",
    ]);
  });

  it.each(catalogues)("%s: every code has an error status and a message in Dutch and English", (_name, catalogue) => {
    const codes = Object.entries(catalogue);
    expect(codes.length).toBeGreaterThan(0);
    for (const [code, spec] of codes) {
      expect(spec.status, code).toBeGreaterThanOrEqual(400);
      expect(typeof lookup(nl, spec.message), `${code}: ${spec.message} (nl)`).toBe("string");
      expect(typeof lookup(en, spec.message), `${code}: ${spec.message} (en)`).toBe("string");
    }
  });
});
