import type { Sentence } from './clauses';
import type { TextToken } from './tokens';

/**
 * Terms marked as not applicable: a label and a verdict that rules it out, as a list line or a table row
 * ("Checkpointing: N/A", "Chunks / hypertables: not needed", "Fraud - TBD", "Retention: none", "Compression: no",
 * "| Watermarks | n/a |", "Scope: fraud, ledger - all N/A"). The label's words are denied, never named: an answer that
 * lists every term of a rubric only to mark it "N/A" proposes nothing. Only the label is denied; what follows the
 * verdict ("Schema registry: not needed here because every producer is ours") is read as written.
 */
export type NotApplicableMark = {
  /** Token range of the denied label, `to` exclusive. */
  labelFrom: number;
  labelTo: number;
  /** Token range of the verdict ("N/A", "not needed"), `to` exclusive. */
  verdictFrom: number;
  verdictTo: number;
};

/** Most words a label may have: a longer run before a colon is a sentence, not a label. */
export const MAX_LABEL_WORDS = 8;

// What separates a label from its verdict: a colon, an equals sign, a spaced dash or a table cell's bar.
const SEPARATOR = /(?::|=|\||\s[-\u2013\u2014]+)\s*$/;
const SEPARATOR_MARKS: ReadonlySet<string> = new Set([':', '=', '|', '-', '\u2013', '\u2014']);
// The verdicts that rule a term out. "no" and a bare dash only as the whole value ("Compression: no", "Rollups: -");
// "none" not before "of" ("none of the writes ..." is a statement).
const VERDICT =
  /^(?:(?:all|both)\s+)?(?:n\s*\/\s*a\b|n\.a\.|not\s+(?:applicable|needed|necessary|required|relevant|important|wanted|used|in\s+scope|a\s+(?:concern|requirement|priority)|an\s+(?:issue|option|requirement))\b|no\s+(?:need(?:ed)?|target|requirement|concern)\b|none\b|nope\b|no(?=\s*(?:[,.;?!)|]|$))|tbd\b|tba\b|skip(?:ped)?\b|out\s+of\s+scope\b|irrelevant\b|unnecessary\b|unneeded\b|[-\u2013\u2014]+(?=\s*(?:[.;?!|]|$)))/i;
// A separator and a verdict after it anywhere in a text: what every mark needs (the separator ends the text before the
// verdict's token, the verdict opens the rest), so a text without it holds no mark and is not read token by token.
const MARK_CUE = new RegExp(`(?::|=|\\||\\s[-\u2013\u2014]+)\\s*${VERDICT.source.slice(1)}`, 'i');
// What may follow a verdict: the end of the item, a mark, or words that qualify or give its reason.
const TAIL = /^\s*(?:$|[,.;?!)|\u2013\u2014-]|(?:for|here|since|because|as|in|at|now|yet|i|we|needed|required|either|except|so|given|unless|until)\b)/i;

// The token index at or after a character offset.
function tokenAt(tokens: readonly TextToken[], offset: number, from: number, to: number): number {
  for (let i = from; i < to; i += 1) if ((tokens[i] as TextToken).end > offset) return i;
  return to;
}

// Items of a sentence: runs of tokens between line breaks (a table row, a list line).
function items(tokens: readonly TextToken[], sentence: Sentence): [number, number][] {
  const out: [number, number][] = [];
  let from = sentence.from;
  for (let i = sentence.from + 1; i < sentence.to; i += 1) {
    if (!(tokens[i] as TextToken).breakBefore) continue;
    out.push([from, i]);
    from = i;
  }
  out.push([from, sentence.to]);
  return out;
}

/**
 * Whether `text` may mark a term not applicable: a separator with a verdict right after it somewhere ("Retention: N/A",
 * "| Watermarks | n/a"). False means `readNotApplicable` finds nothing, so callers can skip reading the text; true
 * promises nothing (the label and what follows the verdict are checked there). One regex test; never throws.
 */
export function mayMarkNotApplicable(text: string): boolean {
  return typeof text === 'string' && MARK_CUE.test(text);
}

/**
 * Reads the labels a text marks as not applicable (see `NotApplicableMark`), in text order. Per sentence and line, a
 * verdict right after a separator denies the label before it, back to the line's start or the previous verdict, when
 * that label has one to MAX_LABEL_WORDS words. A table row counts only when the verdict is its last cell ("| history |
 * none | time travel |" compares options, its "none" denies nothing). Pure.
 */
export function readNotApplicable(text: string, tokens: readonly TextToken[], sentences: readonly Sentence[]): NotApplicableMark[] {
  const marks: NotApplicableMark[] = [];
  if (!mayMarkNotApplicable(text)) return marks;
  for (const sentence of sentences) {
    for (const [from, to] of items(tokens, sentence)) {
      let labelStart = from;
      for (let i = from; i < to; i += 1) {
        const token = tokens[i] as TextToken;
        if (i === labelStart || !SEPARATOR_MARKS.has((tokens[i - 1] as TextToken).norm)) continue;
        const start = token.start;
        const end = (tokens[to - 1] as TextToken).end;
        const before = text.slice((tokens[labelStart] as TextToken).start, start);
        const separator = SEPARATOR.exec(before);
        if (!separator) continue;
        const rest = text.slice(start, end);
        const verdict = VERDICT.exec(rest);
        if (!verdict) continue;
        const after = rest.slice(verdict[0].length);
        if (!TAIL.test(after)) continue;
        if (separator[0].trim() === '|' && !/^\s*\|?\s*$/.test(after)) continue;
        const verdictTo = tokenAt(tokens, start + verdict[0].length, i, to);
        const sepStart = (tokens[labelStart] as TextToken).start + separator.index;
        const labelTo = tokenAt(tokens, sepStart, labelStart, i);
        let words = 0;
        for (let t = labelStart; t < labelTo; t += 1) if ((tokens[t] as TextToken).kind === 'word') words += 1;
        if (words >= 1 && words <= MAX_LABEL_WORDS) marks.push({ labelFrom: labelStart, labelTo, verdictFrom: i, verdictTo });
        labelStart = verdictTo;
        i = verdictTo - 1;
      }
    }
  }
  return marks;
}

/**
 * `negated` and `cue` with every not-applicable label denied and its verdict made a cue (so "N/A", "target" or
 * "needed" is never a term). New arrays; the inputs are not changed. Pure.
 */
export function denyNotApplicable(text: string, tokens: readonly TextToken[], sentences: readonly Sentence[], negated: readonly boolean[], cue: readonly boolean[]): { negated: boolean[]; cue: boolean[] } {
  const outNegated = [...negated];
  const outCue = [...cue];
  for (const mark of readNotApplicable(text, tokens, sentences)) {
    for (let t = mark.verdictFrom; t < mark.verdictTo; t += 1) {
      if ((tokens[t] as TextToken).kind !== 'word') continue;
      outCue[t] = true;
      outNegated[t] = false;
    }
    for (let t = mark.labelFrom; t < mark.labelTo; t += 1) if ((tokens[t] as TextToken).kind === 'word' && !outCue[t]) outNegated[t] = true;
    // The verdict rules out its label only: "Ledger ACID: no, eventual consistency is fine" says the rest plainly, up to
    // the next cue of its own or the end of the sentence.
    const sentence = sentences.find((item) => item.from <= mark.verdictFrom && mark.verdictFrom < item.to);
    for (let t = mark.verdictTo; sentence !== undefined && t < sentence.to && !outCue[t]; t += 1) outNegated[t] = false;
  }
  return { negated: outNegated, cue: outCue };
}

/**
 * Whether `text` (what follows a label's separator) opens with a not-applicable verdict and nothing after it but a
 * reason or a mark ("N/A.", " not needed here because ...", "none, I assume?"). For readers that cut a text at its
 * colons: such a part belongs with its label ("Fraud: N/A" is one statement). Pure.
 */
export function opensWithVerdict(text: string): boolean {
  if (typeof text !== 'string') return false;
  const rest = text.replace(/^\s+/, '');
  const verdict = VERDICT.exec(rest);
  return verdict !== null && TAIL.test(rest.slice(verdict[0].length));
}
