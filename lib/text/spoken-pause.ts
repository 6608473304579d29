import type { TextToken } from './tokens';

// Hesitation sounds: never a word of content, wherever they stand ("is, um, three").
const HESITATIONS: ReadonlySet<string> = new Set(['um', 'uh', 'uhm', 'umm', 'uhh', 'er', 'erm', 'hmm', 'hm', 'ah']);
// Discourse fillers: fillers only when set apart by commas (", like, the watermark"); "like a queue" is a comparison.
const SET_OFF_FILLERS: ReadonlySet<string> = new Set(['like', 'basically', 'so', 'well', 'right', 'okay', 'ok', 'anyway']);
// Spoken repairs after a trailing-off ("three... no wait, two", "minus... sorry, I mean plus"): they replace the words
// that trailed off. A take-back ("... actually no, ...") rejects the whole statement instead and ends it.
const REPAIR_OPENERS: readonly (readonly string[])[] = [['no', 'wait'], ['wait'], ['sorry'], ['i', 'mean'], ['or', 'rather'], ['make', 'that']];
// Marks that set a filler apart.
const SET_APART: ReadonlySet<string> = new Set([',', '\u2026']);

/**
 * Whether the word token at `index` is a spoken filler: a hesitation ("um", "uh", "erm") anywhere, or a discourse
 * filler ("like", "basically") set apart by a comma or a trailing-off before it and a comma after it
 * ("the watermark is, um, like, the max event time"). Such a word carries nothing and must not cut the clause it
 * interrupts. Pure.
 */
export function isSpokenFiller(tokens: readonly TextToken[], index: number): boolean {
  const token = tokens[index];
  if (token?.kind !== 'word') return false;
  if (HESITATIONS.has(token.norm)) return true;
  if (!SET_OFF_FILLERS.has(token.norm)) return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const apartBefore = before === undefined || (before.kind === 'mark' && (SET_APART.has(before.norm) || before.norm === '.')) || before.breakBefore;
  return apartBefore && after?.kind === 'mark' && SET_APART.has(after.norm);
}

/**
 * Whether the mark at `index` is part of a trailing-off ("...", "\u2026") in speech: three dots written together, or
 * the one-character ellipsis. Pure.
 */
export function isTrailingOff(tokens: readonly TextToken[], index: number): boolean {
  const token = tokens[index];
  if (token?.kind !== 'mark') return false;
  if (token.norm === '\u2026') return true;
  if (token.norm !== '.') return false;
  const joined = (a: TextToken | undefined, b: TextToken | undefined) => a !== undefined && b !== undefined && a.norm === '.' && b.norm === '.' && a.end === b.start;
  return joined(tokens[index - 1], token) || joined(token, tokens[index + 1]);
}

/**
 * Whether a trailing-off ending at mark `index` is followed by a spoken repair of what trailed off ("the current time
 * minus... no wait, it's the max event time"): the repair belongs to the same sentence, which the dots do not end.
 * Pure.
 */
export function trailsIntoRepair(tokens: readonly TextToken[], index: number): boolean {
  if (!isTrailingOff(tokens, index)) return false;
  let next = index + 1;
  while (tokens[next]?.kind === 'mark' && (tokens[next]?.norm === '.' || tokens[next]?.norm === ',' || tokens[next]?.norm === '\u2026')) next += 1;
  const words: string[] = [];
  for (let t = next; t < tokens.length && words.length < 2; t += 1) {
    const token = tokens[t] as TextToken;
    if (token.kind === 'word') words.push(token.norm);
    else if (token.norm !== ',') break;
  }
  return REPAIR_OPENERS.some((opener) => opener.every((word, k) => words[k] === word));
}

// Repair cues by their last word and the word before it ("no wait", "sorry", "I mean"): see retraction.ts REPAIRS.
const REPAIR_CUE_ENDS: readonly (readonly string[])[] = [['no', 'wait'], ['wait', 'no'], ['sorry'], ['i', 'mean'], ['sorry', 'i', 'mean'], ['or', 'rather'], ['make', 'that']];

/**
 * Whether the words just before the mark at `index` close a spoken repair cue ("..., no wait, it's two", "sorry, I
 * mean, the max"): what follows replaces the words before the cue, so the mark after the cue does not open a new
 * clause. Pure.
 */
export function closesRepairCue(tokens: readonly TextToken[], index: number): boolean {
  // The last words before the mark, passing over the commas inside a cue ("wait, no").
  const words: string[] = [];
  for (let t = index - 1; t >= 0 && words.length < 3; t -= 1) {
    const token = tokens[t] as TextToken;
    if (token.kind === 'word') words.unshift(token.norm);
    else if (token.norm !== ',' || words.length === 0) break;
  }
  return REPAIR_CUE_ENDS.some((cue) => cue.length <= words.length && cue.every((word, k) => words[words.length - cue.length + k] === word));
}
