import { analyse } from './analyse';

// The auxiliaries of a passive ("the batch is written"), each as the stems `analyse` gives it.
const AUXILIARIES: readonly (readonly string[])[] = ['is', 'are', 'was', 'were', 'has been', 'have been', 'had been', 'gets', 'got', 'is being', 'are being'].map((words) => analyse(words).stems);
// Longest first, so "is being" is read before "is".
const LONGEST_FIRST = [...AUXILIARIES].sort((a, b) => b.length - a.length);
/** Shortest phrase given other tenses: a bare "is written" is too little to say what is written. */
const MIN_STEMS = 3;

const startsAt = (stems: readonly string[], at: number, aux: readonly string[]) => aux.every((stem, k) => stems[at + k] === stem);

/**
 * A passive phrase in the other tenses learners write it in ("after the batch is written": "has been written", "was
 * written", "gets written"): the phrase's stems with its first auxiliary swapped for each other one. Only for a phrase
 * of MIN_STEMS stems or more whose auxiliary is followed by a word (the participle). The phrase itself comes first;
 * none when it has no passive. Pure; the phrase matcher calls it once per phrase when it is built.
 */
export function auxVariants(stems: readonly string[]): string[][] {
  if (stems.length < MIN_STEMS) return [];
  for (let at = 0; at < stems.length - 1; at += 1) {
    const own = LONGEST_FIRST.find((aux) => at + aux.length < stems.length && startsAt(stems, at, aux));
    if (!own) continue;
    const before = stems.slice(0, at);
    const after = stems.slice(at + own.length);
    return AUXILIARIES.filter((aux) => aux !== own).map((aux) => [...before, ...aux, ...after]);
  }
  return [];
}
