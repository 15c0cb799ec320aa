/**
 * "Relevant" / "niet relevant" on one suggestion, with an optional reason (issue 14). A form per item that posts to
 * /suggesties/oordeel: without JavaScript the page comes back at the list; with it the form is a fetcher (no page
 * jump) and the list reloads, so a suggestion marked not relevant leaves it.
 */
import { useFetcher, useLocation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { JudgementControls } from "../domain/judgements/judgements.server";
import { JUDGEMENT_REASON_MAX, type JudgementVerdict } from "../../shared/vocabulary/judgements";
import { TextField } from "./form";

export type JudgementReply = { ok: true; verdict: JudgementVerdict } | { ok?: false; errors: Record<string, string>; values: Record<string, string> };

export function JudgementControl({
  challengeId,
  solutionId,
  title,
  verdict,
  anchor,
}: {
  challengeId: string;
  solutionId: string;
  /** The suggested record's title (names the group for screen readers). */
  title: string;
  /** The viewer's own latest verdict, if any. */
  verdict?: JudgementVerdict;
  /** The list's id: where the page returns to without JavaScript. */
  anchor: string;
}) {
  const { t } = useTranslation();
  const fetcher = useFetcher<JudgementReply>();
  const location = useLocation();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const reply = fetcher.data;
  const current = reply?.ok ? reply.verdict : verdict;
  // A suggestion marked not relevant leaves the list with its controls: keep focus on the list (its heading).
  useEffect(() => {
    if (reply?.ok && reply.verdict === "not_relevant") {
      const heading = document.getElementById(anchor);
      heading?.setAttribute("tabindex", "-1");
      heading?.focus();
    }
  }, [reply, anchor]);
  const fieldId = `oordeel-${solutionId}-${challengeId}`;
  return (
    <fetcher.Form method="post" action="/suggesties/oordeel" className="judgement" preventScrollReset noValidate>
      <fieldset>
        <legend>{t("judgements.legend", { title })}</legend>
        <input type="hidden" name="challengeId" value={challengeId} />
        <input type="hidden" name="solutionId" value={solutionId} />
        <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}#${anchor}`} />
        {hydrated ? <input type="hidden" name="client" value="1" /> : null}
        <TextField
          name="reason"
          id={fieldId}
          label={t("judgements.reason")}
          maxLength={JUDGEMENT_REASON_MAX}
          error={reply && !reply.ok ? (reply.errors.reason ?? reply.errors.verdict) : undefined}
        />
        <VerdictButtons current={current} />
        <p role="status" className="judgement-status">
          {fetcher.state !== "idle" ? t("judgements.saving") : current === "relevant" ? t("judgements.markedRelevant") : null}
        </p>
      </fieldset>
    </fetcher.Form>
  );
}

/** The two submit buttons; the form's `verdict` is the one pressed. */
export function VerdictButtons({ current }: { current?: JudgementVerdict }) {
  const { t } = useTranslation();
  return (
    <div className="judgement-buttons">
      <button type="submit" name="verdict" value="relevant" className="utrecht-button utrecht-button--secondary-action" aria-pressed={current === "relevant"}>
        {t("judgements.relevant")}
      </button>
      <button type="submit" name="verdict" value="not_relevant" className="utrecht-button utrecht-button--secondary-action">
        {t("judgements.notRelevant")}
      </button>
    </div>
  );
}

/** The controls for each item of a list, when the viewer may judge (else nothing). */
export function judgementActions(
  controls: JudgementControls | undefined,
  pair: (candidateId: string) => { challengeId: string; solutionId: string },
  anchor: string,
) {
  if (!controls?.enabled) return undefined;
  const Actions = (item: { document: { id: string; title: string } }) => (
    <JudgementControl {...pair(item.document.id)} title={item.document.title} verdict={controls.mine[item.document.id]} anchor={anchor} />
  );
  return Actions;
}
