import type { ReadText } from './read-text';

// Sentence openers that point back at what the previous sentences said ("That gives exactly-once", "Together, they ...").
// One sentence back for a singular pointer; two for a plural or a sum of what came before ("together that", "both").
const SINGULAR: ReadonlySet<string> = new Set(['that', 'this']);
const PLURAL: ReadonlySet<string> = new Set(['together', 'combined', 'altogether', 'both', 'these', 'those']);
/** Sentences back a plural pointer reaches: the two claims it sums up. */
export const BACK_REFERENCE_REACH = 2;

const cache = new WeakMap<ReadText, readonly number[]>();

/**
 * Per clause of `read`: how many sentences back its opening back-reference reaches (0 when it has none). Only the first
 * clause of a sentence can open with one, and only when the pointer is its first word ("That gives you exactly-once",
 * "Together that ...", "Both mean ..."): a wrong claim said of the pointer is said of what it points at, so "acks=all waits
 * for the in-sync replicas. ... Together that gives exactly-once" claims acks=all gives exactly-once. "That" followed by a
 * noun ("that topic", "this consumer") names its own subject, no back-reference. Once per text; pure.
 */
export function backReferences(read: ReadText): readonly number[] {
  const cached = cache.get(read);
  if (cached) return cached;
  const firstOfSentence = new Set<number>();
  const reach = read.clauses.map((clause) => {
    if (firstOfSentence.has(clause.sentence)) return 0;
    firstOfSentence.add(clause.sentence);
    if (clause.sentence === 0) return 0;
    const words = read.tokens.slice(clause.from, clause.to).filter((token) => token.kind === 'word');
    const first = words[0]?.norm ?? '';
    const second = words[1]?.norm ?? '';
    if (PLURAL.has(first)) return BACK_REFERENCE_REACH;
    // "That gives", "This means", "That's", "That is": a pointer standing as the subject, not a determiner.
    if (SINGULAR.has(first) && (second === 'is' || second === 's' || /s$/.test(second) || second === 'means' || second === 'way' || second === 'would' || second === 'will')) return 1;
    return 0;
  });
  cache.set(read, reach);
  return reach;
}
