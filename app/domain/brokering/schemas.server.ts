/**
 * The brokering form schemas for route actions, through a .server module: the public challenge page imports them
 * here so its JavaScript does not carry zod (an unused import of a module with top-level code still ships the
 * module; issue 15, page weight). Client components take the limits from shared/vocabulary/limits.
 */
export { ContactModeSchema, InterestSchema, RespondSchema } from "./schemas";
