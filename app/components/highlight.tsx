import { Fragment } from "react";

/** Render a Meilisearch highlight (marked with \u0001…\u0002 by search.server.ts) as text with <mark>. */
export function Highlight({ text, fallback }: { text: unknown; fallback: string }) {
  const value = typeof text === "string" ? text : fallback;
  const parts = value.split(/(\u0001[^\u0002]*\u0002)/);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith("\u0001") ? <mark key={i}>{part.slice(1, -1)}</mark> : <Fragment key={i}>{part}</Fragment>,
      )}
    </>
  );
}
