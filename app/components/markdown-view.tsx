import { Fragment, type ReactNode } from "react";

/**
 * User-written markdown as a small tree the server makes (./markdown.tsx, with marked) and the page renders as
 * React elements: a node is a text, or [tag, ...children], a link ["a", href, ...children]. Public pages ship
 * this renderer only, not the parser (issue 15, page weight); no raw HTML ever reaches the DOM.
 */
export type MdTag = "p" | "strong" | "em" | "code" | "br" | "del" | "a" | "ul" | "ol" | "li" | "blockquote" | "pre";
export type MdNode = string | [MdTag, ...(MdNode | string)[]];
export type MdTree = MdNode[];

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** Only absolute http(s) and mailto links survive; anything else (javascript:, data:, relative) is dropped. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

function render(nodes: MdNode[], key: string): ReactNode[] {
  return nodes.map((node, i) => {
    if (typeof node === "string") return node;
    const k = `${key}-${i}`;
    const [tag, ...rest] = node;
    switch (tag) {
      case "a": {
        // The server already checked the address; checked again so a tree from elsewhere cannot carry a script URL.
        const [href, ...children] = rest;
        const safe = typeof href === "string" ? safeHref(href) : null;
        return safe ? (
          <a key={k} href={safe} rel="nofollow noopener noreferrer">
            {render(children, k)}
          </a>
        ) : (
          <Fragment key={k}>{render(children, k)}</Fragment>
        );
      }
      case "br":
        return <br key={k} />;
      case "pre":
        return (
          <pre key={k}>
            <code>{rest.filter((c): c is string => typeof c === "string").join("")}</code>
          </pre>
        );
      case "p":
      case "strong":
      case "em":
      case "code":
      case "del":
      case "ul":
      case "ol":
      case "li":
      case "blockquote": {
        const Tag = tag;
        return <Tag key={k}>{render(rest, k)}</Tag>;
      }
      default:
        return null;
    }
  });
}

/** Render a markdown tree (from parseMarkdown on the server). */
export function MarkdownView({ tree, className }: { tree: MdTree; className?: string }) {
  return <div className={className ?? "prose"}>{render(tree, "m")}</div>;
}
