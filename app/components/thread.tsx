/** Parts of the thread page: the timeline of messages and system lines, and the reply form. */
import { Form, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMessage } from "./form";
import { Markdown } from "./markdown";
import { Time } from "./time";
import { useFormat } from "../utils/format";

export type TimelineEntry =
  | { type: "message"; id: string; at: string; body: string; author: { id: string | null; name: string | null; organisation: string | null } }
  | { type: "system"; id: string; at: string; event: "joined" | "left"; name: string; actorName: string | null };

export function Timeline({ items, me }: { items: TimelineEntry[]; me: string }) {
  const { t } = useTranslation();
  return (
    <ol className="message-list">
      {items.map((item) =>
        item.type === "message" ? (
          <li key={item.id} id={`bericht-${item.id}`} className={`message${item.author.id === me ? " mine" : ""}`}>
            <p className="message-meta">
              <strong>{item.author.name ?? t("thread.formerUser")}</strong>
              {item.author.id === me ? ` (${t("thread.you")})` : ""}
              {item.author.organisation ? ` · ${item.author.organisation}` : ""} · <Time iso={item.at} />
            </p>
            <Markdown text={item.body} />
          </li>
        ) : (
          <li key={item.id} className="system-line">
            {item.event === "left"
              ? t("thread.leftLine", { name: item.name })
              : item.actorName
                ? t("thread.joinedBy", { name: item.name, actor: item.actorName })
                : t("thread.joined", { name: item.name })}{" "}
            · <Time iso={item.at} />
          </li>
        ),
      )}
    </ol>
  );
}

/**
 * The reply form. Its idempotency key comes from the loader and is kept until a post succeeds, so a double click
 * or a resubmit posts once, and a live refresh of the page does not clear what the user is typing.
 */
export function ReplyForm({ idempotencyKey, max, error, value }: { idempotencyKey: string; max: number; error?: string; value?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tm = useMessage();
  const navigation = useNavigation();
  const [formKey, setFormKey] = useState(idempotencyKey);
  const posting = useRef(false);
  const submitting = navigation.state !== "idle" && navigation.formData?.get("intent") === "reply";
  useEffect(() => {
    if (submitting) posting.current = true;
    else if (posting.current && navigation.state === "idle") {
      posting.current = false;
      if (!error) setFormKey(idempotencyKey);
    }
  }, [submitting, navigation.state, idempotencyKey, error]);
  return (
    <Form method="post" className="form wide" noValidate key={formKey}>
      <input type="hidden" name="intent" value="reply" />
      <input type="hidden" name="idempotencyKey" value={formKey} />
      <div className="field">
        <label htmlFor="body">{t("thread.replyLabel")}</label>
        <p id="body-hint" className="field-hint utrecht-form-field-description">
          {t("thread.replyHint", { max: f.number(max) })}
        </p>
        <textarea
          id="body"
          name="body"
          rows={6}
          defaultValue={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "body-hint body-error" : "body-hint"}
        />
        {error ? (
          <p id="body-error" className="field-error utrecht-form-field-error-message">
            {tm(error)}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={submitting}>
          {submitting ? t("thread.sending") : t("thread.send")}
        </button>
      </div>
    </Form>
  );
}
