import type { ReadText } from './read-text';
import type { TextToken } from './tokens';

/**
 * Commitment: whether a learner chooses what they name or only offers it as a possibility. An interviewer gives a
 * point for what the learner CHOOSES and says why ("we use X", "I'd pick X because ...", "X, since ..."), and next to
 * nothing for candidates named without a choice ("it could resume from the checkpoint, or maybe from latest", "one
 * option is X, another is Y", "either A or B would work", "it depends", "whichever fits"). A list of options followed by
 * a choice ("A or B; I'd go with B because ...") commits to the choice, and weighing an alternative ("B, not A,
 * because ...") is a reasoned choice. Mild modality ("I would use", "we'd probably set RF 3") is not an offer.
 *
 * Read per sentence (a bullet or line is a sentence), and then for the whole answer: an answer is `uncommitted` when
 * most of its sentences offer and at least two do, so a polite "could" in an otherwise committed answer changes nothing.
 * The cue words are data below, matched on the tokens' normalised words.
 */

/** What one sentence does with what it names. */
export type SentenceCommitment =
  /** It chooses: a choice verb ("go with", "pick", "we use") or a reason ("because", "since"). */
  | 'committed'
  /** It only offers possibilities ("could", "maybe", "one option is", "either ... or") or defers the choice ("it depends"). */
  | 'offered'
  /** Neither: a plain statement, which commits by default ("The checkpoint stores the offsets."). */
  | 'plain';

export type CommitmentReading = {
  /** Per sentence of the text: its verdict and, when it offers, the learner's cue words verbatim ("could", "it depends"). */
  sentences: readonly { verdict: SentenceCommitment; cue?: string }[];
  /** Sentences that offer, and sentences with content that do not (committed or plain). */
  offered: number;
  committed: number;
  /** Most content sentences offer (and at least `MIN_OFFERED` do): the answer names candidates and chooses none. */
  uncommitted: boolean;
};

/** The fewest offering sentences that make an answer uncommitted: one hedged sentence is a manner of speaking. */
export const MIN_OFFERED = 2;

type Cue = readonly string[];

// A choice: the learner picks one ("I'd go with", "we use", "my choice is"). Outranks every offer in its sentence.
const CHOICE_CUES: readonly Cue[] = [
  ['go', 'with'], ['going', 'with'], ['went', 'with'], ['pick'], ['picked'], ['choose'], ['chose'], ['chosen'], ['prefer'], ['preferred'],
  ['recommend'], ['opt', 'for'], ['settle', 'on'], ['decided'], ['my', 'choice'], ['my', 'pick'], ['best', 'fit'], ['winner'],
  ['we', 'use'], ['i', 'use'], ['we', 'would', 'use'], ['i', 'would', 'use'], ['we', 'will', 'use'], ['i', 'will', 'use'], ['we', 'll', 'use'],
];
// A reason: the learner says why, which an offer of candidates never does ("X, since it keeps ...").
const REASON_CUES: readonly Cue[] = [['because'], ['since'], ['so', 'that'], ['which', 'means'], ['that', 'way']];
// Deferring the choice: the learner hands it to circumstances ("it depends", "whichever fits"). Outranks a reason.
const DEFERRAL_CUES: readonly Cue[] = [
  ['it', 'depends'], ['depends', 'on'], ['depending'], ['whichever'], ['trade', 'offs'], ['tradeoffs'], ['before', 'deciding'],
  ['benchmark'], ['look', 'at', 'the', 'docs'], ['check', 'the', 'docs'], ['case', 'by', 'case'], ['up', 'to', 'the', 'team'],
  ['any', 'of', 'them'], ['all', 'work'], ['all', 'would', 'work'], ['both', 'could'], ['both', 'would', 'work'], ['both', 'work'],
  // Agreeing with every option ("either is fine", "both approaches work", "are both reasonable").
  ['either', 'is', 'fine'], ['either', 'works'], ['either', 'would', 'work'], ['either', 'one', 'works'], ['either', 'is', 'ok'], ['either', 'is', 'okay'],
  ['both', 'approaches', 'work'], ['both', 'options', 'work'], ['both', 'ways', 'work'], ['both', 'are', 'fine'], ['both', 'are', 'valid'],
  ['both', 'are', 'reasonable'], ['both', 'reasonable'], ['both', 'valid'], ['both', 'fine'],
];
// A choice handed to circumstances in the same breath ("choose based on the team's preference"): the verb of choosing
// with no object chooses nothing. Read before the choice cues, which it outranks.
const DEFERRED_CHOICE_CUES: readonly Cue[] = [
  ['choose', 'based', 'on'], ['pick', 'based', 'on'], ['choose', 'depending'], ['pick', 'depending'], ['choose', 'whichever'], ['pick', 'whichever'],
];
// Offering a candidate: alternatives without a choice ("X, or maybe Y"), option lists and possibility modals. A lone
// "maybe" before one candidate ("Maybe key by driver?") is a guess, which the sentence's hedge already reads (polarity.ts).
const OPTION_CUES: readonly Cue[] = [
  ['or', 'maybe'], ['or', 'perhaps'], ['or', 'possibly'], ['one', 'option'], ['another', 'option'], ['other', 'option'], ['options'], ['alternatively'],
  ['or', 'even'], ['or', 'just'], ['you', 'might'], ['you', 'could'], ['something', 'like'], ['could', 'also'], ['might', 'also'],
];
// "could"/"might"/"may" before one of these verbs offers the verb's object ("could help", "might be precomputed").
const POSSIBILITY_MODALS: ReadonlySet<string> = new Set(['could', 'might', 'may']);
const OPTION_VERBS: ReadonlySet<string> = new Set([
  'use', 'be', 'help', 'work', 'come', 'give', 'provide', 'resume', 'go', 'try', 'consider', 'add', 'do', 'start', 'handle', 'cover', 'suffice', 'fit', 'make', 'serve', 'store', 'run', 'stream', 'batch',
]);

type Found = { at: number; length: number };

function wordsOf(read: ReadText, from: number, to: number): number[] {
  const words: number[] = [];
  for (let i = from; i < to; i += 1) if (read.tokens[i]?.kind === 'word') words.push(i);
  return words;
}

const norm = (tokens: readonly TextToken[], index: number | undefined) => (index === undefined ? '' : (tokens[index]?.norm ?? ''));

// Each cue list indexed by its cues' first words, so a sentence is read in one pass.
const cueIndex = new WeakMap<readonly Cue[], ReadonlyMap<string, readonly Cue[]>>();
function indexOf(cues: readonly Cue[]): ReadonlyMap<string, readonly Cue[]> {
  let index = cueIndex.get(cues);
  if (!index) {
    const built = new Map<string, Cue[]>();
    for (const cue of cues) built.set(cue[0] ?? '', [...(built.get(cue[0] ?? '') ?? []), cue]);
    index = built;
    cueIndex.set(cues, index);
  }
  return index;
}

/** Whether `cue` is written from word position `k`. */
function cueAt(read: ReadText, words: readonly number[], k: number, cue: Cue): boolean {
  for (let offset = 0; offset < cue.length; offset += 1) if (norm(read.tokens, words[k + offset]) !== cue[offset]) return false;
  return true;
}

function findCue(read: ReadText, words: readonly number[], cues: readonly Cue[]): Found | undefined {
  const index = indexOf(cues);
  for (let k = 0; k < words.length; k += 1) {
    const starting = index.get(norm(read.tokens, words[k]));
    if (!starting) continue;
    for (const cue of starting) {
      if (cueAt(read, words, k, cue)) return { at: k, length: cue.length };
    }
  }
  return undefined;
}

// "could help", "might be precomputed", and "either A or B" (an "or" after "either" in the sentence).
function findOption(read: ReadText, words: readonly number[]): Found | undefined {
  const listed = findCue(read, words, OPTION_CUES);
  for (let k = 0; k < words.length; k += 1) {
    if (listed && listed.at <= k) break;
    const word = norm(read.tokens, words[k]);
    if (POSSIBILITY_MODALS.has(word) && OPTION_VERBS.has(norm(read.tokens, words[k + 1]))) return { at: k, length: 2 };
    // "either way the task must ..." commits; "either A or B" offers.
    if (word === 'either' && norm(read.tokens, words[k + 1]) !== 'way' && words.slice(k + 2).some((index) => norm(read.tokens, index) === 'or')) return { at: k, length: 1 };
  }
  return listed;
}

function verbatim(read: ReadText, words: readonly number[], found: Found): string {
  const first = read.tokens[words[found.at] ?? -1];
  const last = read.tokens[words[found.at + found.length - 1] ?? -1];
  return first && last ? read.text.slice(first.start, last.end) : '';
}

// Words that open a conditional branch ("If they only look at daily totals, ...").
const BRANCH_OPENERS: ReadonlySet<string> = new Set(['if']);
// Deferrals that leave the whole choice open ("It depends.", "whichever suits"): a plain "X depends on Y" explains X.
const OPEN_DEFERRALS: readonly Cue[] = [['it', 'depends'], ['whichever'], ['case', 'by', 'case']];
// Fillers before a branch opener ("And if ...", "But if ...").
const BRANCH_FILLERS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', 'then']);

/**
 * The opener of a conditional branch ("if"), verbatim, when the sentence `[from, to)` opens with one and holds no choice
 * ("If it's a per-driver job, I'd go with driver" chooses); undefined otherwise.
 */
function opensBranch(read: ReadText, from: number, to: number): string | undefined {
  const words = wordsOf(read, from, to);
  if (findCue(read, words, CHOICE_CUES)) return undefined;
  for (let k = 0; k < Math.min(words.length, 2); k += 1) {
    const word = norm(read.tokens, words[k]);
    if (BRANCH_OPENERS.has(word)) return verbatim(read, words, { at: k, length: 1 });
    if (!BRANCH_FILLERS.has(word)) return undefined;
  }
  return undefined;
}

// Words that, opening a sentence, put what it names as a possibility ("Maybe S3.", "Possibly with Object Lock"). One such
// sentence is a guess its hedge already reads (polarity.ts); most sentences opened so are a list of options, no decision
// (golden round 24: "Maybe S3. Possibly Object Lock, maybe compliance mode. Maybe Glacier. ...", 12). "Probably" leans
// towards a choice and is left out.
const HEDGE_OPENERS: ReadonlySet<string> = new Set(['maybe', 'possibly', 'perhaps']);

/** The hedge word that opens the sentence (after a leading "and"/"or"/"but"/"so"/"then"), if any. */
function hedgeOpener(read: ReadText, words: readonly number[]): Found | undefined {
  for (let k = 0; k < Math.min(words.length, 2); k += 1) {
    const word = norm(read.tokens, words[k]);
    if (HEDGE_OPENERS.has(word)) return { at: k, length: 1 };
    if (!BRANCH_FILLERS.has(word)) return undefined;
  }
  return undefined;
}

/** The verdict of one span of tokens `[from, to)` (a sentence), with the offer's cue words when it offers. */
function judgeSpan(read: ReadText, from: number, to: number): { verdict: SentenceCommitment; cue?: string } | undefined {
  const words = wordsOf(read, from, to);
  if (!words.some((index) => !read.tokens[index]?.stop)) return undefined;
  const handedOff = findCue(read, words, DEFERRED_CHOICE_CUES);
  if (handedOff) return { verdict: 'offered', cue: verbatim(read, words, handedOff) };
  if (findCue(read, words, CHOICE_CUES)) return { verdict: 'committed' };
  const deferral = findCue(read, words, DEFERRAL_CUES);
  if (deferral) return { verdict: 'offered', cue: verbatim(read, words, deferral) };
  if (findCue(read, words, REASON_CUES)) return { verdict: 'committed' };
  const option = findOption(read, words);
  if (option) return { verdict: 'offered', cue: verbatim(read, words, option) };
  const hedged = hedgeOpener(read, words);
  if (hedged) return { verdict: 'offered', cue: verbatim(read, words, hedged) };
  return { verdict: 'plain' };
}

const cache = new WeakMap<ReadText, CommitmentReading>();

/**
 * Reads how a text commits to what it names (see the module comment). Input: a text read by `readText`. Output: the
 * verdict per sentence (a sentence with no content word is `plain` and counts for neither side), the counts and
 * whether the answer as a whole is uncommitted. Pure; cached per text.
 */
export function readCommitment(read: ReadText): CommitmentReading {
  const cached = cache.get(read);
  if (cached) return cached;
  let offered = 0;
  let committed = 0;
  const weighed = weighedClauses(read);
  const judgedSpans = read.sentences.map((sentence) => judgeSpan(read, sentence.from, sentence.to));
  // In an answer that hands the choice to circumstances ("It depends on the dashboard."), each branch it then lists ("If
  // they want categories, one row per order line is better") offers that option: conditional branches, no choice.
  const defers = read.sentences.some((sentence) => findCue(read, wordsOf(read, sentence.from, sentence.to), OPEN_DEFERRALS) !== undefined);
  const sentences = read.sentences.map((sentence, index) => {
    const span = judgedSpans[index];
    const branch = defers && span !== undefined && span.verdict !== 'offered' && opensBranch(read, sentence.from, sentence.to);
    const judged = branch ? { verdict: 'offered' as const, cue: branch } : span;
    if (!judged) return { verdict: 'plain' as const };
    // A possibility raised and concluded against in the same sentence ("we could use acks=1, but ..., so acks=all") is a
    // reasoned choice, not an offer.
    if (judged.verdict === 'offered' && read.clauses.some((clause, index) => clause.sentence === sentence.index && weighed[index] && !clauseWeighsAlternatives(read, clause))) {
      committed += 1;
      return { verdict: 'committed' as const };
    }
    if (judged.verdict === 'offered') offered += 1;
    else committed += 1;
    return judged;
  });
  const reading: CommitmentReading = { sentences, offered, committed, uncommitted: offered >= MIN_OFFERED && offered > committed };
  cache.set(read, reading);
  return reading;
}

/**
 * The learner's cue words ("could", "it depends") when the sentence at `sentence` only offers what it names and the
 * answer as a whole chooses nothing; undefined otherwise (a committed answer's polite "could" included). Pure.
 */
export function offeredAt(read: ReadText, sentence: number): string | undefined {
  const reading = readCommitment(read);
  if (!reading.uncommitted) return undefined;
  const judged = reading.sentences[sentence];
  return judged?.verdict === 'offered' ? (judged.cue ?? '') : undefined;
}

// Words that weigh an option's cost or benefit ("one row per order line is better but bigger", "zones might get hot").
const TRADE_OFF_WORDS: ReadonlySet<string> = new Set([
  'better', 'worse', 'best', 'worst', 'cheaper', 'cheapest', 'bigger', 'biggest', 'smaller', 'faster', 'slower', 'safer', 'safest', 'simpler', 'simplest',
  'costlier', 'expensive', 'convenient', 'hot', 'risk', 'risky', 'riskier', 'overhead', 'latency', 'skew', 'skewed', 'downside', 'upside',
]);

// Cues that agree with every option rather than weigh them (the agreeing part of DEFERRAL_CUES).
const ENDORSE_ALL: readonly Cue[] = DEFERRAL_CUES.filter((cue) => ['either', 'both', 'any', 'all'].includes(cue[0] ?? ''));

/**
 * Whether the sentence at `sentence` weighs what it offers: it says why ("because", "since") or what the option costs or
 * gains ("better but bigger", "might get hot"). An option offered with its trade-off earns more than one only named
 * (claims.ts `TRADE_OFF_SHARE`), still less than a choice. Pure.
 */
export function offerWeighsTradeOff(read: ReadText, sentence: number): boolean {
  const span = read.sentences[sentence];
  if (!span) return false;
  const words = wordsOf(read, span.from, span.to);
  // Agreeing with every option ("both approaches work, receipt is faster") endorses the wrong ones too: no credit.
  if (findCue(read, words, ENDORSE_ALL) !== undefined || findCue(read, words, DEFERRED_CHOICE_CUES) !== undefined) return false;
  return findCue(read, words, REASON_CUES) !== undefined || words.some((index) => TRADE_OFF_WORDS.has(norm(read.tokens, index)));
}

/**
 * Reads several short texts as one answer (the fields of a form, each its own statement): per text, whether it offers
 * (any sentence offers and none commits by choice or reason) and its cue words; counts as in `readCommitment`.
 * Input: texts read by `readText`; blank ones count for neither side. Pure.
 */
export function readFieldsCommitment(reads: readonly ReadText[]): { fields: readonly { offered: boolean; cue?: string; text: string }[]; offered: number; committed: number; uncommitted: boolean } {
  let offered = 0;
  let committed = 0;
  const fields = reads.map((read) => {
    const reading = readCommitment(read);
    const verdicts = reading.sentences.filter((_, index) => read.sentences[index] !== undefined && wordsOf(read, read.sentences[index]?.from ?? 0, read.sentences[index]?.to ?? 0).some((i) => !read.tokens[i]?.stop));
    if (verdicts.length === 0) return { offered: false, text: read.text };
    const offers = verdicts.find((item) => item.verdict === 'offered');
    const chooses = verdicts.some((item) => item.verdict === 'committed');
    if (offers && !chooses) {
      offered += 1;
      return { offered: true, cue: offers.cue ?? '', text: read.text };
    }
    committed += 1;
    return { offered: false, text: read.text };
  });
  return { fields, offered, committed, uncommitted: offered >= MIN_OFFERED && offered > committed };
}

// Words that set alternatives side by side ("2 or 3", "acks=1 vs acks=all").
const ALTERNATIVE_WORDS: ReadonlySet<string> = new Set(['or', 'vs', 'versus']);
const weighedCache = new WeakMap<ReadText, readonly boolean[]>();

/**
 * Per clause: it sets alternatives side by side ("Replication factor 2 or 3?", "acks=1 or acks=all;") and a choice
 * follows, later in its sentence or in the next one ("I'd go with 3 because ..."), or it raises a possibility that is
 * objected to and concluded against ("we could use acks=1 for speed, but ..., so acks=all"). Such a clause weighs
 * options before choosing: what it names is neither claimed nor denied, and the choice says what the learner claims.
 * Pure; cached.
 */
export function weighedClauses(read: ReadText): readonly boolean[] {
  const cached = weighedCache.get(read);
  if (cached) return cached;
  const chooses = read.clauses.map((clause) => findCue(read, wordsOf(read, clause.from, clause.to), CHOICE_CUES) !== undefined);
  const weighed = read.clauses.map((clause, index) => {
    if (chooses[index]) return false;
    const words = wordsOf(read, clause.from, clause.to);
    if (possibilityRejected(read, index, words)) return true;
    if (!words.some((word) => ALTERNATIVE_WORDS.has(norm(read.tokens, word)))) return false;
    for (let later = index + 1; later < read.clauses.length; later += 1) {
      const other = read.clauses[later];
      if (!other || other.sentence > clause.sentence + 1) break;
      if (chooses[later]) return true;
    }
    return false;
  });
  weighedCache.set(read, weighed);
  return weighed;
}

// Whether a clause sets alternatives side by side itself ("2 or 3?"), as opposed to raising one possibility.
function clauseWeighsAlternatives(read: ReadText, clause: { from: number; to: number }): boolean {
  return wordsOf(read, clause.from, clause.to).some((word) => ALTERNATIVE_WORDS.has(norm(read.tokens, word)));
}

// Words that open the objection to a possibility ("we could use acks=1 for speed, but ...").
const OBJECTION_OPENERS: ReadonlySet<string> = new Set(['but', 'however', 'though', 'although', 'yet']);
// Words that open the choice the objection leads to ("..., so acks=all", "..., so instead we ...").
const CONCLUSION_OPENERS: ReadonlySet<string> = new Set(['so', 'therefore', 'hence', 'thus', 'instead']);

const firstWord = (read: ReadText, clause: { from: number; to: number } | undefined) => (clause ? norm(read.tokens, wordsOf(read, clause.from, clause.to)[0]) : '');

/**
 * A possibility raised to be turned down: "we could use acks=1 for speed, but the case says never lose a reading, so
 * acks=all". The clause offers by a possibility modal ("could use"), a later clause of the same or the next sentence
 * objects ("but", "however") and one after it concludes ("so", "instead") or chooses, without offering or deferring
 * itself ("..., but we could also use Kinesis, so it depends" weighs nothing).
 */
function possibilityRejected(read: ReadText, index: number, words: readonly number[]): boolean {
  const clause = read.clauses[index];
  if (!clause) return false;
  let possibility = false;
  for (let k = 0; k + 1 < words.length && !possibility; k += 1) possibility = POSSIBILITY_MODALS.has(norm(read.tokens, words[k])) && OPTION_VERBS.has(norm(read.tokens, words[k + 1]));
  if (!possibility) return false;
  let objected = false;
  for (let later = index + 1; later < read.clauses.length; later += 1) {
    const other = read.clauses[later];
    if (!other || other.sentence > clause.sentence + 1) break;
    const opener = firstWord(read, other);
    if (!objected) {
      objected = OBJECTION_OPENERS.has(opener);
      continue;
    }
    const otherWords = wordsOf(read, other.from, other.to);
    if (findCue(read, otherWords, DEFERRAL_CUES) || findOption(read, otherWords)) return false;
    if (CONCLUSION_OPENERS.has(opener) || findCue(read, otherWords, CHOICE_CUES)) return true;
  }
  return false;
}

/** Whether the token at `token` lies in a clause that weighs options before a choice (see `weighedClauses`). */
export function weighedAt(read: ReadText, token: number): boolean {
  return weighedClauses(read)[read.clauseOf[token] ?? -1] ?? false;
}

/**
 * Whether the tokens `[from, to)` choose: a choice verb ("go with", "pick", "we use", "my choice"), not handed to
 * circumstances ("choose based on ..."). Used by unchosen-options.ts to find the choice after a list of options. Pure.
 */
export function choosesIn(read: ReadText, from: number, to: number): boolean {
  const words = wordsOf(read, from, to);
  return findCue(read, words, DEFERRED_CHOICE_CUES) === undefined && findCue(read, words, CHOICE_CUES) !== undefined;
}

/**
 * The learner's words that hand a choice to circumstances in the tokens `[from, to)` ("it depends", "whichever",
 * "both would work", "choose based on"), verbatim, with the word position after them; undefined when there are none. Pure.
 */
export function deferralIn(read: ReadText, from: number, to: number): { cue: string; after: number } | undefined {
  const words = wordsOf(read, from, to);
  const found = findCue(read, words, DEFERRED_CHOICE_CUES) ?? findCue(read, words, DEFERRAL_CUES);
  if (!found) return undefined;
  const next = words[found.at + found.length];
  return { cue: verbatim(read, words, found), after: next ?? to };
}
