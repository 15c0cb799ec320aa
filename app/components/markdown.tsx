import { Lexer, type Token, type Tokens } from "marked";
import { MarkdownView, safeHref, type MdNode, type MdTree } from "./markdown-view";

export { safeHref, type MdTree } from "./markdown-view";

/** Appends children, joining neighbouring texts. */
function push(out: MdNode[], nodes: MdNode[]): MdNode[] {
  for (const node of nodes) {
    const last = out.length - 1;
    if (typeof node === "string" && typeof out[last] === "string") out[last] = (out[last] as string) + node;
    else if (node !== "") out.push(node);
  }
  return out;
}

function inline(tokens: Token[] | undefined): MdNode[] {
  const out: MdNode[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "strong":
        out.push(["strong", ...inline((token as Tokens.Strong).tokens)]);
        break;
      case "em":
        out.push(["em", ...inline((token as Tokens.Em).tokens)]);
        break;
      case "codespan":
        out.push(["code", (token as Tokens.Codespan).text]);
        break;
      case "br":
        out.push(["br"]);
        break;
      case "del":
        out.push(["del", ...inline((token as Tokens.Del).tokens)]);
        break;
      case "link": {
        const link = token as Tokens.Link;
        const href = safeHref(link.href);
        const children = inline(link.tokens);
        if (href) out.push(["a", href, ...children]);
        else push(out, children);
        break;
      }
      case "text": {
        const text = token as Tokens.Text;
        push(out, text.tokens ? inline(text.tokens) : [decode(text.text)]);
        break;
      }
      case "escape":
        push(out, [decode((token as Tokens.Escape).text)]);
        break;
      default:
        // html, image and unknown tokens are shown as their plain source text, never as markup.
        push(out, ["raw" in token ? token.raw : ""]);
    }
  }
  return out;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function block(tokens: Token[]): MdNode[] {
  const out: MdNode[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "paragraph":
        out.push(["p", ...inline((token as Tokens.Paragraph).tokens)]);
        break;
      case "heading":
        // Headings inside user text are rendered one level below the page's section headings.
        out.push(["p", ["strong", ...inline((token as Tokens.Heading).tokens)]]);
        break;
      case "list": {
        const list = token as Tokens.List;
        out.push([list.ordered ? "ol" : "ul", ...list.items.map((item): MdNode => ["li", ...block(item.tokens)])]);
        break;
      }
      case "blockquote":
        out.push(["blockquote", ...block((token as Tokens.Blockquote).tokens)]);
        break;
      case "code":
        out.push(["pre", (token as Tokens.Code).text]);
        break;
      case "text": {
        const text = token as Tokens.Text;
        push(out, text.tokens ? inline(text.tokens) : [decode(text.text)]);
        break;
      }
      case "space":
      case "hr":
        break;
      default:
        out.push(["p", "raw" in token ? token.raw : ""]);
    }
  }
  return out;
}

/** User-written markdown as the tree MarkdownView renders: no raw HTML, links limited to http, https and mailto. */
export function parseMarkdown(text: string | null | undefined): MdTree {
  return block(new Lexer({ gfm: true, breaks: false }).lex(text ?? ""));
}

/**
 * Render user-written markdown as React elements, parsing it in the browser too (the editing previews of signed-in
 * pages). Public pages parse on the server: withProse and MarkdownView.
 */
export function Markdown({ text, className }: { text: string; className?: string }) {
  return <MarkdownView tree={parseMarkdown(text)} className={className} />;
}
