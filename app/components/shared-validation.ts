/**
 * Shared client/server validation (ADR 0021). The browser checks a form with the zod schema its action parses it with
 * (Conform: on blur, and again on every keystroke once a field shows an error), so a mistake shows before the round
 * trip. The messages are the same i18n keys the server answers with. Without JavaScript nothing changes: the form
 * posts and the server's answer is shown. A server message stands until the user edits that field; a new answer
 * from the server starts afresh.
 */
import { parse, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { useEffect, useState, type FormEvent } from "react";
import type { ZodTypeAny } from "zod";

type Errors = Record<string, string | undefined>;

/**
 * `check` is the action's zod schema, or, for a form whose posted shape the server reads before its schema (the
 * solution form's deployment rows), a function that does the same reading and returns the field errors. Errors whose
 * key is not a field name (e.g. `dep-0-code`) show on submit, not on blur.
 */
export function useSharedValidation(check: ZodTypeAny | ((form: FormData) => Record<string, string>), serverErrors: Errors) {
  const [form] = useForm<Record<string, unknown>, string[]>({
    onValidate: ({ formData }) =>
      typeof check === "function"
        ? parse(formData, {
            resolve: () => {
              const errors = Object.entries(check(formData));
              return errors.length ? { error: Object.fromEntries(errors.map(([name, message]) => [name, [message]])) } : { value: {} };
            },
          })
        : parseWithZod(formData, { schema: check }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  // A new answer from the server (compared by content: callers may pass a fresh object on every render).
  const answer = JSON.stringify(serverErrors);
  useEffect(() => setEdited(new Set()), [answer]);
  const errors: Errors = {};
  for (const [name, message] of Object.entries(serverErrors)) if (message && !edited.has(name)) errors[name] = message;
  for (const [name, messages] of Object.entries(form.allErrors)) if (messages?.[0]) errors[name] = messages[0];
  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const name = (event.target as { name?: string }).name;
    if (name && !edited.has(name)) setEdited(new Set(edited).add(name));
  };
  return { formProps: { id: form.id, onSubmit: form.onSubmit, onInput, noValidate: true }, errors };
}
