import { Lexer, type Token, type Tokens } from "marked";
import { Fragment, type ReactNode } from "react";

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

function inline(tokens: Token[] | undefined, key = "i"): ReactNode {
  if (!tokens) return null;
  return tokens.map((token, i) => {
    const k = `${key}-${i}`;
    switch (token.type) {
      case "strong":
        return <strong key={k}>{inline((token as Tokens.Strong).tokens, k)}</strong>;
      case "em":
        return <em key={k}>{inline((token as Tokens.Em).tokens, k)}</em>;
      case "codespan":
        return <code key={k}>{(token as Tokens.Codespan).text}</code>;
      case "br":
        return <br key={k} />;
      case "del":
        return <del key={k}>{inline((token as Tokens.Del).tokens, k)}</del>;
      case "link": {
        const link = token as Tokens.Link;
        const href = safeHref(link.href);
        const children = inline(link.tokens, k);
        return href ? (
          <a key={k} href={href} rel="nofollow noopener noreferrer">
            {children}
          </a>
        ) : (
          <Fragment key={k}>{children}</Fragment>
        );
      }
      case "text": {
        const text = token as Tokens.Text;
        return text.tokens ? <Fragment key={k}>{inline(text.tokens, k)}</Fragment> : <Fragment key={k}>{decode(text.text)}</Fragment>;
      }
      case "escape":
        return <Fragment key={k}>{decode((token as Tokens.Escape).text)}</Fragment>;
      default:
        // html, image and unknown tokens are shown as their plain source text, never as markup.
        return <Fragment key={k}>{"raw" in token ? token.raw : ""}</Fragment>;
    }
  });
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function block(tokens: Token[], key = "b"): ReactNode {
  return tokens.map((token, i) => {
    const k = `${key}-${i}`;
    switch (token.type) {
      case "paragraph":
        return <p key={k}>{inline((token as Tokens.Paragraph).tokens, k)}</p>;
      case "heading": {
        // Headings inside user text are rendered one level below the page's section headings.
        return (
          <p key={k}>
            <strong>{inline((token as Tokens.Heading).tokens, k)}</strong>
          </p>
        );
      }
      case "list": {
        const list = token as Tokens.List;
        const items = list.items.map((item, j) => <li key={`${k}-${j}`}>{block(item.tokens, `${k}-${j}`)}</li>);
        return list.ordered ? <ol key={k}>{items}</ol> : <ul key={k}>{items}</ul>;
      }
      case "blockquote":
        return <blockquote key={k}>{block((token as Tokens.Blockquote).tokens, k)}</blockquote>;
      case "code":
        return (
          <pre key={k}>
            <code>{(token as Tokens.Code).text}</code>
          </pre>
        );
      case "text": {
        const text = token as Tokens.Text;
        return <Fragment key={k}>{text.tokens ? inline(text.tokens, k) : decode(text.text)}</Fragment>;
      }
      case "space":
      case "hr":
        return null;
      default:
        return <p key={k}>{"raw" in token ? token.raw : ""}</p>;
    }
  });
}

/**
 * Render user-written markdown as React elements: no raw HTML ever reaches the DOM, and links
 * are limited to http, https and mailto.
 */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const tokens = new Lexer({ gfm: true, breaks: false }).lex(text ?? "");
  return <div className={className ?? "prose"}>{block(tokens)}</div>;
}
