/*
 * The length limits of answer boxes whose text is not stored in a session (it is checked, then kept as a draft at
 * most), shown with a count and a "shorten it" error instead of a maxLength that cuts a paste without a word.
 */

/** A drill's answer is a figure or a short phrase; 1,000 characters is several sentences of working. */
export const MAX_DRILL_ANSWER = 1_000;
/** A concept question's written answer: "a sentence or two", with room to spare. */
export const MAX_CONCEPT_ANSWER = 2_000;
/** A clarify question being typed, kept across a reload: far past MAX_QUESTION_LENGTH, so a long paste is not cut. */
export const MAX_QUESTION_DRAFT = 20_000;
/**
 * A worksheet row's name: an identifier later rows use. The estimate engine reads names of up to 64 characters
 * (MAX_NAME_LENGTH in lib/estimate/names.ts, kept apart from it so the worksheet does not download mathjs to show it).
 */
export const MAX_ROW_NAME_INPUT = 64;
