import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect";

describe("safeRedirectPath", () => {
  it("keeps relative paths", () => {
    expect(safeRedirectPath("/opgaven?q=hitte")).toBe("/opgaven?q=hitte");
  });
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, 42])(
    "refuses %s",
    (value) => {
      expect(safeRedirectPath(value)).toBe("/");
    },
  );
});
