import type { ReadText } from './read-text';

// Cues that negate a verb ("never touch", "do not query"); "no X" and "without X" deny X itself.
const VERB_CUES: ReadonlySet<string> = new Set(['not', 'never', 'cannot']);
// Words between a subject and its negated verb that name no subject ("analytics will never", "they do not").
const AUXILIARIES: ReadonlySet<string> = new Set([
  'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had',
  'also', 'still', 'ever', 'really', 'then', 'so', 'therefore', 'thus', 'and', 'but', 'because', 'since',
]);
// Subjects that stand for the learner's own design: what they deny is what the design does.
const SELF: ReadonlySet<string> = new Set(['we', 'i', 'us', 'our', 'you', 'it', 'pipeline', 'platform', 'system', 'design', 'architecture', 'solution']);
// Verbs that judge whether the thing is wanted at all: "analytics do not need dashboards" denies the dashboards.
const WANTING: ReadonlySet<string> = new Set(['need', 'needs', 'needed', 'want', 'wants', 'require', 'requires', 'use', 'uses', 'care', 'cares', 'have', 'has', 'get', 'gets']);
// Words between the negated verb and the term that leave the term itself denied ("not the ledger", "not any CDC").
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'any', 'our', 'its', 'their', 'this', 'that', 'even', 'just', 'only', 'really']);

/**
 * Whether the negation over the term at tokens `[from, to)` denies what another named actor does with
 * the term, not the term itself: "Analytics never touch the ledger database", "dashboards don't query
 * the orders DB" deny an access path (and argue for reading the database's log), so they contradict no
 * source or output that names the database. The clause must have its own subject before a verb
 * negation ("not", "never", "cannot"), that subject must not be the learner or their design ("we never
 * ingest the clickstream" still denies the source), and a verb must stand between the cue and the term
 * that is not one of wanting ("analytics do not need dashboards" denies the dashboards).
 * "No CDC", "without the ledger", "the ledger is not needed" deny the term itself (false). Pure.
 */
export function deniedOfOtherActor(read: ReadText, from: number, to: number): boolean {
  const clause = read.clauseOf[from] ?? -1;
  if (clause < 0 || to <= from) return false;
  const start = read.clauses[clause]?.from ?? from;
  let cueAt = -1;
  for (let i = from - 1; i >= start; i -= 1) {
    if (read.cue[i] && VERB_CUES.has(read.tokens[i]?.norm ?? '')) {
      cueAt = i;
      break;
    }
  }
  if (cueAt < 0) return false;
  let verb = false;
  for (let i = cueAt + 1; i < from; i += 1) {
    const token = read.tokens[i];
    if (token?.kind !== 'word' || read.cue[i] || DETERMINERS.has(token.norm) || AUXILIARIES.has(token.norm)) continue;
    if (WANTING.has(token.norm)) return false;
    verb = true;
  }
  if (!verb) return false;
  const subject = read.tokens.slice(start, cueAt).filter((token) => token.kind === 'word' && !AUXILIARIES.has(token.norm));
  if (subject.length === 0) return false;
  return !subject.some((token) => SELF.has(token.norm)) && subject.some((token) => !token.stop);
}
