import { safeHref } from "./markdown-view";

/** A link to an organisation's own website, shown without the protocol; nothing for unsafe URLs. */
export function WebsiteLink({ url }: { url: string | null }) {
  const href = url ? safeHref(url) : null;
  if (!href) return null;
  return (
    <a href={href} rel="noopener noreferrer">
      {href.replace(/^https?:\/\//, "").replace(/\/$/, "")}
    </a>
  );
}
