/**
 * Typed domain errors (ADR 0021). Each domain module declares one catalogue: code → HTTP status → i18n key (and the
 * form field the message belongs to). Domain functions return `Result`s whose failures carry a code of their
 * catalogue; they never build or throw HTTP responses. Routes turn a failure into a reply in one place:
 * `replyError` / `raise` in app/utils/action.server.ts.
 *
 * Pure data and types: safe for the browser, so a component may name a catalogue's codes.
 */

export interface ErrorSpec {
  /** The HTTP status of the reply. */
  status: 400 | 401 | 403 | 404 | 409;
  /** The i18n key of the message shown to the user. */
  message: string;
  /** The form field the message is shown at ("form" when not set: the summary at the top). */
  field?: string;
  /** Answered with the error page (a thrown response), not next to the form. */
  page?: true;
}

export type ErrorCatalogue<C extends string = string> = { readonly [K in C]: ErrorSpec };

/** Declares a module's catalogue; the codes become a type (`CodeOf<typeof catalogue>`). */
export const defineErrors = <const C extends Record<string, ErrorSpec>>(codes: C): C => codes;

export type CodeOf<K> = Extract<keyof K, string>;

/** A failed domain operation: `error` is a code of the module's catalogue; `field` overrides the catalogue's field. */
export type DomainError<C extends string, X extends object = object> = { ok: false; error: C; field?: string } & X;

/** What a domain operation returns: `{ ok: true, ...value }` or a typed failure. */
export type Result<T extends object, C extends string, X extends object = object> = ({ ok: true } & T) | DomainError<C, X>;

/** A typed failure, for `return fail("conflict", { current })`. */
export const fail = <C extends string, X extends object = object>(error: C, extra?: X): DomainError<C, X> =>
  ({ ok: false, error, ...(extra as X) }) as DomainError<C, X>;
