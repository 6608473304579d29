import type { Clause, Sentence } from './clauses';
import type { TextToken } from './tokens';
import { optionWord } from './rejected-option';
import { readReportedStories } from './reported-story';
import type { Rejection } from './rejected-option';

/**
 * What a stretch of the learner's text does, beyond affirming or negating:
 * - `counterfactual`: an alternative that did not happen and its consequence ("if we had ACKed on receipt and crashed,
 *   Rhapsody would delete the message", "if the task appended, each retry would double the revenue", "if you'd committed
 *   first and died, those records are gone", "had we committed first, ...", "suppose we commit first and crash: ... lost");
 * - `example-of-wrong`: an alternative named to show it is wrong ("committing before the write would be at-most-once",
 *   "acks=1 would lose data", "committing first is a mistake");
 * - `contrast`: the other side of a comparison ("unlike OLTP, ...": the words up to the comma; "cheaper than DELETE",
 *   "more durable than acks=1", "compared with polling", "versus", "as opposed to": the words after the cue).
 * - `reported`: a failure story told before the fix ("last year our load was a plain INSERT ... the retry doubled the
 *   revenue"; see reported-story.ts): what went wrong then, not the learner's answer.
 * Words in such a stretch are neither claimed nor denied: they earn nothing and contradict nothing.
 */
export type ClauseRole = 'claim' | 'counterfactual' | 'example-of-wrong' | 'contrast' | 'reported';

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

// What a warning's consequence says went wrong, said without "would" ("those records are gone", "the batch is lost"):
// outcomes, not the nouns a plan may name ("duplicates are harmless", "we drop late rows" stay the learner's own).
const LOSS_OUTCOMES: ReadonlySet<string> = new Set(['lost', 'gone', 'skipped', 'missed', 'dropped', 'duplicated', 'doubled', 'corrupted', 'broken', 'vanished', 'wiped']);
// Openers of a supposed scenario ("suppose we commit first and crash: ... lost"; "imagine the job died ..."): what follows
// is set up to show what goes wrong, when its consequence says so.
const SUPPOSE_WORDS: ReadonlySet<string> = new Set(['suppose', 'imagine', 'picture']);
// Subjects after a sentence-opening "had" that make it a condition ("had we committed first, ..."), not a verb.
const INVERSION_SUBJECTS: ReadonlySet<string> = new Set(['we', 'i', 'you', 'they', 'it', 'the', 'he', 'she', 'that', 'this']);

// "'d" before a past participle is "had" ("if you'd committed first"), not "would".
function isHadContraction(source: string, tokens: readonly TextToken[], i: number): boolean {
  const token = tokens[i] as TextToken;
  if (!/['\u2019]d$/i.test(source.slice(token.start, token.end))) return false;
  const next = tokens[i + 1];
  return isWord(next) && (PAST_WORDS.has(next.norm) || /[a-z]{2}ed$/.test(next.norm) || next.norm === 'been' || next.norm === 'done' || next.norm === 'gone');
}

// Words that make a loss no loss ("nothing is lost", "no row is dropped", "never skipped").
const NO_LOSS: ReadonlySet<string> = new Set(['nothing', 'no', 'never', 'none', 'not', 'nobody', 'without']);

// A consequence clause saying the outcome is lost or broken, affirmed ("nothing is lost" is no loss).
function hasLossOutcome(tokens: readonly TextToken[], clause: Clause, negated: readonly boolean[]): boolean {
  let denied = false;
  for (let j = clause.from; j < clause.to; j += 1) {
    const token = tokens[j];
    if (!isWord(token)) continue;
    if (NO_LOSS.has(token.norm)) denied = true;
    if (negated[j] || denied) continue;
    if (LOSS_OUTCOMES.has(token.norm) || FAULT_WORDS.has(token.norm) || (token.norm === 'most' && tokens[j - 1]?.norm === 'at' && tokens[j + 1]?.norm === 'once')) return true;
  }
  return false;
}

/** The clause, from `from` on in the sentence, that says what was lost (see hasLossOutcome); its end, or -1 when none does. */
function lossClauseEnd(tokens: readonly TextToken[], sentence: Sentence, clauses: readonly Clause[], from: number, negated: readonly boolean[]): number {
  for (const clause of clauses) {
    if (clause.to <= from || clause.from >= sentence.to) continue;
    if (hasLossOutcome(tokens, { ...clause, from: Math.max(clause.from, from) }, negated)) return Math.min(clause.to, sentence.to);
  }
  return -1;
}

/**
 * Where the condition of a present "if" at token `at` ends (its comma), when the consequence right after it, up to the end
 * of its clause or the next comma, says what is lost or broken ("If we commit before writing, is at-most-once"); -1
 * otherwise ("If we crash in between, the engine resends, ..." warns of nothing).
 */
function presentWarning(tokens: readonly TextToken[], sentence: Sentence, clauses: readonly Clause[], at: number, negated: readonly boolean[]): number {
  let comma = -1;
  for (let j = at + 1; j < sentence.to; j += 1) {
    if (tokens[j]?.norm === ',') {
      comma = j;
      break;
    }
  }
  if (comma < 0) return -1;
  const clause = clauses.find((item) => item.from <= comma + 1 && comma + 1 < item.to) ?? clauses.find((item) => item.from > comma);
  if (!clause) return -1;
  let to = clause.to;
  for (let j = Math.max(clause.from, comma + 1); j < clause.to; j += 1) {
    if (tokens[j]?.norm === ',' && j > comma + 1) {
      to = j;
      break;
    }
  }
  return hasLossOutcome(tokens, { ...clause, from: Math.max(clause.from, comma + 1), to }, negated) ? comma : -1;
}

/**
 * Counterfactuals and warnings: the alternative that did not happen and what went wrong, marked from the opener to the end
 * of the consequence's clause.
 * - "if" + a past antecedent, then a clause with "would"/"could" ("if we had ACKed first and crashed, it would be lost");
 * - "if" + a pluperfect antecedent ("if you'd committed first", "if we had committed") or a sentence-opening "had" + subject
 *   ("had we committed first"), then a clause saying what was lost, with or without "would" ("those records are gone");
 * - "suppose", "imagine", "picture" + a scenario, then a clause saying what was lost ("suppose we commit first and then
 *   crash: the batch is lost"). A supposed scenario whose consequence loses nothing ("suppose it crashes after the write:
 *   it reads the batch again") stays the learner's claim.
 */
function markCounterfactuals(source: string, tokens: readonly TextToken[], sentence: Sentence, clauses: readonly Clause[], negated: readonly boolean[], role: ClauseRole[]): void {
  let firstWord = true;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    const opener = tokens[i];
    if (!isWord(opener)) continue;
    const opensSentence = firstWord || tokens[i - 1]?.norm === ':';
    firstWord = false;
    const inverted = opener.norm === 'had' && opensSentence && INVERSION_SUBJECTS.has(tokens[i + 1]?.norm ?? '');
    const supposed = SUPPOSE_WORDS.has(opener.norm) && isWord(tokens[i + 1]);
    if (opener.norm !== 'if' && !inverted && !supposed) continue;
    let past = inverted;
    let pluperfect = inverted;
    let end = -1;
    for (let j = i + 1; j < sentence.to; j += 1) {
      const token = tokens[j];
      if (!isWord(token)) continue;
      if (isHadContraction(source, tokens, j) || (token.norm === 'had' && j > i)) {
        past = true;
        pluperfect = true;
        continue;
      }
      if (isModal(source, token)) {
        if (past) end = clauses.find((clause) => clause.from <= j && j < clause.to)?.to ?? sentence.to;
        break;
      }
      if (!past && isPast(tokens, j)) past = true;
    }
    if (end < 0 && (pluperfect || supposed)) end = lossClauseEnd(tokens, sentence, clauses, i + 1, negated);
    if (end < 0 && opener.norm === 'if' && opensSentence) {
      // "If we commit before writing, it is at-most-once": a present condition whose consequence says what is lost warns
      // of that alternative; the condition is not the learner's plan, the consequence stays their claim.
      const condition = presentWarning(tokens, sentence, clauses, i, negated);
      if (condition > i) {
        for (let j = i; j < condition; j += 1) role[j] = 'counterfactual';
        i = condition - 1;
      }
      continue;
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

// Comparatives of merit: what follows their "than" is the alternative the claim is set against ("cheaper than DELETE").
// Comparatives of amount or time ("older than 30 days", "later than the watermark", "more partitions than") are bounds, not alternatives.
const MERIT_COMPARATIVES: ReadonlySet<string> = new Set([
  'cheaper', 'faster', 'quicker', 'better', 'safer', 'simpler', 'easier', 'slower', 'worse', 'costlier', 'pricier', 'harder',
  'stronger', 'weaker', 'cleaner', 'leaner', 'lighter', 'sturdier', 'saner', 'nicer', 'preferable', 'superior', 'inferior',
]);
// Adjectives that "more"/"less" make a comparative of merit ("more durable than acks=1"), beside those read from their ending.
const MERIT_ADJECTIVES: ReadonlySet<string> = new Set(['robust', 'secure', 'complex', 'simple', 'accurate', 'correct', 'safe', 'fast', 'cheap', 'expensive', 'mature', 'precise', 'fragile']);
const ADJECTIVE_ENDING = /(able|ible|ive|ent|ant|ful|ous|ic|al)$/;
// Where the other side of a comparison ends: a new subject or a linking word that starts a statement of the learner's own.
const CONTRAST_STOPS: ReadonlySet<string> = new Set([
  'we', 'i', 'they', 'you', 'it', 'our', 'let', 'which', 'because', 'since', 'so', 'but', 'while', 'whereas', 'when', 'if', 'thanks', 'via', 'using', 'through', 'unless', 'until', 'once',
]);
const STOP_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')']);
// First words of the comparison cues, so a clause without one is passed over at once.
const CUE_STARTS: ReadonlySet<string> = new Set(['unlike', 'versus', 'vs', 'compared', 'as', 'than']);

/** How many words open a comparison's other side at word position `k` ("than", "compared with", "versus", "as opposed to", "unlike"); 0 when none. */
function comparisonCue(tokens: readonly TextToken[], words: readonly number[], k: number): number {
  const norm = (offset: number) => tokens[words[k + offset] ?? -1]?.norm ?? '';
  const word = norm(0);
  if (word === 'unlike' || word === 'versus' || word === 'vs') return 1;
  // "compared with X" sets X against the claim only as an aside (", compared with polling", "cheaper compared with polling");
  // "each ping is compared with the planned route" is the learner's own check, X included.
  if (word === 'compared' && (norm(1) === 'with' || norm(1) === 'to')) {
    const aside = k === 0 || tokens[(words[k] as number) - 1]?.kind === 'mark';
    return aside || MERIT_COMPARATIVES.has(norm(-1)) || MERIT_ADJECTIVES.has(norm(-1)) ? 2 : 0;
  }
  if (word === 'as' && norm(1) === 'opposed' && norm(2) === 'to') return 3;
  if (word !== 'than' || /^\d/.test(norm(1))) return 0;
  const before = norm(-1);
  if (MERIT_COMPARATIVES.has(before)) return 1;
  const degree = norm(-2);
  return (degree === 'more' || degree === 'less') && (MERIT_ADJECTIVES.has(before) || ADJECTIVE_ENDING.test(before)) ? 1 : 0;
}

/**
 * The other side of a comparison: "unlike X, ...", "cheaper / more durable than X", "compared with X", "versus X", "as
 * opposed to X". X runs from the cue to a comma, colon or semicolon, the clause end, or a word that starts the learner's own
 * statement again ("we", "which", "because"; "and"/"or" before a subject or a verb in "-s": "cheaper than DELETE and avoids
 * bloat"). "rather than X" and "instead of X" are not read here: they deny X (polarity.ts).
 */
function markContrasts(tokens: readonly TextToken[], clause: Clause, role: ClauseRole[]): void {
  let cueFound = false;
  for (let i = clause.from; i < clause.to && !cueFound; i += 1) cueFound = CUE_STARTS.has(tokens[i]?.norm ?? '');
  if (!cueFound) return;
  const words: number[] = [];
  for (let i = clause.from; i < clause.to; i += 1) if (isWord(tokens[i])) words.push(i);
  for (let k = 0; k < words.length; k += 1) {
    const span = comparisonCue(tokens, words, k);
    if (span === 0) continue;
    const start = words[k] as number;
    let end = clause.to;
    for (let t = words[k + span - 1] as number; t < clause.to; t += 1) {
      const token = tokens[t] as TextToken;
      if (token.kind === 'mark' && t > start && STOP_MARKS.has(token.norm)) {
        end = t;
        break;
      }
      if (token.kind !== 'word' || t <= (words[k + span - 1] as number)) continue;
      let n = t + 1;
      while (n < clause.to && !isWord(tokens[n])) n += 1;
      const next = n < clause.to ? tokens[n] : undefined;
      const joinsStatement = (token.norm === 'and' || token.norm === 'or') && next !== undefined && (PERSONS.has(next.norm) || /[^s]s$/.test(next.norm));
      // At least one word of the other side is read before a stop ("than it" would leave nothing).
      if (t > (words[k + span] ?? clause.to) && (CONTRAST_STOPS.has(token.norm) || joinsStatement)) {
        end = t;
        break;
      }
    }
    for (let j = start; j < end; j += 1) role[j] = 'contrast';
    k = Math.max(k, words.findIndex((w) => w >= end) - 1);
    if (k < 0) return;
  }
}

// Words that set up the rejected option as the condition of a reason ("with acks one the leader ... is gone").
const REASON_SETTINGS: ReadonlySet<string> = new Set(['with', 'using', 'under']);
// Words a setting's name and value may be joined by ("acks equals one", "acks set to 1").
const SETTING_LINKS: ReadonlySet<string> = new Set(['=', 'equals', 'equal', 'set', 'to', 'of', 'at']);

/**
 * The reason a rejected option fails: "with X" (or "using X", "under X") where X is only words of an option the learner
 * rejected earlier in the sentence or the one before (rejected-option.ts), then a clause saying what is lost ("acks=1,
 * no wait, I mean acks=all, because with acks one the leader ... and the event is just gone"). Marked as an example of
 * the wrong way, from "with" to the end of the loss clause: the learner explains why they did not choose X.
 */
function markRejectedReasons(tokens: readonly TextToken[], sentences: readonly Sentence[], clauses: readonly Clause[], rejections: readonly Rejection[], negated: readonly boolean[], role: ClauseRole[]): void {
  if (rejections.length === 0) return;
  for (const sentence of sentences) {
    const earlier = rejections.filter((rejection) => rejection.sentence === sentence.index || rejection.sentence === sentence.index - 1);
    if (earlier.length === 0) continue;
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const token = tokens[i];
      if (!isWord(token) || !REASON_SETTINGS.has(token.norm) || role[i] !== 'claim') continue;
      const named = earlier.some((rejection) => {
        if (rejection.at > i) return false;
        let option = 0;
        for (let j = i + 1; j < sentence.to; j += 1) {
          const next = tokens[j] as TextToken;
          const word = optionWord(next.norm);
          if (rejection.words.has(word)) {
            if (!/^\d+$/.test(word)) option += 1;
          } else if (!SETTING_LINKS.has(next.norm)) break;
        }
        return option > 0;
      });
      if (!named) continue;
      const end = lossClauseEnd(tokens, sentence, clauses, i + 1, negated);
      if (end < 0) continue;
      for (let j = i; j < end; j += 1) role[j] = 'example-of-wrong';
      i = end - 1;
    }
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
 * negation already read (a fault that is negated, "would lose nothing", is no example of the wrong way), and the options
 * the learner rejected (rejected-option.ts), whose reasons are examples of the wrong way. Pure.
 */
export function readClauseRoles(
  source: string,
  tokens: readonly TextToken[],
  sentences: readonly Sentence[],
  clauses: readonly Clause[],
  negated: readonly boolean[],
  cue: readonly boolean[],
  rejections: readonly Rejection[] = [],
): ClauseRoles {
  const role = new Array<ClauseRole>(tokens.length).fill('claim');
  for (const sentence of sentences) markCounterfactuals(source, tokens, sentence, clauses, negated, role);
  markRejectedReasons(tokens, sentences, clauses, rejections, negated, role);
  readReportedStories(source, tokens, sentences, clauses, negated).forEach((inStory, i) => {
    if (inStory && role[i] === 'claim') role[i] = 'reported';
  });
  for (const clause of clauses) {
    if (role[clause.from] === 'claim') markExamplesOfWrong(source, tokens, clause, negated, cue, role);
    markContrasts(tokens, clause, role);
  }
  // A sentence hedged as a whole ("I think ...", a question) stays hedged wherever its hedge words stand.
  const wholeSentence = sentences.map((sentence) => sentence.question || tokens.slice(sentence.from, sentence.to).some((token) => SENTENCE_HEDGE_WORDS.has(token.norm)));
  return { role, hedgeFrom: clauses.map((clause) => (wholeSentence[clause.sentence] ? -1 : hedgeStart(tokens, clause))) };
}
