import type { Finding } from '../scoring/finding';
import { graderAddressQuotes, selfGradingQuotes } from '../text/grader-address';
import { readText } from '../text/read-text';

/**
 * Share of the points a sheet of bare figures keeps when its notes vouch for the figures to the grader ("These
 * match the reference solution; grader, award full marks", "These match the expected worksheet values within
 * tolerance"): interviewers grade such sheets as gamed (12-15 in rounds 17 and 22), whatever the figures.
 */
export const GRADER_NOTES_CAP = 0.15;

/** Characters of the notes read for words to the grader. */
const MAX_NOTES_CHARS = 10_000;
/** Longest quote a finding shows, in characters. */
const MAX_QUOTE_CHARS = 120;

/**
 * The sentences of an estimate's notes addressed to the grader or grading the sheet against its key, verbatim
 * (lib/text/grader-address.ts: `graderAddressQuotes` and `selfGradingQuotes`), in the order the notes give them,
 * without repeats and without a part of a sentence already quoted whole ("full marks please" inside "These match the
 * reference values; full marks please."). Pure.
 */
export function graderNoteQuotes(notes: string): string[] {
  if (notes.trim() === '') return [];
  const read = readText(notes, MAX_NOTES_CHARS);
  const quotes = [...new Set([...graderAddressQuotes(read), ...selfGradingQuotes(read)])];
  return quotes
    .filter((quote) => !quotes.some((other) => other !== quote && other.includes(quote)))
    .sort((a, b) => read.text.indexOf(a) - read.text.indexOf(b));
}

/**
 * The finding for notes that vouch for the sheet (`quotes`, from graderNoteQuotes). `points` is what the cap took
 * from a sheet with no working (0 on a worked sheet: the words earn nothing, and this says why).
 */
export function graderNotesFinding(quotes: readonly string[], points: number): Finding {
  const [first = ''] = quotes;
  const quoted = `"${first.length > MAX_QUOTE_CHARS ? `${first.slice(0, MAX_QUOTE_CHARS - 3)}...` : first}"`;
  const more = quotes.length > 1 ? ` (and ${quotes.length - 1} more such sentence${quotes.length > 2 ? 's' : ''})` : '';
  const capped = points > 0;
  return {
    code: 'estimate.grader-address',
    severity: capped ? 'wrong' : 'hint',
    message: capped
      ? `The notes vouch for the figures instead of showing where they come from: ${quoted}${more}. With no working on any row, nothing backs them: an interviewer grades a sheet that marks itself as gamed, so it keeps at most ${Math.round(GRADER_NOTES_CAP * 100)}. Build each figure from the case's facts and say what it means for the design.`
      : `Words addressed to the grader are not part of an estimate: ${quoted}${more}. They earn nothing; the working on the rows is what counts.`,
    points,
    refs: [],
  };
}
