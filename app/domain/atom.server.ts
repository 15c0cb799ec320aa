import { FEED_ID, type OpenChallenge } from "./open-data.server";

/**
 * Characters XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE/U+FFFF): dropped, since
 * no escape can carry them. Everything else, emoji included, is kept as UTF-8.
 */
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escape text for XML element content and attribute values (double-quoted). */
export function xmlEscape(value: string): string {
  return value
    .replace(NOT_XML_CHAR, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const el = (name: string, text: string, attrs = "") => `<${name}${attrs}>${xmlEscape(text)}</${name}>`;
const attr = (name: string, value: string) => ` ${name}="${xmlEscape(value)}"`;

export interface FeedText {
  title: string;
  subtitle: string;
  lang: "nl" | "en";
}

/** Atom 1.0 (RFC 4287) feed of challenges; `updated` of the feed is its newest entry's. */
export function challengesAtom(base: string, challenges: OpenChallenge[], text: FeedText, now = new Date()): string {
  const updated = challenges.reduce((max, c) => (c.updatedAt > max ? c.updatedAt : max), "") || now.toISOString();
  const entries = challenges.map((c) =>
    [
      `  <entry${attr("xml:lang", c.language)}>`,
      `    ${el("id", `urn:uuid:${c.id}`)}`,
      `    ${el("title", c.title, attr("type", "text"))}`,
      `    <link${attr("rel", "alternate")}${attr("type", "text/html")}${attr("href", c.url)}/>`,
      `    ${el("published", c.publishedAt)}`,
      `    ${el("updated", c.updatedAt)}`,
      `    <author>${el("name", c.owner.name)}${el("uri", c.owner.url)}</author>`,
      ...c.themes.map(
        (t) => `    <category${attr("term", t.slug)}${attr("label", c.language === "en" ? t.labelEn : t.labelNl)}${attr("scheme", `${base}/open-data#themes`)}/>`,
      ),
      ...(c.summary.trim() ? [`    ${el("summary", c.summary, attr("type", "text"))}`] : []),
      `  </entry>`,
    ].join("\n"),
  );
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"${attr("xml:lang", text.lang)}>`,
    `  ${el("id", FEED_ID)}`,
    `  ${el("title", text.title, attr("type", "text"))}`,
    `  ${el("subtitle", text.subtitle, attr("type", "text"))}`,
    `  ${el("updated", updated)}`,
    `  <link${attr("rel", "self")}${attr("type", "application/atom+xml")}${attr("href", `${base}/open-data/opgaven.atom`)}/>`,
    `  <link${attr("rel", "alternate")}${attr("type", "text/html")}${attr("href", `${base}/opgaven`)}/>`,
    `  <author>${el("name", "Opgavenmarkt")}${el("uri", base)}</author>`,
    `  ${el("rights", "CC0 1.0: https://creativecommons.org/publicdomain/zero/1.0/")}`,
    `  ${el("generator", "Opgavenmarkt")}`,
    ...entries,
    `</feed>`,
    ``,
  ].join("\n");
}
