import type { TextToken } from './tokens';

// Words that may open the subject of a new statement after ", and" ("..., and the state is removed").
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'this', 'that', 'each', 'every', 'all']);
// Auxiliaries and copulas that make the word before them a subject ("..., and Spark is", "..., and windows are").
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'will', 'can', 'does', 'do', 'has', 'have', 'gets', 'get', 'stays', 'stay', 'must', 'should', 'would', 'may', 'might']);
// Words that are never the subject of a statement (they go on the list or the negation).
const NOT_SUBJECTS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'nor', 'or', 'and', 'then', 'so', 'but', 'without']);

/**
 * Whether the words at positions `k`.. (indices into `tokens` by `words`) after ", and" open a new statement with its own
 * subject and verb ("No late event is ever dropped, and Spark keeps all state"): an optional determiner, one subject
 * word, then an auxiliary ("is", "are", "will") or a third-person verb ("keeps", "drops"). A negation before ", and" does
 * not reach into it. A list goes on instead ("no checkpoint, and no WAL", "no retries, and acks"). Pure.
 */
export function opensStatement(tokens: readonly TextToken[], words: readonly number[], k: number): boolean {
  let at = k;
  if (DETERMINERS.has(tokens[words[at] ?? -1]?.norm ?? '')) at += 1;
  const subject = tokens[words[at] ?? -1];
  const verb = tokens[words[at + 1] ?? -1];
  if (!subject || !verb || NOT_SUBJECTS.has(subject.norm) || NOT_SUBJECTS.has(verb.norm)) return false;
  // Subject and verb written one after the other, with no mark between.
  if ((words[at + 1] ?? 0) !== (words[at] ?? 0) + 1) return false;
  if (AUXILIARIES.has(verb.norm)) return true;
  return !subject.stop && !verb.stop && /[^s]s$/.test(verb.norm) && !/[^s]s$/.test(subject.norm);
}
