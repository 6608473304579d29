import type { ReadText } from './read-text';

/** A sentence that claims no replays under at-least-once: "no batch is ever processed twice". */
export type DeniedReplay = { clause: string };

// Stems (Porter, as the tokeniser gives them) of a thing happening again: twice, duplicates, again, double, repeated.
const AGAIN_STEMS: ReadonlySet<string> = new Set(['twice', 'duplic', 'duplicat', 'again', 'doubl', 'repeat', 'reprocess', 'redeliv', 'redeliveri']);
// Stems of what would happen again: processing, delivering, writing, applying, counting, consuming, inserting.
const DONE_STEMS: ReadonlySet<string> = new Set(['process', 'deliv', 'deliver', 'deliveri', 'written', 'write', 'wrote', 'appli', 'count', 'consum', 'insert', 'handl', 'store', 'save', 'land', 'read', 'batch', 'record', 'row', 'messag', 'event']);
// Stems of what makes a replay harmless; an answer that names one of them has said how a repeat is absorbed.
const ABSORB_STEMS: ReadonlySet<string> = new Set(['idempot', 'idempotent', 'idempotency', 'upsert', 'merg', 'merge', 'dedup', 'dedupl', 'dedupe', 'deduplic', 'uniqu', 'overwrit', 'transact', 'transaction', 'exactli', 'conflict', 'replac']);
const AT_LEAST_ONCE = /\bat[\s-]+least[\s-]+once\b/gi;

/**
 * The first sentence that denies a repeat ("no batch is ever processed twice", "nothing is written twice", "there are
 * never duplicates") in an answer that affirms at-least-once delivery and names nothing that absorbs a repeat
 * (idempotent write, upsert, merge, dedupe, unique key, transaction). At-least-once means exactly that a batch done but
 * not committed before a crash is done again; without an idempotent write the repeat lands twice (Kafka consumer docs:
 * "committing after processing gives at-least-once"; Kleppmann, Designing Data-Intensive Applications ch. 11). Undefined
 * when no sentence does. Pure; linear in the tokens.
 */
export function readDeniedReplay(read: ReadText): DeniedReplay | undefined {
  const { tokens } = read;
  if (tokens.some((token) => token.kind === 'word' && ABSORB_STEMS.has(token.stem))) return undefined;
  const affirmed = [...read.text.matchAll(AT_LEAST_ONCE)].some((match) => {
    const at = tokens.findIndex((token) => token.end > (match.index ?? 0));
    return at >= 0 && read.negated[at] !== true && read.role[at] === 'claim' && read.retracted[at] !== true;
  });
  if (!affirmed) return undefined;
  for (const sentence of read.sentences) {
    let again = -1;
    let done = false;
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const token = tokens[i];
      if (!token || token.kind !== 'word') continue;
      if (AGAIN_STEMS.has(token.stem) && read.negated[i] === true && read.role[i] === 'claim' && read.retracted[i] !== true && again < 0) again = i;
      if (DONE_STEMS.has(token.stem)) done = true;
    }
    if (again >= 0 && done) {
      const clause = read.clauses[read.clauseOf[again] ?? -1];
      if (clause) return { clause: clause.text };
    }
  }
  return undefined;
}
