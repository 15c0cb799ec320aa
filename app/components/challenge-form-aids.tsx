import { useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { completeness, readChallengeForm, type ChallengeFormValues } from "../domain/intake/challenge-schema";
import type { DraftSuggestions } from "../domain/intake/challenge-suggest.server";
import { useHydrated } from "../utils/hydrated";
import { suggestionUrl } from "./challenge-live-help";
import { FieldError } from "./form";

/** Where each required part is edited (a group of checkboxes is reached through its first box). */
const ANCHORS: Record<string, string> = { themes: "themes-group", regions: "regions-group" };

/**
 * Which parts a submission needs are filled in. Rendered by the server from the values it has (so it is there
 * without JavaScript), then recomputed from the form on every change with the same rules the server applies.
 */
export function ChallengeProgress({ values }: { values: ChallengeFormValues }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const [parts, setParts] = useState(() => completeness(values));
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const update = () => setParts(completeness(readChallengeForm(new FormData(form))));
    update();
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    return () => {
      form.removeEventListener("input", update);
      form.removeEventListener("change", update);
    };
  }, []);
  const done = parts.filter((p) => p.done).length;
  return (
    <section className="form-progress" aria-labelledby="progress-title" ref={ref}>
      <h2 id="progress-title">{t("owners.progress.title")}</h2>
      <p aria-live="polite" data-testid="progress-summary">
        {done === parts.length ? t("owners.progress.ready") : t("owners.progress.summary", { done, total: parts.length })}
      </p>
      <progress max={parts.length} value={done} aria-labelledby="progress-title" />
      <ul className="plain-list progress-parts">
        {parts.map((p) => {
          const label = t(`intake.${p.field}` as "intake.title");
          return (
            <li key={p.field} className={p.done ? "done" : "todo"}>
              <span aria-hidden="true" className="progress-mark">
                {p.done ? "✓" : "○"}
              </span>{" "}
              <a href={`#${ANCHORS[p.field] ?? p.field}`}>{label}</a>{" "}
              <span className="muted">({p.done ? t("owners.progress.done") : t("owners.progress.todo")})</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The theme checkboxes with "Thema's voorstellen". With JavaScript the button asks the live-help route and the
 * suggested themes move to the top of the list, marked, for the author to tick; without it the button posts the
 * form and the page comes back the same way (`initialSuggested` from the action).
 */
export function ThemeChoices({
  themes,
  selected,
  error,
  initialSuggested,
}: {
  themes: { slug: string; label: string }[];
  selected: string[];
  error?: string;
  initialSuggested: string[] | null;
}) {
  const { t } = useTranslation();
  const fetcher = useFetcher<DraftSuggestions>();
  const hydrated = useHydrated();
  const suggested = fetcher.data?.themes ?? initialSuggested;
  const ordered = suggested ? [...themes.filter((th) => suggested.includes(th.slug)), ...themes.filter((th) => !suggested.includes(th.slug))] : themes;
  const label = (slug: string) => themes.find((th) => th.slug === slug)?.label ?? slug;
  const ask = (event: MouseEvent<HTMLButtonElement>) => {
    const form = event.currentTarget.form;
    if (!form || !hydrated) return;
    event.preventDefault();
    fetcher.load(suggestionUrl(form));
  };
  const status =
    fetcher.state === "loading"
      ? t("owners.themeSuggestions.loading")
      : suggested
        ? suggested.length
          ? t("owners.themeSuggestions.found", { count: suggested.length, themes: suggested.map(label).join(", ") })
          : t("owners.themeSuggestions.none")
        : "";
  return (
    <fieldset className="choice-group" id="themes-group" aria-describedby={error ? "themes-error" : undefined}>
      <legend>{t("intake.themes")}</legend>
      <FieldError id="themes-error" error={error} />
      <p>
        <button type="submit" name="intent" value="suggest" className="utrecht-button utrecht-button--secondary-action" formNoValidate onClick={ask}>
          {t("intake.suggest")}
        </button>
      </p>
      <p role="status" className="theme-suggestion-status" data-testid="theme-suggestion-status">
        {status}
      </p>
      <ul className="choices">
        {ordered.map((th) => (
          <li key={th.slug} className={suggested?.includes(th.slug) ? "suggested" : undefined}>
            <input type="checkbox" id={`theme-${th.slug}`} name="themes" value={th.slug} defaultChecked={selected.includes(th.slug)} />
            <label htmlFor={`theme-${th.slug}`}>
              {th.label}
              {suggested?.includes(th.slug) ? <span className="badge"> {t("owners.themeSuggestions.badge")}</span> : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
