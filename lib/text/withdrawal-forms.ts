import type { Clause, Sentence } from './clauses';
import type { Withdrawal } from './retraction';
import type { TextToken } from './tokens';
import { readPracticeOverrides } from './practice-override';

// Words that make a sentence the textbook answer rather than the learner's own ("Normally you'd use event time").
const TEXTBOOK: readonly (readonly string[])[] = [
  ['normally'], ['usually'], ['typically'], ['traditionally'], ['ideally'], ['in', 'theory'], ['textbook'], ['on', 'paper'],
  ['the', 'standard', 'answer'], ['the', 'usual', 'answer'], ['the', 'textbook'], ['the', 'classic', 'answer'], ['the', 'book', 'answer'], ['by', 'the', 'book'], ['most', 'teams'], ['most', 'people'], ['people', 'often'], ['people', 'usually'],
  ['you', 'would'], ['one', 'would'], ['you', 'could'], ['in', 'general'],
];
// Openers of a sentence that departs from the sentence before ("Actually in practice we ...", "But here ...").
const DEPARTURES: readonly (readonly string[])[] = [
  ['actually'], ['but'], ['however'], ['in', 'practice'], ['in', 'reality'], ['realistically'], ['instead'], ['honestly'], ['here'], ['for', 'us'], ['in', 'our', 'case'],
];
// Modal verbs that make a sentence a proposal the learner may still drop ("We could add Redis").
const PROPOSALS: ReadonlySet<string> = new Set(['could', 'might', 'may', 'would', 'should']);
// Pronouns that stand for what was just proposed ("we won't need it", "that is overkill").
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'that', 'this', 'them', 'those', 'one']);
// Verbs of building or needing between a negation and its pronoun ("will not really need it", "do not bother with it").
const BETWEEN: ReadonlySet<string> = new Set([
  'need', 'use', 'do', 'bother', 'want', 'build', 'add', 'keep', 'with', 'really', 'even', 'actually', 'any', 'of', 'all', 'have', 'to', 'include',
  'implement', 'worry', 'about', 'run', 'deploy', 'go', 'for', 'set', 'up', 'will', 'would', 'we', 'i', 'probably', 'just',
]);
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'skip', 'skipped', 'drop', 'dropped', 'forget', 'ditch', 'scrap']);
// Words after a pronoun that dismiss it ("it is overkill", "that is not needed").
const DISMISSALS: ReadonlySet<string> = new Set(['overkill', 'unnecessary', 'unneeded', 'pointless', 'needless', 'superfluous']);
const NOT_NEEDED: ReadonlySet<string> = new Set(['needed', 'necessary', 'required', 'worth', 'useful', 'worthwhile']);
const LINKS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'would', 'will', 'be', 'probably', 'really', 'just', 'totally', 'honestly', 'likely', 'seems']);
// Words that make a negated pronoun a condition or a reason, not a decision ("without it a restart replays everything").
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'without', 'unless', 'otherwise', 'when', 'once', 'whether', 'because', 'since', 'so', 'or', 'else']);
// Hedges that end a statement and leave nothing of it claimed ("Dedupe by id, or maybe not", "a watermark, if at all").
const EMPTY_TAILS: readonly (readonly string[])[] = [
  ['or', 'maybe', 'not'], ['or', 'perhaps', 'not'], ['or', 'possibly', 'not'], ['or', 'not'], ['maybe', 'not'], ['perhaps', 'not'], ['if', 'at', 'all'],
  ['if', 'even', 'that'], ['or', 'maybe', 'nothing'], ['or', 'nothing'], ['who', 'knows'], ['not', 'sure', 'though'],
];

type Words = { index: number[]; norm: string[] };

function wordsOf(tokens: readonly TextToken[], from: number, to: number): Words {
  const index: number[] = [];
  const norm: string[] = [];
  for (let i = from; i < to; i += 1) {
    const token = tokens[i];
    if (token?.kind === 'word') {
      index.push(i);
      norm.push(token.norm);
    }
  }
  return { index, norm };
}

const at = (words: Words, k: number, sequence: readonly string[]) => {
  for (let offset = 0; offset < sequence.length; offset += 1) if (words.norm[k + offset] !== sequence[offset]) return false;
  return true;
};

// The sequence opening the words, after at most one filler ("So, in practice ..."), as [from, to) word positions.
function opening(words: Words, sequences: readonly (readonly string[])[]): [number, number] | undefined {
  for (let k = 0; k <= 1 && k < words.norm.length; k += 1) {
    for (const sequence of sequences) if (at(words, k, sequence)) return [k, k + sequence.length];
    if (!['so', 'and', 'well', 'oh', 'but', 'ok', 'okay'].includes(words.norm[k] ?? '')) return undefined;
  }
  return undefined;
}

// The word position of a pronoun the clause dismisses as a decision ("we won't need it"), and where its cue starts; undefined when none.
function dismissedPronoun(words: Words): [number, number] | undefined {
  if (words.norm.some((word) => CONDITIONS.has(word))) return undefined;
  for (let k = 0; k < words.norm.length; k += 1) {
    if (!PRONOUNS.has(words.norm[k] ?? '')) continue;
    // "Not one partition per sensor": "one" before its noun is a number, not a pronoun for what was proposed.
    if (words.norm[k] === 'one' && k + 1 < words.norm.length && !LINKS.has(words.norm[k + 1] ?? '') && !DISMISSALS.has(words.norm[k + 1] ?? '')) continue;
    // "... will not need it": a negation, then only verbs of building or needing, then the pronoun.
    let cues = 0;
    let cueAt = -1;
    for (let j = k - 1; j >= Math.max(0, k - 5); j -= 1) {
      const word = words.norm[j] ?? '';
      if (NEGATIONS.has(word)) {
        cues += 1;
        cueAt = j;
      } else if (!BETWEEN.has(word)) break;
    }
    if (cues % 2 === 1) return [k, cueAt];
    // "it is overkill", "that is not needed", "it is not worth it".
    let j = k + 1;
    while (j < words.norm.length && LINKS.has(words.norm[j] ?? '')) j += 1;
    const next = words.norm[j] ?? '';
    if (DISMISSALS.has(next) || ((next === 'not' || next === 'never') && NOT_NEEDED.has(words.norm[j + 1] ?? ''))) return [k, k];
  }
  return undefined;
}

const hasProposal = (words: Words) => words.norm.some((word) => PROPOSALS.has(word)) || opening(words, TEXTBOOK) !== undefined || words.norm.some((word, k) => TEXTBOOK.some((sequence) => sequence.length > 1 && at(words, k, sequence)));

/**
 * Withdrawals read sentence by sentence (see retraction.ts for the take-back phrases):
 * - a textbook answer the learner departs from: "Normally you'd use event time with a watermark.
 *   Actually in practice we window on processing time" withdraws the first sentence;
 * - a proposal dismissed by a pronoun: "We could add a Bloom filter. But honestly we won't need it",
 *   "Add a cache, though that is overkill" withdraw what the pronoun stands for (the clauses before
 *   in its sentence, else the sentence before); "without it a restart replays" is a condition, not a dismissal;
 * - "Instead, ..." after a proposal ("We could poll every minute. Instead, CDC") withdraws the proposal;
 *   "instead of polling we use CDC" is a contrast and withdraws nothing;
 * - a hedge that leaves nothing claimed: "dedupe by event id, or maybe not", "a watermark, if at all".
 * Pure; never throws.
 */
export function readWithdrawalForms(tokens: readonly TextToken[], sentences: readonly Sentence[], clauses: readonly Clause[]): Withdrawal[] {
  const found: Withdrawal[] = [];
  for (const sentence of sentences) {
    const words = wordsOf(tokens, sentence.from, sentence.to);
    if (words.index.length === 0) continue;
    const previous = sentences[sentence.index - 1];
    const cue = (from: number, to: number) => ({ cueFrom: words.index[from] ?? sentence.from, cueTo: (words.index[to - 1] ?? sentence.from) + 1 });
    const departure = opening(words, DEPARTURES);
    // "instead of X" is a contrast inside the sentence, not a departure from the one before.
    const contrast = departure !== undefined && words.norm[departure[0]] === 'instead' && words.norm[departure[1]] === 'of';
    if (previous && departure && !contrast && !previous.question) {
      const previousWords = wordsOf(tokens, previous.from, previous.to);
      const textbook = opening(previousWords, TEXTBOOK) !== undefined || previousWords.norm.some((word, k) => at(previousWords, k, ['you', 'would']) || at(previousWords, k, ['one', 'would']));
      const insteadOfProposal = words.norm[departure[0]] === 'instead' && hasProposal(previousWords);
      if (textbook || insteadOfProposal) {
        found.push({ from: previous.from, to: previous.to, ...cue(departure[0], departure[1]) });
        continue;
      }
    }
    // A pronoun dismissed in a later clause of the sentence takes back the clauses before it; in the first, the sentence before.
    const own = clauses.filter((clause) => clause.sentence === sentence.index);
    for (const [n, clause] of own.entries()) {
      const clauseWords = wordsOf(tokens, clause.from, clause.to);
      const dismissed = dismissedPronoun(clauseWords);
      if (!dismissed) continue;
      const [pronoun, cueAt] = dismissed;
      const cueSpan = { cueFrom: clauseWords.index[Math.min(pronoun, cueAt)] ?? clause.from, cueTo: (clauseWords.index[Math.max(pronoun, cueAt)] ?? clause.from) + 1 };
      if (n > 0) found.push({ from: sentence.from, to: clause.from, ...cueSpan });
      else if (previous && !previous.question) found.push({ from: previous.from, to: previous.to, ...cueSpan });
      break;
    }
    // A hedge closing the sentence that leaves nothing claimed.
    const last = words.norm.length;
    for (const tail of EMPTY_TAILS) {
      const start = last - tail.length;
      if (start <= 0 || !at(words, start, tail)) continue;
      // "whether it arrives late or not": the "or not" belongs to "whether".
      if (tail[0] === 'or' && words.norm.slice(0, start).includes('whether')) break;
      found.push({ from: sentence.from, to: words.index[start] ?? sentence.to, ...cue(start, last) });
      break;
    }
  }
  // A late "in practice we'd skip X" withdraws the earlier statements of X (practice-override.ts).
  found.push(...readPracticeOverrides(tokens, sentences, clauses));
  return found;
}
