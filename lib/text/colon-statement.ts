import type { TextToken } from './tokens';

// Words that may open the subject's noun phrase after the colon ("...: a crosswalk maps", "...: the job keeps").
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'this', 'that', 'each', 'every', 'all', 'one']);
// Pronouns that are a whole subject ("...: we keep", "...: it maps").
const PRONOUNS: ReadonlySet<string> = new Set(['we', 'i', 'they', 'it', 'he', 'she', 'you']);
// Auxiliaries and copulas that end a subject ("...: the old row is closed", "...: queries are joined").
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'will', 'can', 'does', 'do', 'has', 'have', 'gets', 'get', 'stays', 'stay', 'must', 'should', 'would', 'may', 'might', 'keeps', 'keep']);
// Words that never stand in the subject (a negation or a list goes on after the colon).
const NOT_SUBJECTS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'nor', 'or', 'and', 'then', 'so', 'but', 'without', 'none', 'nothing']);
/** Most content words a subject after the colon may have ("a cross-reference table": three). */
const MAX_SUBJECT_WORDS = 3;

/**
 * Whether a colon stands between word positions `k - 1` and `k` (indices into `tokens` by `words`) and the words after
 * it open a statement with its own subject and verb: "I don't rewrite the history either: a cross-reference table maps
 * the retired MRN to the surviving id". The colon then explains what is done instead, and a negation before it does
 * not reach into that statement. A subject is a pronoun, or an optional determiner and one to MAX_SUBJECT_WORDS
 * content words, followed by an auxiliary or a third-person verb written right after it. A list or an imperative
 * goes on under the negation ("we never use: Kafka, Redis", "never do this: delete the checkpoint"). Pure.
 */
export function colonOpensStatement(tokens: readonly TextToken[], words: readonly number[], k: number): boolean {
  if (k <= 0 || k >= words.length) return false;
  let colon = false;
  for (let t = (words[k - 1] as number) + 1; t < (words[k] as number); t += 1) if (tokens[t]?.norm === ':') colon = true;
  if (!colon) return false;
  const norm = (j: number) => tokens[words[j] ?? -1]?.norm ?? '';
  const adjacent = (j: number) => (words[j + 1] ?? -2) === (words[j] ?? 0) + 1 || tokens[(words[j] ?? 0) + 1]?.norm === '-';
  if (PRONOUNS.has(norm(k))) {
    const verb = tokens[words[k + 1] ?? -1];
    return verb !== undefined && !verb.stop && !NOT_SUBJECTS.has(verb.norm) && adjacent(k);
  }
  let at = DETERMINERS.has(norm(k)) ? k + 1 : k;
  const first = at;
  while (at < words.length && at - first < MAX_SUBJECT_WORDS) {
    const subject = tokens[words[at] ?? -1];
    const verb = tokens[words[at + 1] ?? -1];
    if (!subject || !verb || subject.stop || NOT_SUBJECTS.has(subject.norm) || NOT_SUBJECTS.has(verb.norm) || !adjacent(at)) return false;
    if (AUXILIARIES.has(verb.norm)) return true;
    if (!verb.stop && /[^s]s$/.test(verb.norm) && !/[^s]s$/.test(subject.norm) && tokens[words[at + 2] ?? -1] !== undefined) return true;
    at += 1;
  }
  return false;
}
