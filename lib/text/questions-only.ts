import type { ReadText } from './read-text';

/** Fewest sentences an answer of questions only must have to be read as asking back (one question may be rhetorical). */
export const MIN_ASKED_SENTENCES = 2;

/**
 * Whether the text is made only of questions ("Atomicity? Isolation level: read committed or serializable? Which would
 * you like?"): at least MIN_ASKED_SENTENCES sentences and every one ends in "?". Such an answer asks the interviewer
 * back and claims nothing; an answer that asks and then answers itself ("Where does it resume? From the checkpoint.")
 * has statements and is not. Pure.
 */
export function asksOnly(read: ReadText): boolean {
  return read.sentences.length >= MIN_ASKED_SENTENCES && read.sentences.every((sentence) => sentence.question);
}
