/** Form schemas of the brokering pages. Messages are translation keys (app/i18n/areas/brokering.ts). */
import { z } from "zod";
import { CONTACT_MODES } from "../../../shared/vocabulary/challenges";
import { UUID_PATTERN } from "../../../shared/vocabulary/ids";
import { INTRODUCTION_MAX, NOTE_MAX, PITCH_MAX, PITCH_MIN } from "../../../shared/vocabulary/limits";
import { MATCH_STATES } from "../../../shared/vocabulary/matches";
import { STALE_STATES } from "./states";
import { wholeNumberField } from "../form-ranges";

export { PITCH_MAX, PITCH_MIN };

const uuid = (message: string) => z.string({ required_error: message }).trim().uuid(message);
const state = z.enum(MATCH_STATES, { message: "brokering.stateInvalid" });
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);

export const RespondSchema = z.object({
  solutionId: uuid("brokering.solutionRequired"),
  pitch: z
    .string({ required_error: "brokering.pitchTooShort" })
    .trim()
    .min(PITCH_MIN, "brokering.pitchTooShort")
    .max(PITCH_MAX, "brokering.pitchTooLong"),
});

export const InterestSchema = z.object({ solutionId: uuid("brokering.solutionRequired") });

export const StateChangeSchema = z.object({
  from: state,
  to: state,
  note: optionalText(2000, "brokering.noteTooLong"),
  closedReason: optionalText(1000, "brokering.reasonTooLong"),
});

export const BulkSchema = z.object({
  to: state,
  closedReason: optionalText(1000, "brokering.reasonTooLong"),
  /** Checkbox values "<match id>:<state the user saw>". */
  items: z
    .array(z.string().regex(new RegExp(`^${UUID_PATTERN}:(${MATCH_STATES.join("|")})$`), "brokering.selectionInvalid"), {
      required_error: "brokering.selectNone",
    })
    .min(1, "brokering.selectNone")
    .max(200, "brokering.selectionInvalid"),
});

export const NoteSchema = z.object({
  body: z.string({ required_error: "brokering.noteRequired" }).trim().min(1, "brokering.noteRequired").max(NOTE_MAX, "brokering.noteTooLong"),
});

export const AssignSchema = z.object({
  brokerUserId: z
    .string()
    .trim()
    .max(100, "brokering.brokerInvalid")
    .optional()
    .transform((v) => v || null),
});

export const IntroduceSchema = z.object({
  from: state,
  body: z
    .string({ required_error: "brokering.introRequired" })
    .trim()
    .min(1, "brokering.introRequired")
    .max(INTRODUCTION_MAX, "brokering.introTooLong"),
});

export const ContactModeSchema = z.object({ contactMode: z.enum(CONTACT_MODES, { message: "brokering.contactModeInvalid" }) });

export const SuggestSchema = z.object({
  challengeId: uuid("brokering.challengeRequired"),
  solutionId: uuid("brokering.solutionRequired"),
});

/** Whole days, written as digits ("1e2" or "14.0" is not what the form offers). */
const days = wholeNumberField(1, 365, "brokering.daysInvalid");
export const StaleSettingsSchema = z.object(Object.fromEntries(STALE_STATES.map((s) => [s, days])) as Record<(typeof STALE_STATES)[number], typeof days>);
