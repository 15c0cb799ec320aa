import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, parseMarkdown, safeHref } from "./markdown";
import { withProse } from "./markdown.server";
import { MarkdownView, type MdTree } from "./markdown-view";

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

  it("parses on the server into a compact tree that MarkdownView renders the same way", () => {
    const text = "Een **sterke** zin met [link](https://example.org).\n\n1. een\n2. `twee`\n\n```\ncode <b>\n```";
    const tree = parseMarkdown(text);
    expect(tree).toEqual([
      ["p", "Een ", ["strong", "sterke"], " zin met ", ["a", "https://example.org/", "link"], "."],
      ["ol", ["li", "een"], ["li", ["code", "twee"]]],
      ["pre", "code <b>"],
    ]);
    expect(renderToStaticMarkup(createElement(MarkdownView, { tree: JSON.parse(JSON.stringify(tree)) as MdTree }))).toBe(render(text));
  });

  it("renders no script address even from a tree that was not made by the parser", () => {
    const html = renderToStaticMarkup(createElement(MarkdownView, { tree: [["p", ["a", "javascript:alert(1)", "x"]]] }));
    expect(html).toBe('<div class="prose"><p>x</p></div>');
  });

  it("moves a record's markdown fields into prose (a missing text is an empty tree)", () => {
    const record = withProse({ id: "1", body: "*a*", note: null as string | null }, ["body", "note"]);
    expect(record).toEqual({ id: "1", prose: { body: [["p", ["em", "a"]]], note: [] } });
  });
});
