/**
 * The stored session's version and size caps, without zod: the session schema (session-schema.ts)
 * is built from them, and pages that only need a number (a notes field's maxLength, a version to
 * write) import them from here, so they do not download zod before first paint.
 */

/** Bump when the stored shape changes, and add the step in migrate-session.ts. */
export const SESSION_VERSION = 6;

/** Notes are capped so one runaway paste cannot fill the learner's storage. */
export const MAX_NOTES_LENGTH = 100_000;
export const MAX_QUESTION_LENGTH = 500;
export const MAX_QUESTIONS = 200;
export const MAX_ENTITIES_LENGTH = 2_000;
export const MAX_ROW_ID_LENGTH = 40;
export const MAX_ROW_NAME_LENGTH = 200;
export const MAX_DEEP_DIVE_ANSWERS = 50;
export const MAX_DEEP_DIVE_PROMPT_ID = 80;
