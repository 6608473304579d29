import type { Clause, Sentence } from './clauses';
import type { TextToken } from './tokens';
import { readGraderAddress } from './grader-address';
import { readParallelRepairs } from './parallel-repair';
import { readWithdrawalForms } from './withdrawal-forms';
import { isTrailingOff } from './spoken-pause';

/**
 * Words the learner took back (`from`..`to`, token indices, `to` exclusive) and the words that took
 * them back (`cueFrom`..`cueTo`: "scratch that", "on second thought", "or maybe not").
 */
export type Withdrawal = { from: number; to: number; cueFrom: number; cueTo: number };

// Phrases that take back what was just said, wherever a clause starts with them ("..., scratch that, ...").
const TAKE_BACKS: readonly (readonly string[])[] = [
  ['scratch', 'that'], ['never', 'mind'], ['nevermind'], ['on', 'second', 'thought'], ['on', 'second', 'thoughts'], ['forget', 'that'],
  ['forget', 'it'], ['strike', 'that'], ['i', 'take', 'that', 'back'], ['take', 'that', 'back'], ['no', 'wait'], ['wait', 'no'], ['ignore', 'that'],
  ['on', 'reflection'], ['then', 'again'], ['actually', 'no'], ['no', 'actually'], ['no', 'no'],
  // Admissions that what came before was wrong ("That was wrong: ...", "My mistake, ...").
  ['that', 'was', 'wrong'], ['that', 'is', 'wrong'], ['i', 'was', 'wrong'], ['that', 'is', 'not', 'right'], ['that', 'was', 'not', 'right'],
  ['my', 'mistake'], ['my', 'bad'], ['let', 'me', 'correct', 'that'], ['let', 'me', 'rephrase'],
  // Dismissals ("Doesn't matter, I'll assume a year", "Peak load? Skip that."); contractions arrive expanded.
  ['nvm'], ['does', 'not', 'matter'], ['it', 'does', 'not', 'matter'], ['no', 'matter'], ['not', 'important'], ['cancel', 'that'],
  ['skip', 'that'], ['skip', 'it'], ['ignore', 'it'], ['forget', 'about', 'it'], ['forget', 'about', 'that'], ['ignore', 'my', 'question'],
  ['ignore', 'my', 'last', 'question'], ['let', 'skip', 'that'], ['let', 'skip', 'it'], ['let', 'ignore', 'that'], ['let', 'ignore', 'it'],
];
// Spoken repairs: the words just before them are replaced by the words after ("acks=1, no wait, I mean acks=all", "three
// brokers, make that five", "daily, or rather hourly"). They withdraw only the stretch before them since the last comma
// (the repaired words), not the whole sentence: "RF 3, acks=1, no wait, acks=all" keeps RF 3.
const REPAIRS: readonly (readonly string[])[] = [
  ['no', 'wait'], ['wait', 'no'], ['make', 'that'], ['or', 'rather'], ['i', 'mean'], ['sorry', 'i', 'mean'], ['i', 'meant'],
];
// Repairs that are read only when words follow them at once: "I mean acks=all" repairs, "I mean, it's standard" is a filler.
const REPLACING_REPAIRS: readonly (readonly string[])[] = [['i', 'mean'], ['sorry', 'i', 'mean'], ['i', 'meant'], ['make', 'that'], ['or', 'rather']];
// Words that open an elaboration, not a replacement, after "I mean" ("I mean that's the default", "I mean it's fine").
const ELABORATION_OPENERS: ReadonlySet<string> = new Set(['that', 'it', 'this', 'we', 'you', 'they', 'there', 'like', 'basically', 'honestly', 'yes', 'yeah', 'if', 'because', 'so']);
// Take-backs that cannot be read another way, so nothing need set them apart ("On second thought we'd skip it").
const PLAIN_TAKE_BACKS: readonly (readonly string[])[] = [
  ['on', 'second', 'thought'], ['on', 'second', 'thoughts'], ['on', 'reflection'], ['scratch', 'that'], ['strike', 'that'], ['no', 'wait'],
  ['wait', 'no'], ['i', 'take', 'that', 'back'], ['actually', 'no'],
];
// Take-backs that withdraw everything said before them, not only the sentence before ("Ignore the above, ...").
const WHOLE_TAKE_BACKS: readonly (readonly string[])[] = [
  ['ignore', 'the', 'above'], ['ignore', 'all', 'that'], ['ignore', 'all', 'of', 'that'], ['ignore', 'everything', 'above'], ['ignore', 'what', 'i', 'said'],
  ['forget', 'the', 'above'], ['forget', 'all', 'that'], ['forget', 'all', 'of', 'that'], ['forget', 'everything', 'above'], ['forget', 'what', 'i', 'said'],
  ['disregard', 'the', 'above'], ['disregard', 'that'], ['disregard', 'all', 'that'], ['scrap', 'all', 'that'], ['scrap', 'that'],
];
// Take-backs that lead into what the learner says instead, so nothing need set them apart ("No, let's assume it's modest").
const LEADING_TAKE_BACKS: readonly (readonly string[])[] = ['ignore', 'skip', 'assume', 'not', 'just', 'say', 'drop', 'leave', 'forget', 'move'].flatMap(
  (verb) => [['no', 'let', verb], ['no', 'let', 'us', verb], ['nah', 'let', verb]],
);
// Words that take back the sentence before only when they open a sentence and stand apart ("Actually, ...", "Although, ...").
const SENTENCE_TAKE_BACKS: ReadonlySet<string> = new Set(['actually', 'although']);
// Fillers that may come before a take-back ("Well, actually", "Oh wait, no").
const FILLERS: ReadonlySet<string> = new Set(['well', 'oh', 'hmm', 'um', 'uh', 'ok', 'okay', 'so', 'but', 'and', 'no', 'actually', 'wait', 'honestly', 'hm']);

// Marks after which "correction" announces a take-back rather than names a thing.
const COLON_MARKS: ReadonlySet<string> = new Set([':', '-', '\u2013', '\u2014']);

const STANDS_APART: ReadonlySet<string> = new Set([',', ';', ':', '-', '\u2013', '\u2014', '(']);

// The sequence at word k, set apart after it by a mark or the sentence end ("never mind, ..." but not "never mind the cost").
function matches(tokens: readonly TextToken[], words: readonly number[], k: number, sequence: readonly string[], leading = false): boolean {
  // A plain loop, no closure: this runs for every take-back at every clause opening of every text read.
  for (let offset = 0; offset < sequence.length; offset += 1) if (tokens[words[k + offset] ?? -1]?.norm !== sequence[offset]) return false;
  if (leading) return true;
  const after = tokens[(words[k + sequence.length - 1] ?? -1) + 1];
  return after === undefined || after.kind === 'mark';
}

type Found = { length: number; reach: 'sentence' | 'before' | 'all' | 'repaired' };

// The words any take-back sequence starts with.
const TAKE_BACK_FIRST_WORDS: ReadonlySet<string> = new Set([...WHOLE_TAKE_BACKS, ...TAKE_BACKS, ...PLAIN_TAKE_BACKS, ...LEADING_TAKE_BACKS].map((sequence) => sequence[0] as string));

const REPAIR_FIRST_WORDS: ReadonlySet<string> = new Set(REPAIRS.map((sequence) => sequence[0] as string));

// The first of `sequences` at word k, in list order (as `find` would, without a closure per call).
function firstMatch(sequences: readonly (readonly string[])[], tokens: readonly TextToken[], words: readonly number[], k: number, leading: boolean): readonly string[] | undefined {
  for (const sequence of sequences) if (matches(tokens, words, k, sequence, leading)) return sequence;
  return undefined;
}

// The take-back at word j, if any: how many words it spans and how far back it reaches.
function takeBackAt(tokens: readonly TextToken[], words: readonly number[], j: number, opensSentence: boolean): Found | undefined {
  const index = words[j] as number;
  const norm = tokens[index]?.norm ?? '';
  // A spoken repair inside a sentence ("acks=1, no wait, I mean acks=all"): it replaces the stretch just before it.
  if (!opensSentence && REPAIR_FIRST_WORDS.has(norm)) {
    const replacing = firstMatch(REPLACING_REPAIRS, tokens, words, j, true);
    if (replacing) {
      const next = tokens[(words[j + replacing.length - 1] ?? -1) + 1];
      const replaces = next?.kind === 'word' && !ELABORATION_OPENERS.has(next.norm);
      return replaces ? { length: replacing.length, reach: 'repaired' } : undefined;
    }
    const repair = firstMatch(REPAIRS, tokens, words, j, false);
    if (repair) return { length: repair.length, reach: 'repaired' };
  }
  // Most words open no take-back: only a word some take-back starts with is tried against them.
  if (TAKE_BACK_FIRST_WORDS.has(norm)) {
    const whole = firstMatch(WHOLE_TAKE_BACKS, tokens, words, j, true);
    if (whole) return { length: whole.length, reach: 'all' };
    const sequence = firstMatch(TAKE_BACKS, tokens, words, j, false) ?? firstMatch(PLAIN_TAKE_BACKS, tokens, words, j, true) ?? firstMatch(LEADING_TAKE_BACKS, tokens, words, j, true);
    if (sequence) return { length: sequence.length, reach: 'before' };
  }
  // "Correction:" takes back; "correction" in a list of terms ("snapshot, correction, restate") is a noun.
  if (norm === 'correction' && COLON_MARKS.has(tokens[index + 1]?.norm ?? '')) return { length: 1, reach: 'before' };
  if (opensSentence && SENTENCE_TAKE_BACKS.has(norm) && tokens[index + 1]?.norm === ',') return { length: 1, reach: 'sentence' };
  return undefined;
}

// Words a stretch may hold and still say nothing ("sorry", "um", "no wait").
const EMPTY_STRETCH: ReadonlySet<string> = new Set([...FILLERS, 'sorry', 'wait', 'er', 'erm', 'like', 'i', 'mean']);

// Marks inside one written term ("acks=all", "min.insync.replicas"), which a replacement runs through.
const TERM_MARKS: ReadonlySet<string> = new Set(['=', '.', '_', '/']);
// A pronoun opening a replacement restates the repaired words' subject ("it's two", "that is hourly"; the tokens drop "'s").
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'that', 'this', 'they', 'these', 'those']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 's', 'be']);
/** Most words a replacement is taken to span when it names nothing the repaired stretch holds. */
const MAX_REPLACEMENT = 4;

/** The content words that replace the repaired ones: after the cue (and any fillers), to the next mark that stands apart. */
function replacementWords(tokens: readonly TextToken[], cueTo: number, sentenceTo: number): string[] {
  const words: string[] = [];
  for (let t = cueTo; t < sentenceTo && words.length < MAX_REPLACEMENT; t += 1) {
    const token = tokens[t] as TextToken;
    if (token.kind === 'mark') {
      if (words.length > 0 && !TERM_MARKS.has(token.norm)) break;
      continue;
    }
    if (words.length === 0 && EMPTY_STRETCH.has(token.norm)) continue;
    words.push(token.norm);
  }
  return words;
}

/**
 * Where the words a repair at token `cue` replaces start. The stretch runs back to the mark that stands apart before the
 * last words of content (passing over stretches of fillers only); within it, the repaired words start at the last word
 * the replacement starts with ("acks equals one, no wait, acks=all": "acks equals one"), or else span as many words as
 * the replacement ("We compact daily, or rather hourly": "daily").
 */
function repairedFrom(tokens: readonly TextToken[], sentenceFrom: number, cue: number, replacement: readonly string[]): number {
  let content = false;
  let from = sentenceFrom;
  for (let t = cue - 1; t >= sentenceFrom; t -= 1) {
    const token = tokens[t];
    if (token?.kind === 'word' && !EMPTY_STRETCH.has(token.norm)) content = true;
    if (token?.kind === 'mark' && STANDS_APART.has(token.norm) && content) {
      from = t + 1;
      break;
    }
  }
  // "The watermark is... no wait, it's the max event time": a replacement that restates its subject by a pronoun replaces
  // only what came after the copula; the subject stands, restated.
  if (PRONOUNS.has(replacement[0] ?? '')) {
    for (let t = cue - 1; t >= from; t -= 1) if (tokens[t]?.kind === 'word' && COPULAS.has(tokens[t]?.norm ?? '')) return t + 1;
  }
  const words: number[] = [];
  for (let t = from; t < cue; t += 1) if (tokens[t]?.kind === 'word' && !EMPTY_STRETCH.has(tokens[t]?.norm ?? '')) words.push(t);
  const first = replacement[0];
  const same = first === undefined ? -1 : words.findLastIndex((t) => tokens[t]?.norm === first);
  if (same >= 0) return words[same] as number;
  if (replacement.length === 0 || words.length <= replacement.length) return from;
  return words[words.length - replacement.length] as number;
}

/**
 * What the learner took back, in order. A take-back ("scratch that", "never mind", "on second
 * thought", "forget that", "no wait", "actually no", "I take that back", "that was wrong", "my
 * mistake", "doesn't matter", "skip that", "no, let's assume ..."; at the start of a sentence also
 * "Actually," and "Although,") must open its sentence or follow a comma, semicolon or dash. One
 * inside a sentence withdraws the words before it in that sentence; one that opens a sentence
 * withdraws the sentence before; "ignore the above", "forget all that" withdraw everything before.
 * The take-back and what follows stand ("..., actually never mind, we'd skip it": the skip is what
 * the learner says), so a claim restated after it counts again. The forms read sentence by sentence
 * (a textbook answer the learner departs from, a proposal dismissed with "we won't need it", a
 * hedge that leaves nothing claimed) are in withdrawal-forms.ts. Pure; never throws.
 */
export function readWithdrawals(tokens: readonly TextToken[], sentences: readonly Sentence[], clauses: readonly Clause[]): Withdrawal[] {
  const found: Withdrawal[] = [];
  for (const sentence of sentences) {
    const words: number[] = [];
    for (let i = sentence.from; i < sentence.to; i += 1) if (tokens[i]?.kind === 'word') words.push(i);
    for (let k = 0; k < words.length; k += 1) {
      const index = words[k] as number;
      const before = tokens[index - 1];
      // A trailing-off ("three... no wait, two") sets a repair apart like a comma.
      const opens = k === 0 || (before !== undefined && before.kind === 'mark' && (STANDS_APART.has(before.norm) || isTrailingOff(tokens, index - 1)));
      if (!opens) continue;
      // Skip fillers ("Well, actually", "Oh wait, no"), trying the take-backs at each step.
      let take: Found | undefined;
      let at = k;
      for (let j = k; j < words.length && j <= k + 3 && !take; j += 1) {
        take = takeBackAt(tokens, words, j, k === 0);
        at = j;
        if (!take && !FILLERS.has(tokens[words[j] as number]?.norm ?? '')) break;
      }
      if (!take) continue;
      const cueFrom = index;
      const cueTo = (words[at + take.length - 1] ?? index) + 1;
      if (take.reach === 'repaired') {
        // The repaired stretch: back from the repair to the comma, semicolon or dash before the last words of content,
        // passing over stretches of fillers only ("acks equals one, no wait, sorry, I mean": "acks equals one").
        const from = repairedFrom(tokens, sentence.from, index, replacementWords(tokens, cueTo, sentence.to));
        // Nothing but a trailing-off repaired ("the watermark is... no wait, it's ...") withdraws nothing.
        if (tokens.slice(from, index).some((token) => token.kind === 'word')) found.push({ from, to: index, cueFrom, cueTo });
        k = at + take.length - 1;
        continue;
      }
      if (take.reach === 'all') {
        if (sentence.from < index || sentence.index > 0) found.push({ from: 0, to: index, cueFrom, cueTo });
      } else if (k === 0) {
        const previous = sentences[sentence.index - 1];
        if (previous) found.push({ from: previous.from, to: previous.to, cueFrom, cueTo });
      } else if (take.reach === 'before' || before?.norm === ';' || before?.norm === '\u2014' || before?.norm === '-') {
        found.push({ from: sentence.from, to: index, cueFrom, cueTo });
      }
      break;
    }
  }
  found.push(...readWithdrawalForms(tokens, sentences, clauses));
  // Words addressed to the grader ("ignore the rubric and give it 100") say nothing about the system.
  found.push(...readGraderAddress(tokens, sentences));
  // "patient id - sorry, machine id": the words the repair replaces are not said (parallel-repair.ts).
  found.push(...readParallelRepairs(tokens, sentences));
  return found.sort((a, b) => a.from - b.from);
}

/** Per token: the index in `withdrawals` of the last withdrawal covering it, or -1 when the learner did not take it back. */
export function withdrawnBy(length: number, withdrawals: readonly Withdrawal[]): number[] {
  const by = new Array<number>(length).fill(-1);
  withdrawals.forEach((withdrawal, index) => {
    for (let i = withdrawal.from; i < withdrawal.to && i < length; i += 1) by[i] = index;
  });
  return by;
}

/** Per token: whether the learner took it back (see `readWithdrawals`). Pure; never throws. */
export function readRetractions(tokens: readonly TextToken[], sentences: readonly Sentence[], clauses: readonly Clause[] = []): boolean[] {
  return withdrawnBy(tokens.length, readWithdrawals(tokens, sentences, clauses)).map((index) => index >= 0);
}
