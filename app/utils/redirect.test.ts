import { describe, expect, it } from "vitest";
import { MAX_REDIRECT_LENGTH, safeRedirectPath } from "./redirect";

describe("safeRedirectPath", () => {
  it("keeps relative paths", () => {
    expect(safeRedirectPath("/opgaven?q=hitte")).toBe("/opgaven?q=hitte");
    expect(safeRedirectPath("/")).toBe("/");
    expect(safeRedirectPath("/opgaven?q=hitte&thema=klimaat#resultaten")).toBe("/opgaven?q=hitte&thema=klimaat#resultaten");
    expect(safeRedirectPath("/uitnodiging?token=abc_DEF-123")).toBe("/uitnodiging?token=abc_DEF-123");
    expect(safeRedirectPath("/opgaven?url=https://example.org/x")).toBe("/opgaven?url=https://example.org/x");
    expect(safeRedirectPath("/%09/encoded-tab-is-a-path")).toBe("/%09/encoded-tab-is-a-path");
  });

  it("returns the browser's normalised form, which is always a valid header value", () => {
    expect(safeRedirectPath("/café?q=één")).toBe("/caf%C3%A9?q=%C3%A9%C3%A9n");
    expect(safeRedirectPath("/mijn/./opgaven/../oplossingen")).toBe("/mijn/oplossingen");
    expect(() => new Headers({ Location: safeRedirectPath("/€") })).not.toThrow();
  });

  // What a black-box probe or a browser quirk turns into a redirect off the site, a broken header or a 500.
  const hostile: unknown[] = [
    "https://evil.example",
    "http:evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    " /opgaven",
    "opgaven",
    // Browsers strip TAB, CR and LF from URLs: "/<TAB>/evil.example" becomes "//evil.example".
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "\t//evil.example",
    "/x\r\nSet-Cookie: a=b",
    "/opgaven\u0000",
    "/\u0000/evil.example",
    "/opgaven\u007f",
    "/opgaven\u0085",
    // Dot segments that a browser resolves to a "//host" path.
    "/..//evil.example",
    "/.//evil.example",
    "/x/..//evil.example",
    "/%2e%2e//evil.example",
    "/%2E//evil.example",
    // Too long: never echoed into Location.
    `/${"a".repeat(MAX_REDIRECT_LENGTH)}`,
    `/${"a".repeat(100_000)}`,
    `/${"é".repeat(MAX_REDIRECT_LENGTH / 2)}`,
    "",
    null,
    undefined,
    42,
    ["/opgaven"],
    { toString: () => "/opgaven" },
  ];
  it.each(hostile.map((v) => [typeof v === "string" && v.length > 80 ? `${v.slice(0, 20)}… (${v.length} chars)` : JSON.stringify(v), v]))(
    "refuses %s",
    (_label, value) => {
      expect(safeRedirectPath(value)).toBe("/");
    },
  );

  it("falls back to the given default", () => {
    expect(safeRedirectPath("//evil.example", "/account")).toBe("/account");
  });
});
