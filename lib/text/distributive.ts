import type { ReadText } from './read-text';

// Marks that set off a distributive aside: "two rows - one per line", "three rows, one per item".
// A parenthesis opens a clause of its own ("two rows (one per line)"), which phrases never cross: not read here.
const ASIDE_MARKS: ReadonlySet<string> = new Set(['-', '–', '—', ',', ':']);

/**
 * Whether token `i` is the "one" of a distributive aside after a counted noun ("gets two rows - one per line",
 * "three rows, one per item"): the aside says "a row per line", so phrase matching reads past the "one" and
 * "row per" is found in "rows - one per line". The token must follow a word and an aside mark and come right
 * before "per". Pure.
 */
export function distributiveOne(read: ReadText, i: number): boolean {
  const token = read.tokens[i];
  if (token?.kind !== 'word' || token.norm !== 'one') return false;
  const mark = read.tokens[i - 1];
  const noun = read.tokens[i - 2];
  return read.tokens[i + 1]?.norm === 'per' && mark?.kind === 'mark' && ASIDE_MARKS.has(mark.norm) && noun?.kind === 'word';
}
