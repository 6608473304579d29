// Apart from the scorer, so the session schema can use it without loading the text tools; without zod, so a page
// that only shows the limit does not download it (the schema is answer-text-schema.ts).

/**
 * The most characters of one deep-dive answer that are stored and graded: room for a strong written answer of about
 * 1,500 words (a 900-word walkthrough is ~5,000 characters), while one pasted document still cannot stall the reader.
 */
export const MAX_DEEP_DIVE_ANSWER = 10_000;

const count = (value: number) => value.toLocaleString('en-US');

/**
 * The sentence for an answer of `length` characters past MAX_DEEP_DIVE_ANSWER: how long it is, by how much it is
 * over, and what to do ("The answer is 10,250 characters, 250 over the 10,000 limit: shorten it to have it graded.").
 */
export function deepDiveAnswerTooLong(length: number): string {
  return `The answer is ${count(length)} characters, ${count(length - MAX_DEEP_DIVE_ANSWER)} over the ${count(MAX_DEEP_DIVE_ANSWER)} limit: shorten it to have it graded.`;
}
