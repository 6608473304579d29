import type { Clause, Sentence } from './clauses';
import type { TextToken } from './tokens';

/**
 * What a stretch of the learner's text does, beyond affirming or negating:
 * - `counterfactual`: an alternative that did not happen and its consequence ("if we had ACKed on receipt and crashed,
 *   Rhapsody would delete the message", "if the task appended, each retry would double the revenue");
 * - `example-of-wrong`: an alternative named to show it is wrong ("committing before the write would be at-most-once",
 *   "acks=1 would lose data", "committing first is a mistake");
 * - `contrast`: the other side of a comparison ("unlike OLTP, ...": the words up to the comma).
 * Words in such a stretch are neither claimed nor denied: they earn nothing and contradict nothing.
 */
export type ClauseRole = 'claim' | 'counterfactual' | 'example-of-wrong' | 'contrast';

/** Per token: the role of the stretch it is in (`claim` for ordinary text), and per clause where a late hedge starts. */
export type ClauseRoles = {
  /** Per token: its role; `claim` unless it lies in a counterfactual, an example of the wrong way or a contrast. */
  role: ClauseRole[];
  /**
   * Per clause: the first token a clause hedge word reaches, or -1 for the whole clause. A hedge word standing after a
   * colon or comma with words after it ("at-least-once: nothing lost, maybe repeated") qualifies only what follows it.
   */
  hedgeFrom: number[];
};

// Words of the antecedent that put it in the past, so the condition is contrary to fact ("if we had", "if it were").
const PAST_WORDS: ReadonlySet<string> = new Set(['had', 'were', 'was', 'did', 'used', 'went', 'sent', 'lost', 'wrote', 'took', 'made', 'kept', 'ran', 'forgot', 'chose']);
// A participle after these is passive or perfect, not past ("if it is committed", "if it has crashed").
const NOT_PAST_BEFORE: ReadonlySet<string> = new Set(['is', 'are', 'be', 'been', 'being', 'get', 'gets', 'has', 'have', 'am']);
const MODALS: ReadonlySet<string> = new Set(['would', 'could']);
// What the alternative would lead to, said as a fault: "would be at-most-once", "would lose", "would double".
const FAULT_WORDS: ReadonlySet<string> = new Set([
  'wrong', 'mistake', 'bad', 'dangerous', 'unsafe', 'risky', 'broken', 'incorrect', 'antipattern', 'anti-pattern', 'at-most-once', 'lossy',
  'lose', 'loses', 'lost', 'losing', 'duplicate', 'duplicates', 'double', 'doubles', 'break', 'breaks', 'corrupt', 'corrupts', 'fail', 'fails',
  'skip', 'skips', 'miss', 'misses', 'drop', 'drops', 'overwrite', 'overwrites', 'undercount', 'overcount',
]);
// Said with "is" these judge the alternative wrong ("committing first is a mistake"); the outcome verbs need "would".
const VERDICT_WORDS: ReadonlySet<string> = new Set(['wrong', 'mistake', 'antipattern', 'anti-pattern', 'dangerous', 'unsafe', 'incorrect']);
// The learner's own plan ("we would lose nothing") is not an alternative named to be rejected.
const PERSONS: ReadonlySet<string> = new Set(['we', 'i', 'you', 'they', 'us']);
const CLAUSE_HEDGES: ReadonlySet<string> = new Set(['maybe', 'might', 'perhaps', 'possibly', 'probably']);

const SENTENCE_HEDGE_WORDS: ReadonlySet<string> = new Set(['think', 'guess', 'believe', 'suppose', 'assume', 'sure', 'certain', 'idea', 'remember', 'unsure']);

const isWord = (token: TextToken | undefined): token is TextToken => token?.kind === 'word';

// "would" written in full or as "'d" ("we'd", "it'd"): the normalised word drops the suffix, the source keeps it.
function isModal(source: string, token: TextToken): boolean {
  if (MODALS.has(token.norm)) return true;
  return /['\u2019]d$/i.test(source.slice(token.start, token.end));
}

function isPast(tokens: readonly TextToken[], i: number): boolean {
  const token = tokens[i] as TextToken;
  if (PAST_WORDS.has(token.norm)) return true;
  return /[a-z]{2}ed$/.test(token.norm) && !NOT_PAST_BEFORE.has(tokens[i - 1]?.norm ?? '') && token.norm !== 'need' && token.norm !== 'based';
}

/** Counterfactual conditionals: "if" + a past antecedent, then a clause with "would"/"could"; marks from "if" to that clause's end. */
function markCounterfactuals(source: string, tokens: readonly TextToken[], sentence: Sentence, clauses: readonly Clause[], role: ClauseRole[]): void {
  for (let i = sentence.from; i < sentence.to; i += 1) {
    if (tokens[i]?.norm !== 'if') continue;
    let past = false;
    let end = -1;
    for (let j = i + 1; j < sentence.to; j += 1) {
      const token = tokens[j];
      if (!isWord(token)) continue;
      if (isModal(source, token)) {
        if (past) end = clauses.find((clause) => clause.from <= j && j < clause.to)?.to ?? sentence.to;
        break;
      }
      if (!past && isPast(tokens, j)) past = true;
    }
    if (end < 0) continue;
    for (let j = i; j < end; j += 1) role[j] = 'counterfactual';
    i = end - 1;
  }
}

/** An alternative judged by its outcome in its own clause: "<not a person> would (be) <fault>" or "<...> is <verdict>". */
function markExamplesOfWrong(source: string, tokens: readonly TextToken[], clause: Clause, negated: readonly boolean[], cue: readonly boolean[], role: ClauseRole[]): void {
  const words: number[] = [];
  for (let i = clause.from; i < clause.to; i += 1) if (isWord(tokens[i])) words.push(i);
  for (let k = 1; k < words.length; k += 1) {
    const token = tokens[words[k] as number] as TextToken;
    const modal = isModal(source, token);
    if (!modal && token.norm !== 'is') continue;
    const subject = tokens[words[k - 1] as number] as TextToken;
    if (PERSONS.has(subject.norm) || (modal && PERSONS.has(token.norm))) return;
    // Up to three words after: "would be at-most-once", "would silently lose", "is a mistake", "is an anti-pattern".
    const after = words.slice(k + 1, k + 4);
    // "at-most-once" is read as the words "at most once".
    const faultAt = after.findIndex((w) => (modal ? FAULT_WORDS : VERDICT_WORDS).has(tokens[w]?.norm ?? '') || (modal && tokens[w]?.norm === 'most' && tokens[w - 1]?.norm === 'at'));
    if (faultAt < 0) continue;
    const fault = after[faultAt] as number;
    // "would not lose anything", "would lose nothing": the alternative is fine after all.
    if (after.slice(0, faultAt).some((w) => cue[w]) || negated[fault] || words.slice(k + 1).some((w) => cue[w] && (tokens[w]?.norm === 'nothing' || tokens[w]?.norm === 'no'))) return;
    for (let i = clause.from; i < clause.to; i += 1) role[i] = 'example-of-wrong';
    return;
  }
}

/** "Unlike X, ...": X, up to the comma, is the other side of a comparison. */
function markContrasts(tokens: readonly TextToken[], clause: Clause, role: ClauseRole[]): void {
  for (let i = clause.from; i < clause.to; i += 1) {
    if (tokens[i]?.norm !== 'unlike') continue;
    for (let j = i; j < clause.to && tokens[j]?.norm !== ','; j += 1) role[j] = 'contrast';
  }
}

/** Where a clause hedge word that follows a colon or comma starts qualifying ("..., maybe repeated"); -1 for the whole clause. */
function hedgeStart(tokens: readonly TextToken[], clause: Clause): number {
  let segment = clause.from;
  let start = -1;
  for (let i = clause.from; i < clause.to; i += 1) {
    const token = tokens[i] as TextToken;
    if (token.kind === 'mark' && (token.norm === ':' || token.norm === ',')) segment = i + 1;
    if (!isWord(token) || !CLAUSE_HEDGES.has(token.norm)) continue;
    const wordsAfter = tokens.slice(i + 1, clause.to).some((next) => isWord(next) && !next.stop);
    // A hedge in the first segment, or one with nothing after it ("at-least-once, maybe"), hedges the whole clause.
    if (segment === clause.from || !wordsAfter) return -1;
    if (start < 0) start = segment;
  }
  return start;
}

/**
 * Reads the role of every token (see `ClauseRole`) and where each clause's hedge starts. Needs the clauses and the
 * negation already read (a fault that is negated, "would lose nothing", is no example of the wrong way). Pure.
 */
export function readClauseRoles(source: string, tokens: readonly TextToken[], sentences: readonly Sentence[], clauses: readonly Clause[], negated: readonly boolean[], cue: readonly boolean[]): ClauseRoles {
  const role = new Array<ClauseRole>(tokens.length).fill('claim');
  for (const sentence of sentences) markCounterfactuals(source, tokens, sentence, clauses, role);
  for (const clause of clauses) {
    if (role[clause.from] === 'claim') markExamplesOfWrong(source, tokens, clause, negated, cue, role);
    markContrasts(tokens, clause, role);
  }
  // A sentence hedged as a whole ("I think ...", a question) stays hedged wherever its hedge words stand.
  const wholeSentence = sentences.map((sentence) => sentence.question || tokens.slice(sentence.from, sentence.to).some((token) => SENTENCE_HEDGE_WORDS.has(token.norm)));
  return { role, hedgeFrom: clauses.map((clause) => (wholeSentence[clause.sentence] ? -1 : hedgeStart(tokens, clause))) };
}
