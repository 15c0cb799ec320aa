/**
 * A session's user-agent string as a person reads it (issue 13): "Firefox 133" and "Windows 10" instead of
 * "Mozilla/5.0 (Windows NT 10.0; …)". Parsed with bowser on the server; unknown parts come back as null.
 */
import Bowser from "bowser";

export interface DescribedAgent {
  browser: string | null;
  system: string | null;
}

const major = (version: string | undefined) => version?.split(".")[0] ?? "";

export function describeUserAgent(userAgent: string | null | undefined): DescribedAgent {
  if (!userAgent?.trim()) return { browser: null, system: null };
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name ? `${parsed.browser.name} ${major(parsed.browser.version)}`.trim() : null;
  const os = parsed.os.name;
  const osVersion = parsed.os.versionName ?? (os === "macOS" || os === "Linux" ? undefined : parsed.os.version);
  const system = os ? `${os} ${osVersion ?? ""}`.trim() : null;
  return { browser, system };
}
