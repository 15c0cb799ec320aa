import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { isLocale } from "./i18n/locales";
import { provideStrings } from "./i18n/instance";

/**
 * The page's strings are not in the JavaScript: load the page's language (the URL the root layout put on <html>,
 * immutable and cached after the first page), then hydrate. If they cannot be loaded the page stays as the server
 * rendered it, which works without JavaScript.
 */
async function start() {
  const root = document.documentElement;
  const locale = root.lang;
  const url = root.dataset.strings;
  if (!isLocale(locale) || !url) return;
  try {
    const res = await fetch(url, { credentials: "same-origin" });
    if (!res.ok) return;
    provideStrings(locale, (await res.json()) as object);
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
