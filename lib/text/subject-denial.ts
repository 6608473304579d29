import type { ReadText } from './read-text';

// Predicates that deny their subject: "real-time is out of scope", "sub-second is not a requirement".
const DENYING_PREDICATES: readonly (readonly string[])[] = [
  ['out', 'of', 'scope'],
  ['not', 'in', 'scope'],
  ['not', 'a', 'requirement'],
  ['not', 'a', 'need'],
  ['not', 'a', 'goal'],
  ['not', 'a', 'priority'],
  ['a', 'non', 'goal'],
  ['non', 'goal'],
  ['not', 'asked', 'for'],
  ['not', 'what', 'we', 'need'],
];
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'stays', 'remains']);
// A subject starts after the previous item of a list or statement.
const SUBJECT_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', 'and', 'but', 'or']);

/**
 * Token indexes of subjects denied by a predicate after them ("real-time is out of scope",
 * "sub-second is not a requirement", "streaming is a non-goal"): the words from the start of the
 * clause (or the previous list item) up to the copula. Complements the cue-based negation of
 * `readText`, which reads these predicates' own words as negated but not always their subject.
 * Pure; an empty set when the text has none.
 */
export function deniedSubjects(read: ReadText): Set<number> {
  const denied = new Set<number>();
  const words: number[] = [];
  read.tokens.forEach((token, index) => {
    if (token.kind === 'word' || SUBJECT_BREAKS.has(token.norm)) words.push(index);
  });
  const norm = (k: number) => read.tokens[words[k] ?? -1]?.norm ?? '';
  for (let k = 0; k < words.length; k += 1) {
    if (!COPULAS.has(norm(k))) continue;
    const predicate = DENYING_PREDICATES.find((phrase) => phrase.every((word, offset) => norm(k + 1 + offset) === word));
    if (!predicate) continue;
    for (let j = k - 1; j >= 0; j -= 1) {
      const index = words[j] ?? -1;
      if (SUBJECT_BREAKS.has(norm(j)) || read.clauseOf[index] !== read.clauseOf[words[k] ?? -1]) break;
      denied.add(index);
    }
  }
  return denied;
}
