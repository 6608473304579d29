import { distance } from 'fastest-levenshtein';

/**
 * The known names closest to `value` (edit distance at most a third of the longer name, at least 2, and
 * less than the shorter name's length, so "c" suggests nothing), best first, for "did you mean" hints on
 * ids, topics, kinds and value names.
 */
export function closestNames(value: string, known: Iterable<string>, limit = 2): string[] {
  const wanted = value.toLowerCase();
  const scored: { name: string; cost: number }[] = [];
  for (const name of new Set(known)) {
    const candidate = name.toLowerCase();
    // A name that contains the other (`kafka` in `kafka_connect`) is close whatever its length.
    const shorter = Math.min(wanted.length, candidate.length);
    const contains = shorter >= 3 && (candidate.includes(wanted) || wanted.includes(candidate));
    const cost = contains ? 1 : distance(wanted, candidate);
    if (cost < shorter && cost <= Math.max(2, Math.floor(Math.max(wanted.length, candidate.length) / 3))) scored.push({ name, cost });
  }
  return scored
    .sort((a, b) => a.cost - b.cost || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((entry) => entry.name);
}

/** ` (did you mean "x"?)`, or `` when nothing is close. */
export function didYouMean(value: string, known: Iterable<string>): string {
  const [best, second] = closestNames(value, known);
  if (best === undefined) return '';
  return second === undefined ? ` (did you mean "${best}"?)` : ` (did you mean "${best}" or "${second}"?)`;
}
