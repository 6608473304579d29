import type { Clause, Sentence } from './clauses';
import type { Withdrawal } from './retraction';
import type { TextToken } from './tokens';

// Words that say the sentence is what the learner would really do, as against what was said before ("in practice").
const PRACTICE: readonly (readonly string[])[] = [
  ['in', 'practice'], ['in', 'reality'], ['realistically'], ['honestly'], ['to', 'be', 'honest'], ['in', 'real', 'life'], ['truthfully'], ['in', 'the', 'real', 'world'],
];
// Openers of a sentence that departs from the ones before ("But honestly, in practice ...").
const OPENERS: ReadonlySet<string> = new Set(['but', 'however', 'though', 'although', 'yet', 'still', 'actually', 'honestly', 'realistically', 'in', 'truthfully', 'to', 'so', 'and', 'well']);
// The decision: what the learner would skip or do only ("we'd skip X", "we just append", "I'd simply drop").
const DECISIONS: ReadonlySet<string> = new Set(['skip', 'drop', 'ditch', 'forget', 'omit', 'bypass', 'just', 'simply', 'only']);
const SUBJECTS: ReadonlySet<string> = new Set(['we', 'i']);
// Words between the subject and the decision ("we would probably just ...").
const BETWEEN: ReadonlySet<string> = new Set(['would', 'will', 'probably', 'really', 'just', 'actually', 'usually', 'then', 'always', 'honestly', 'simply']);
// Content words too general to tie the decision to an earlier statement ("set", "use", "minutes").
const GENERIC: ReadonlySet<string> = new Set([
  'set', 'use', 'add', 'make', 'keep', 'let', 'run', 'get', 'go', 'do', 'put', 'thing', 'way', 'time', 'minut', 'minute', 'second', 'hour', 'day',
  'data', 'job', 'anyth', 'anything', 'everyth', 'everything', 'someth', 'something', 'simpl', 'simpler', 'simple', 'easi', 'easier', 'enough', 'fine',
]);

const MAX_OPENING = 8;
// Marks that end what is decided.
const STOPS: ReadonlySet<string> = new Set([',', ';', ':', '.', '!', '?', '(', '-', '\u2013', '\u2014']);

type Word = { index: number; norm: string; stem: string; stop: boolean };

function wordsOf(tokens: readonly TextToken[], from: number, to: number): Word[] {
  const words: Word[] = [];
  for (let i = from; i < to; i += 1) {
    const token = tokens[i];
    if (token?.kind === 'word') words.push({ index: i, norm: token.norm, stem: token.stem, stop: token.stop });
  }
  return words;
}

// The practice marker among the sentence's first words, as [from, to) word positions, when only openers come before it.
function practiceMarker(words: readonly Word[]): [number, number] | undefined {
  for (let k = 0; k < Math.min(words.length, MAX_OPENING); k += 1) {
    const found = PRACTICE.find((sequence) => sequence.every((word, offset) => words[k + offset]?.norm === word));
    if (found) return [k, k + found.length];
    if (!OPENERS.has(words[k]?.norm ?? '')) return undefined;
  }
  return undefined;
}

// The word position of the decision after the marker ("we would skip", "we just"), or -1.
function decisionAt(words: readonly Word[], after: number): number {
  for (let k = after; k < words.length; k += 1) {
    if (!SUBJECTS.has(words[k]?.norm ?? '')) continue;
    for (let j = k + 1; j < words.length && j <= k + 4; j += 1) {
      const norm = words[j]?.norm ?? '';
      if (DECISIONS.has(norm)) return j;
      if (!BETWEEN.has(norm)) break;
    }
  }
  return -1;
}

/**
 * A late override of what the answer said before: a sentence that turns to what the learner would really do ("That's
 * the textbook version. But honestly, in practice we'd skip the checkpointing and the transactions"; "Honestly though,
 * in practice we just append and dedupe in the dashboard"; "But realistically we'd just set the watermark to 10 minutes
 * and drop anything later"). The decision is the learner's last word on the mechanism it names, so each earlier
 * statement of that mechanism is withdrawn: in every earlier sentence, from the first clause sharing a content word with
 * what is decided (the words after the decision, to the next mark; with a clause it is explained by, "..., so offsets are
 * committed at each checkpoint") to the end of that sentence. Statements about other mechanisms stand ("RF 3 and acks=all" is not withdrawn by skipping the
 * checkpointing), and so does the override itself, which is what the learner says. The marker ("in practice",
 * "honestly", "realistically") must open the sentence (after "but", "though" ...), and a first-person decision ("we'd
 * skip", "we just", "I'd simply") follow it; a plain "But the consumer just reads" is not one. The cue is the marker.
 * Pure; never throws.
 */
export function readPracticeOverrides(tokens: readonly TextToken[], sentences: readonly Sentence[], clauses: readonly Clause[]): Withdrawal[] {
  const found: Withdrawal[] = [];
  for (const sentence of sentences) {
    if (sentence.index === 0 || sentence.question) continue;
    const words = wordsOf(tokens, sentence.from, sentence.to);
    const marker = practiceMarker(words);
    if (!marker) continue;
    const decision = decisionAt(words, marker[1]);
    if (decision < 0) continue;
    const decisionToken = words[decision]?.index as number;
    // What is decided: the words after the decision up to the next mark ("skip the checkpointing and the transactions,").
    const clause = clauses.find((item) => item.from <= decisionToken && decisionToken < item.to);
    let end = decisionToken + 1;
    while (end < (clause?.to ?? sentence.to) && !(tokens[end]?.kind === 'mark' && STOPS.has(tokens[end]?.norm ?? ''))) end += 1;
    const terms = new Set(wordsOf(tokens, decisionToken + 1, end).filter((word) => !word.stop && !GENERIC.has(word.stem) && !DECISIONS.has(word.norm)).map((word) => word.stem));
    if (terms.size === 0) continue;
    const cue = { cueFrom: words[marker[0]]?.index as number, cueTo: (words[marker[1] - 1]?.index as number) + 1 };
    for (const earlier of sentences.slice(0, sentence.index)) {
      if (earlier.question) continue;
      const own = clauses.filter((item) => item.sentence === earlier.index);
      const first = own.findIndex((item) => wordsOf(tokens, item.from, item.to).some((word) => !word.stop && terms.has(word.stem)));
      if (first < 0) continue;
      // A clause that explains the one before ("so ...", "because ...", "which ...") goes with it.
      let start = first;
      while (start > 0 && ['so', 'because', 'which', 'so that'].includes(own[start]?.opener ?? '')) start -= 1;
      found.push({ from: own[start]?.from ?? earlier.from, to: earlier.to, ...cue });
    }
  }
  return found;
}
