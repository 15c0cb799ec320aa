import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { parseStringsFile } from "./i18n/areas";
import { provideStrings, setStringsVersion } from "./i18n/instance";

/**
 * The page's strings are not in the JavaScript: load the file the root layout put on <html> (the page's language and
 * the string areas its routes use, immutable and cached), then hydrate. If they cannot be loaded the page stays as the
 * server rendered it, which works without JavaScript.
 */
async function start() {
  const root = document.documentElement;
  const url = root.dataset.strings;
  const file = url ? parseStringsFile(url.slice(url.lastIndexOf("/") + 1)) : null;
  if (!url || !file || file.locale !== root.lang) return;
  try {
    const res = await fetch(url, { credentials: "same-origin" });
    if (!res.ok) return;
    setStringsVersion(file.version);
    provideStrings(file.locale, (await res.json()) as object, file.areas);
  } catch {
    return;
  }
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
}

void start();
