import type { Sentence } from './clauses';
import type { Withdrawal } from './retraction';
import type { TextToken } from './tokens';

/**
 * Self-grading: a sentence in which the answer grades itself instead of saying anything about the system ("This covers
 * everything the question asks", "That's all the key points. Full marks please", "I'd give this 10/10", "Every point is
 * addressed above"). An interviewer reads it as noise at best: it earns nothing, and its words are no claims.
 * lib/text/grader-address.ts reads the sentences that name the grader ("Note for the grader: ..."); this reads the ones
 * that grade without naming anyone.
 */

/** Words that ask for a score outright when they follow "full", "top" or "maximum" ("full marks", "top score"). */
const SCORE_NOUNS: ReadonlySet<string> = new Set(['marks', 'mark', 'points', 'score', 'credit', 'grade']);
const SCORE_ADJECTIVES: ReadonlySet<string> = new Set(['full', 'top', 'maximum', 'max', 'perfect']);
/** Verbs that vouch for coverage ("covers", "addresses", "ticks off"). */
const COVERAGE_VERBS: ReadonlySet<string> = new Set(['covers', 'covered', 'cover', 'addresses', 'addressed', 'address', 'answers', 'answered', 'hits', 'hit', 'ticks', 'ticked']);
/** Words of totality: what the vouching claims to cover. */
const TOTALITY: ReadonlySet<string> = new Set(['everything', 'all', 'every', 'each']);
/** What an answer is graded against: the question, what it asks (its points: see `rubricPoint`). */
const RUBRIC_NOUNS: ReadonlySet<string> = new Set(['criteria', 'rubric', 'prompt']);
/** Words before "point(s)" that make it the question's points ("the key points", "all points"), not "data points". */
const POINT_LEADS: ReadonlySet<string> = new Set(['the', 'key', 'all', 'every', 'each', 'main', 'these', 'those', 'your', 'its', 'my', 'three', 'four']);

// "the question" or "this question", not "every question analysts have".
function rubricQuestion(words: readonly string[], k: number): boolean {
  return words[k] === 'question' && (words[k - 1] === 'the' || words[k - 1] === 'this');
}

// "the key points", "every point", but not "a point in time", "points of sale" or "data points".
function rubricPoint(words: readonly string[], k: number): boolean {
  const word = words[k];
  if (word !== 'point' && word !== 'points') return false;
  const next = words[k + 1] ?? '';
  return POINT_LEADS.has(words[k - 1] ?? '') && next !== 'in' && next !== 'of';
}
/** The answer itself as a subject ("this", "that", "I", "my answer", "the above"). */
const SELF_SUBJECTS: ReadonlySet<string> = new Set(['this', 'that', 'i', 'above', 'answer', 'response']);
/** Verbs that ask for or claim a score ("give this 10/10", "I deserve full marks", "rate it 100"). */
const SCORE_VERBS: ReadonlySet<string> = new Set(['give', 'deserve', 'deserves', 'rate', 'award', 'score', 'grade', 'earn', 'earns']);
/** The perfect figures a self-grade names ("10/10", "100/100", "5 out of 5"). */
const PERFECT_FIGURES: ReadonlySet<string> = new Set(['10', '100', '5']);

function perfectFraction(words: readonly string[], k: number): boolean {
  const top = words[k];
  if (top === undefined || !PERFECT_FIGURES.has(top)) return false;
  if (words[k + 1] === '/' && words[k + 2] === top) return true;
  return words[k + 1] === 'out' && words[k + 2] === 'of' && words[k + 3] === top;
}

/**
 * Whether one sentence (its token norms in order, marks included: "10", "/", "10") grades the answer itself:
 * - asks for a score: "full marks", "top score", "full credit", or a perfect figure ("10/10", "100/100", "5 out of 5")
 *   with a verb of scoring or alone as the sentence's figure;
 * - vouches for coverage: a verb of coverage ("covers", "addresses") with a word of totality ("everything", "all") and
 *   either the answer as its subject ("this", "I", "my answer") or what it is graded against ("the question", "the key
 *   points"): "This covers everything the question asks", "All the points are addressed".
 * "Replication covers one broker failure" (no totality), "the job covers all partitions" (no self subject, no rubric noun)
 * and "100 ms" are untouched. Pure; O(words).
 */
export function isSelfGrading(words: readonly string[]): boolean {
  let coverage = false;
  let totality = false;
  let rubric = false;
  let self = false;
  let scoreVerb = false;
  let perfect = false;
  for (let k = 0; k < words.length; k += 1) {
    const word = words[k] as string;
    if (SCORE_ADJECTIVES.has(word) && SCORE_NOUNS.has(words[k + 1] ?? '')) return true;
    if (perfectFraction(words, k)) perfect = true;
    if (COVERAGE_VERBS.has(word)) coverage = true;
    if (TOTALITY.has(word)) totality = true;
    if (RUBRIC_NOUNS.has(word) || rubricPoint(words, k) || rubricQuestion(words, k)) rubric = true;
    if (SELF_SUBJECTS.has(word)) self = true;
    if (SCORE_VERBS.has(word)) scoreVerb = true;
  }
  if (perfect && (scoreVerb || self || words.filter((word) => /^\d/.test(word)).length === 2)) return true;
  // "Every point is covered": the totality and the rubric noun together need no subject.
  return coverage && totality && (rubric || (self && words.includes('everything')));
}

// Marks that end a stretch of a sentence: "Checkpoint, replay and an idempotent sink - that covers all the points" grades
// itself only after the dash.
const STRETCH_ENDS: ReadonlySet<string> = new Set([',', ';', ':', '-', '\u2013', '\u2014', '(', ')', '[', ']']);

/**
 * The stretches of each sentence (token ranges, split at commas, dashes, colons and brackets) that grade the answer
 * itself (see `isSelfGrading`), each as a withdrawal whose own words are the cue, so every reader treats them as not
 * said and the content beside them in the sentence stands. Pure; O(tokens).
 */
export function readSelfGrading(tokens: readonly TextToken[], sentences: readonly Sentence[]): Withdrawal[] {
  const found: Withdrawal[] = [];
  for (const sentence of sentences) {
    let from = sentence.from;
    for (let i = sentence.from; i <= sentence.to; i += 1) {
      const token = i < sentence.to ? tokens[i] : undefined;
      if (token !== undefined && !(token.kind === 'mark' && STRETCH_ENDS.has(token.norm))) continue;
      const words: string[] = [];
      for (let k = from; k < i; k += 1) {
        const word = tokens[k];
        if (word) words.push(word.norm);
      }
      if (words.length > 0 && isSelfGrading(words)) found.push({ from, to: i, cueFrom: from, cueTo: i });
      from = i + 1;
    }
  }
  return found;
}
