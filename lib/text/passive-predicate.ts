import type { ReadText } from './read-text';

// Past participles that do not end in "-ed" ("done", "kept", "written").
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'done', 'made', 'taken', 'set', 'kept', 'written', 'chosen', 'given', 'built', 'held', 'run', 'put', 'sent', 'read', 'known', 'seen', 'shown', 'thrown', 'split', 'spread', 'cut', 'frozen', 'broken', 'drawn', 'driven', 'laid', 'left', 'lost', 'met', 'paid', 'sold', 'told', 'won', 'understood', 'found',
]);
// Words ending in "-ed" that are nouns or adjectives a subject can be ("the feed", "the seed", "the speed").
const NOT_PARTICIPLES: ReadonlySet<string> = new Set(['feed', 'seed', 'speed', 'need', 'bed', 'red', 'shed', 'embed', 'hundred', 'bred']);
/** Adverbs allowed between the copula and the participle ("is fully managed", "is then applied"). */
const MAX_ADVERBS = 2;

/**
 * Whether the words from token `i` open a passive or adjectival predicate rather than a noun phrase: a past participle
 * ("is used", "are handled", "is done properly", "is partitioned by day"), after at most two "-ly" adverbs or "then",
 * "also", "not". "Object lock is used" says the lock is used; it does not put the lock on a thing called "used". A
 * determiner or a noun ("is the fact table", "is driver_id") is not one. Pure.
 */
export function opensPassive(read: ReadText, i: number): boolean {
  let at = i;
  for (let skipped = 0; skipped < MAX_ADVERBS; skipped += 1) {
    const norm = read.tokens[at]?.norm ?? '';
    if (read.tokens[at]?.kind === 'word' && (/ly$/.test(norm) || norm === 'then' || norm === 'also' || norm === 'always')) at += 1;
    else break;
  }
  const token = read.tokens[at];
  if (token?.kind !== 'word') return false;
  const next = read.tokens[at + 1];
  // "set" and "run" are nouns too ("the result set", "a run"): a participle only when nothing joins it to a noun ("is set", "is set to 7 years").
  if (token.norm === 'set' || token.norm === 'run' || token.norm === 'read') return next === undefined || next.kind === 'mark' || ['to', 'by', 'on', 'in', 'for', 'at', 'per', 'as', 'with'].includes(next.norm);
  if (IRREGULAR_PARTICIPLES.has(token.norm)) return true;
  return /^[a-z][a-z-]{1,}ed$/.test(token.norm) && !NOT_PARTICIPLES.has(token.norm);
}
