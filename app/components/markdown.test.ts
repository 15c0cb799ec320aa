import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, safeHref } from "./markdown";

const render = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe("Markdown", () => {
  it("renders paragraphs, emphasis and lists", () => {
    const html = render("Een **sterke** zin.\n\n- een\n- twee");
    expect(html).toContain("<strong>sterke</strong>");
    expect(html).toContain("<li>een</li>");
  });

  it.each([
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[klik](javascript:alert(1))",
    '<a href="https://x.example" onclick="alert(1)">x</a>',
    "<svg/onload=alert(1)>",
  ])("never emits markup or handlers from %s", (payload) => {
    const html = render(payload);
    expect(html).not.toMatch(/<(script|img|svg|iframe)/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toContain('href="javascript:');
  });

  it("keeps safe links and drops unsafe ones", () => {
    expect(render("[site](https://example.org)")).toContain('href="https://example.org/"');
    expect(safeHref("mailto:a@b.example")).toBe("mailto:a@b.example");
    expect(safeHref("data:text/html,x")).toBeNull();
    expect(safeHref("/relative")).toBeNull();
  });

  it("keeps odd Unicode intact", () => {
    const text = "مرحبا 👋🏽 Súdwest-Fryslân";
    expect(render(text)).toContain(text);
  });
});
