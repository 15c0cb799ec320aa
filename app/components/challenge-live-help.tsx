import { Link, useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DraftSuggestions } from "../domain/intake/challenge-suggest.server";
import { Explanation } from "./match-list";

const DEBOUNCE_MS = 700;
const WATCHED = ["title", "summary", "problemStatement", "desiredOutcome"];

/** The live-help JSON route for what the form holds now (title, and the texts the matcher reads). */
export function suggestionUrl(form: HTMLFormElement): string {
  const fd = new FormData(form);
  const text = ["summary", "problemStatement", "desiredOutcome"].map((k) => String(fd.get(k) ?? "")).join("\n");
  const params = new URLSearchParams({ title: String(fd.get("title") ?? "").slice(0, 300), text: text.slice(0, 1500) });
  return `/mijn/opgaven/suggesties?${params}`;
}

/**
 * Suggested themes and similar challenges elsewhere, updated while the author types (debounced, from
 * /mijn/opgaven/suggesties) and announced politely. Without JavaScript the "suggest themes" button in the form
 * posts the form and the page comes back with `initial` filled in. A suggested theme can be ticked with one click.
 */
export function LiveHelp({ themes, initial }: { themes: { slug: string; label: string }[]; initial: DraftSuggestions | null }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<DraftSuggestions>();
  const ref = useRef<HTMLDivElement>(null);
  const [applied, setApplied] = useState<string[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const data = fetcher.data ?? initial;

  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onInput = (event: Event) => {
      const target = event.target as HTMLInputElement | null;
      if (!target || !WATCHED.includes(target.name)) return;
      clearTimeout(timer);
      timer = setTimeout(() => fetcher.load(suggestionUrl(form)), DEBOUNCE_MS);
    };
    form.addEventListener("input", onInput);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", onInput);
    };
    // fetcher.load is stable enough for this purpose; re-binding on every render would reset the debounce.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const label = (slug: string) => themes.find((th) => th.slug === slug)?.label ?? slug;
  const apply = (slug: string) => {
    const box = document.getElementById(`theme-${slug}`) as HTMLInputElement | null;
    if (box) box.checked = true;
    setApplied((a) => [...a, slug]);
  };

  return (
    <section className="live-help" ref={ref} aria-labelledby="live-help-title">
      <h2 id="live-help-title">{t("intake.suggestionsTitle")}</h2>
      <div aria-live="polite">
        {!data || (data.themes.length === 0 && data.similar.length === 0 && !data.unavailable) ? (
          <p className="muted">{t("intake.noSuggestions")}</p>
        ) : (
          <>
            {data.themes.length > 0 ? (
              <>
                <h3>{t("intake.suggestedThemes")}</h3>
                <ul className="tags">
                  {data.themes.map((slug) => (
                    <li key={slug}>
                      {!hydrated ? (
                        <span className="tag">{label(slug)}</span>
                      ) : applied.includes(slug) ? (
                        <span className="tag">{t("intake.themeApplied", { theme: label(slug) })}</span>
                      ) : (
                        <button type="button" className="tag tag-button" onClick={() => apply(slug)} aria-label={t("intake.applyTheme", { theme: label(slug) })}>
                          + {label(slug)}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {data.similar.length > 0 ? (
              <>
                <h3>{t("intake.similarTitle")}</h3>
                <ul>
                  {data.similar.map((c) => (
                    <li key={c.slug}>
                      <Link to={`/opgaven/${c.slug}`} target="_blank" rel="noopener">
                        {t(c.explanation.strength === "strong" ? "intake.similarItem" : "intake.similarItemPossible", { owner: c.owner, title: c.title })}
                      </Link>
                      <Explanation explanation={c.explanation} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {data.unavailable ? <p className="muted">{t("intake.suggestionsUnavailable")}</p> : null}
          </>
        )}
      </div>
    </section>
  );
}
