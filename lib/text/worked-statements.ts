import { NUMBER_WORDS } from './values';

/**
 * A statement of working in prose: a sentence of the notes that computes a figure, with `=` before its result
 * ("200 GB/day x 365 days = 73 TB a year", "50M / 86,400 s = ~580 events/s, x10 on the sale day = ~5,800/s").
 */
export interface WorkedStatement {
  /** The sentence as written. */
  text: string;
  /** Every number the sentence writes, as values (`50M` -> 5e7, `86,400` -> 86400, `5.8k` -> 5800, `three` -> 3). */
  numbers: readonly number[];
  /** The numbers written after its first `=`: the results it states. */
  results: readonly number[];
}

/** Magnitude suffixes learners write after a number: `5.8k`, `50M`, `2 million`, `1.2bn`. */
const MAGNITUDES: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, mn: 1e6, bn: 1e9, billion: 1e9 };

// A number with optional digit groups, decimals, exponent and a magnitude word or letter (`M` before a unit
// letter such as `MB` is the unit's prefix, not millions: the suffix must end the word). A multiplication
// sign may touch it (`x10`).
const NUMBER = /(?<![\d.A-WYZa-wyz_])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(e[+-]?\d+)?(?:\s?(k|m|mn|bn|thousand|million|billion)\b)?/gi;
const WORD_NUMBER = /\b([a-z]+)\b/gi;

/** Sentences: split at a full stop, semicolon, or line break followed by space (a decimal point never is). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+|\n+/).map((part) => part.trim()).filter((part) => part !== '');
}

function numbersIn(text: string): number[] {
  const found: { at: number; value: number }[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const digits = `${(match[1] ?? '').replace(/,/g, '')}${match[2] ?? ''}${match[3] ?? ''}`;
    const magnitude = match[4] === undefined ? 1 : (MAGNITUDES[match[4].toLowerCase()] ?? 1);
    const value = Number(digits) * magnitude;
    if (Number.isFinite(value)) found.push({ at: match.index, value });
  }
  for (const match of text.matchAll(WORD_NUMBER)) {
    const value = NUMBER_WORDS[(match[1] ?? '').toLowerCase()];
    if (value !== undefined && value > 1) found.push({ at: match.index, value });
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.value);
}

/**
 * The sentences of a text that state working (WorkedStatement): each has an `=` with a number after it, and is
 * no question (a sentence ending in `?` offers a figure for the interviewer to confirm, it computes nothing).
 * Pure; empty for a text with none.
 */
export function workedStatements(text: string): WorkedStatement[] {
  const found: WorkedStatement[] = [];
  for (const sentence of sentencesOf(text)) {
    const equals = sentence.indexOf('=');
    if (equals < 0 || sentence.trimEnd().endsWith('?')) continue;
    const results = numbersIn(sentence.slice(equals + 1));
    if (results.length === 0) continue;
    found.push({ text: sentence, numbers: numbersIn(sentence), results });
  }
  return found;
}
