/**
 * The action contract (ADR 0021): one place for what every route action repeated. Private pages and action replies
 * are never cached (`NO_STORE`); a reply is `data(result, { status, headers: NO_STORE })`; `bad` is the 400 of an
 * invalid form; `parseForm` checks a form against the zod schema the browser shares; `dispatchIntent` runs the
 * handler named by the form's `intent` field and answers 400 for an unknown one (remix-run/examples `multiple-forms`);
 * `replyError` and `raise` turn a domain module's typed error (app/domain/errors.ts) into its status and message.
 */
import { data } from "@remix-run/node";
import type { z } from "zod";
import { fieldErrors, formValues } from "../domain/auth/schemas";
import type { DomainError, ErrorCatalogue } from "../domain/errors";

/** Responses with personal data: not stored by the browser or any cache. */
/** The submitted values to show again (secrets left out), for routes whose client code must not import the schemas. */
export { formValues };

export const NO_STORE = { "Cache-Control": "private, no-store" } as const;

/** An action's reply (200 unless told otherwise), never cached. */
export const reply = <T>(result: T, status = 200) => data(result, { status, headers: NO_STORE });

/** The 400 of an invalid form or an unknown intent, never cached. */
export const bad = <T>(result: T) => reply(result, 400);

/** The form's `intent` field ("" when missing). */
export const intentOf = (form: FormData): string => String(form.get("intent") ?? "");

type Handler = (intent: string) => unknown;

/**
 * Runs the handler named by the form's `intent` and returns what it returns. An intent without a handler gets
 * `unknown` (by default a 400 with the generic form error).
 */
export async function dispatchIntent<H extends Record<string, Handler>, U = ReturnType<typeof bad<{ intent: string; errors: { form: string } }>>>(
  form: FormData,
  handlers: H,
  unknown?: (intent: string) => U | Promise<U>,
): Promise<Awaited<ReturnType<H[keyof H]>> | U> {
  const intent = intentOf(form);
  const handler = Object.hasOwn(handlers, intent) ? handlers[intent] : undefined;
  if (handler) return (await handler(intent)) as Awaited<ReturnType<H[keyof H]>>;
  if (unknown) return unknown(intent);
  return bad({ intent, errors: { form: "forms.invalid" } }) as U;
}

/** A form's problems, keyed by field ("form" for the whole form); values are i18n keys. */
export type FieldErrors = Record<string, string>;

/**
 * A form checked against its schema: the typed data, or the field errors (the schema's messages are i18n keys).
 * `values` echoes what the user typed (never passwords or codes), so a failed form keeps its text. `input` replaces
 * the form's fields as the parsed object (repeated keys, defaults); `errorsOf` maps the schema's issues (a module's
 * own fallback message).
 */
export function parseForm<S extends z.ZodTypeAny>(
  form: FormData,
  schema: S,
  options: { input?: Record<string, unknown>; errorsOf?: (error: z.ZodError) => FieldErrors } = {},
): { ok: true; data: z.output<S>; values: Record<string, string> } | { ok: false; errors: FieldErrors; values: Record<string, string> } {
  const values = formValues(form);
  const parsed = schema.safeParse(options.input ?? Object.fromEntries(form));
  return parsed.success ? { ok: true, data: parsed.data, values } : { ok: false, errors: (options.errorsOf ?? fieldErrors)(parsed.error), values };
}

/** The message and field of a typed domain error (for replies that list several failures). */
export function errorMessage<C extends string>(catalogue: ErrorCatalogue<C>, error: DomainError<C>) {
  const spec = catalogue[error.error];
  return { status: spec.status, field: error.field ?? spec.field ?? "form", message: spec.message };
}

/**
 * Stops the request with the error page for `code` (a thrown response whose body names the code), as the request
 * guards do for 401/403/404.
 */
export function raise<C extends string>(catalogue: ErrorCatalogue<C>, code: C): never {
  throw data({ error: code }, { status: catalogue[code].status });
}

/**
 * The reply to a failed domain operation: its status, and its message at its field in `body.errors`. A code the
 * catalogue marks `page` is thrown instead (the error page). `field` moves the message (e.g. to "form" where the
 * form has no such input). A failure that carries its own field errors (`errors`: a form's validation) replies with
 * those instead of the catalogue's message.
 */
export function replyError<C extends string, B extends object>(
  catalogue: ErrorCatalogue<C>,
  error: DomainError<C>,
  body: B & { errors?: FieldErrors },
  options: { field?: string } = {},
) {
  if (catalogue[error.error].page) raise(catalogue, error.error);
  const { status, field, message } = errorMessage(catalogue, error);
  const own = (error as { errors?: FieldErrors }).errors;
  return reply({ ...body, errors: { ...body.errors, ...(own ?? { [options.field ?? field]: message }) } as FieldErrors }, status);
}
