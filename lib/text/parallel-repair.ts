import type { Sentence } from './clauses';
import type { Withdrawal } from './retraction';
import type { TextToken } from './tokens';

/**
 * Spoken repairs whose cue also has other uses ("sorry", "well"): "key by patient id - sorry, machine id -",
 * "each ward's gateway, well each plant's gateway, runs the producer". They read as repairs only when set apart by marks
 * and the words after them end in the same head as the words before ("patient id" / "machine id": "id"), so the new
 * words stand in for as many old ones: "Sorry, we lose a day" or "well, it depends" are untouched. The unambiguous cues
 * ("I mean", "no wait", "or rather") are read in retraction.ts.
 */
const CUES: ReadonlySet<string> = new Set(['sorry', 'well', 'oops', 'er', 'erm', 'uh', 'um']);
/** Marks that set a stretch apart: a comma, a semicolon, a dash. */
const APART: ReadonlySet<string> = new Set([',', ';', '-', '\u2013', '\u2014', '(', ')']);
/** Most words a replacement spans. */
const MAX_REPLACEMENT = 4;

const isApart = (token: TextToken | undefined) => token !== undefined && token.kind === 'mark' && APART.has(token.norm);

/**
 * The repaired words of each such repair, as withdrawals (the cue word is the cue), in text order: the replacement
 * stands, the words it replaces are not said. Pure; O(tokens).
 */
export function readParallelRepairs(tokens: readonly TextToken[], sentences: readonly Sentence[]): Withdrawal[] {
  const found: Withdrawal[] = [];
  for (const sentence of sentences) {
    for (let cue = sentence.from + 1; cue < sentence.to; cue += 1) {
      const token = tokens[cue];
      if (token?.kind !== 'word' || !CUES.has(token.norm) || !isApart(tokens[cue - 1])) continue;
      // The replacement: the words after the cue (and a comma) up to the next mark that sets it apart.
      const replacement: number[] = [];
      let t = cue + 1;
      if (tokens[t]?.norm === ',') t += 1;
      for (; t < sentence.to && replacement.length <= MAX_REPLACEMENT; t += 1) {
        const next = tokens[t] as TextToken;
        if (next.kind === 'mark') {
          if (APART.has(next.norm) || next.norm === '.') break;
          continue;
        }
        replacement.push(t);
      }
      if (replacement.length < 2 || replacement.length > MAX_REPLACEMENT) continue;
      // The stretch before: back from the mark before the cue to the previous mark that sets words apart.
      const stretch: number[] = [];
      for (let b = cue - 2; b >= sentence.from; b -= 1) {
        const before = tokens[b] as TextToken;
        if (before.kind === 'mark') {
          if (APART.has(before.norm)) break;
          continue;
        }
        stretch.unshift(b);
      }
      if (stretch.length < replacement.length) continue;
      const repaired = stretch.slice(stretch.length - replacement.length);
      const head = (indices: readonly number[]) => tokens[indices[indices.length - 1] as number]?.norm;
      const same = repaired.every((at, k) => tokens[at]?.norm === tokens[replacement[k] as number]?.norm);
      if (head(repaired) !== head(replacement) || same) continue;
      found.push({ from: repaired[0] as number, to: (repaired[repaired.length - 1] as number) + 1, cueFrom: cue, cueTo: cue + 1 });
    }
  }
  return found;
}
