/** ADR 0007: when the development outbox is on, what `npm start` says about mail, and who may open the outbox. */
import { describe, expect, it } from "vitest";
import { outboxMode, outboxOpenTo, outboxStartMessage } from "./outbox-rule";

const prod = { NODE_ENV: "production" };
const local = { address: "127.0.0.1", proxied: false };

describe("outboxMode (decided at start)", () => {
  it("npm start on the embedded database without SMTP_URL: the outbox, for this machine", () => {
    expect(outboxMode(prod, { embeddedDatabase: true })).toBe("local");
  });
  it("an external database without SMTP_URL: off, unless DEV_MAIL_OUTBOX=true", () => {
    expect(outboxMode(prod, { embeddedDatabase: false })).toBe("off");
    expect(outboxMode({ ...prod, DEV_MAIL_OUTBOX: "true" }, { embeddedDatabase: false })).toBe("on");
  });
  it("SMTP_URL always wins; DEV_MAIL_OUTBOX=false turns the embedded default off", () => {
    expect(outboxMode({ ...prod, SMTP_URL: "smtp://mail.example", DEV_MAIL_OUTBOX: "true" }, { embeddedDatabase: true })).toBe("smtp");
    expect(outboxMode({ ...prod, DEV_MAIL_OUTBOX: "false" }, { embeddedDatabase: true })).toBe("off");
  });
  it("development mode keeps the outbox as before", () => {
    expect(outboxMode({ NODE_ENV: "development" }, { embeddedDatabase: false })).toBe("on");
  });
});

describe("outboxStartMessage", () => {
  it("names the outbox address on the embedded defaults", () => {
    expect(outboxStartMessage("local", 3000)).toEqual({
      text: "Mail: no SMTP_URL set — mails go to the outbox at http://localhost:3000/ontwikkeling/mail (open it on this machine)",
      warning: false,
    });
    expect(outboxStartMessage("on", 4000).text).toBe("Mail: no SMTP_URL set — mails go to the outbox at http://localhost:4000/ontwikkeling/mail");
  });
  it("warns clearly when mail goes nowhere", () => {
    const m = outboxStartMessage("off", 3000);
    expect(m.warning).toBe(true);
    expect(m.text).toMatch(/WARNING: no SMTP_URL set — mail is not delivered/);
    expect(m.text).toContain("Set SMTP_URL");
  });
});

describe("outboxOpenTo (asked per request)", () => {
  const app = { ...prod, DEV_MAIL_OUTBOX: "local" };
  it("in local mode, answers a caller on this machine only", () => {
    expect(outboxOpenTo(app, local)).toBe(true);
    expect(outboxOpenTo(app, { address: "::1", proxied: false })).toBe(true);
    expect(outboxOpenTo(app, { address: "::ffff:127.0.0.1", proxied: false })).toBe(true);
    expect(outboxOpenTo(app, { address: "192.168.1.20", proxied: false })).toBe(false);
    expect(outboxOpenTo(app, { address: "unknown", proxied: false })).toBe(false);
  });
  it("in local mode, never through a proxy (its loopback address, or a claimed one, is not this machine's user)", () => {
    expect(outboxOpenTo(app, { address: "127.0.0.1", proxied: true })).toBe(false);
  });
  it("never in production without a setting, never with SMTP_URL", () => {
    expect(outboxOpenTo(prod, local)).toBe(false);
    expect(outboxOpenTo({ ...app, SMTP_URL: "smtp://mail.example" }, local)).toBe(false);
    expect(outboxOpenTo({ ...prod, DEV_MAIL_OUTBOX: "true", SMTP_URL: "smtp://mail.example" }, local)).toBe(false);
  });
  it("DEV_MAIL_OUTBOX=true (the e2e server) and development mode answer everyone", () => {
    expect(outboxOpenTo({ ...prod, DEV_MAIL_OUTBOX: "true" }, { address: "203.0.113.9", proxied: true })).toBe(true);
    expect(outboxOpenTo({ NODE_ENV: "development" }, { address: "203.0.113.9", proxied: false })).toBe(true);
  });
});
