import type { ReadText } from './read-text';

// Determiners that open a noun phrase ("THE compacted files", "THOSE expired snapshots").
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'those', 'these', 'its', 'their', 'our', 'any', 'all', 'each', 'every']);
// Particles written with a participle ("compacted-away files", "rolled-off partitions").
const PARTICLES: ReadonlySet<string> = new Set(['away', 'out', 'off', 'over', 'up', 'down']);

/**
 * Whether the one-word term at tokens `[from, to)` is a participle describing the noun after it inside a noun phrase
 * ("vacuum THE COMPACTED-AWAY files", "delete the expired snapshots"): the text then speaks of those things, it does not
 * claim the act ("compaction expires old data"). A determiner must open the phrase and a content word (the noun) follow,
 * after at most a particle. Pure.
 */
export function isAttributiveParticiple(read: ReadText, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const term = read.tokens[from];
  if (term?.kind !== 'word' || !/[a-z]{3}(?:ed|en)$/.test(term.norm)) return false;
  const before = read.tokens[from - 1];
  if (before?.kind !== 'word' || !DETERMINERS.has(before.norm)) return false;
  let next = to;
  if (PARTICLES.has(read.tokens[next]?.norm ?? '')) next += 1;
  const noun = read.tokens[next];
  return noun !== undefined && noun.kind === 'word' && !noun.stop && read.clauseOf[next] === read.clauseOf[from];
}
