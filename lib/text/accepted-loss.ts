import type { ReadText } from './read-text';

/** A sentence that lets data go and calls that fine: "the few later ones are dropped, which is fine for averages". */
export type AcceptedLoss = { clause: string };

// Stems (Porter, as the tokeniser gives them) of letting data go: dropped, lost, losing, discarded, ignored, missed, skipped.
const LOSS_STEMS: ReadonlySet<string> = new Set(['drop', 'lost', 'lose', 'loss', 'discard', 'ignor', 'miss', 'skip']);
// Words that call an outcome acceptable.
const ACCEPT_WORDS: ReadonlySet<string> = new Set(['fine', 'acceptable', 'ok', 'okay', 'negligible', 'tolerable', 'harmless', 'affordable']);
// Two-word acceptances ("good enough", "no problem"); "doesn't (really) matter" is read apart.
const ACCEPT_PAIRS: ReadonlySet<string> = new Set(['good enough', 'no problem', 'no issue', 'not important', 'live with', 'no big']);
// What the loss is of: data, or data that came late (stems).
const DATA_STEMS: ReadonlySet<string> = new Set(['late', 'later', 'older', 'straggler', 'read', 'event', 'record', 'messag', 'data', 'row', 'sampl', 'ping']);
// Words that stand for data already named ("the few later ones").
const DATA_WORDS: ReadonlySet<string> = new Set(['ones', 'some', 'few']);
// A remedy said in the same sentence makes the loss a stream's, not the data's ("dropped from the stream, which is fine
// because the nightly job recomputes those hours from raw").
const REMEDY_STEMS: ReadonlySet<string> = new Set(['recomput', 'backfil', 'reprocess', 'rebuild', 'rebuilt', 'replai', 'batch', 'nightli', 'raw', 'dlq', 'side', 'dead', 'replay', 'correct', 'fix']);

// Dropping a copy loses nothing: "duplicate readings are dropped, which is fine".
const COPY_STEMS: ReadonlySet<string> = new Set(['duplic', 'dup', 'dupe', 'dedup', 'dedupl', 'twice', 'copi', 'repeat']);

/**
 * The first sentence that lets data go and accepts it: a loss word ("dropped", "lost", "ignored"), an acceptance
 * ("fine", "acceptable", "good enough", "doesn't matter") neither of them denied, what is lost named as data or late data
 * ("readings", "events", "the few later ones"), and no remedy or copy in the same sentence ("duplicate events are dropped", "a nightly batch recomputes them",
 * "to a side output"). Whether the loss is wrong depends on the question (a live map may drop a late ping; a rollup the
 * business reads may not): the caller decides. Undefined when no sentence does. Pure; linear in the tokens.
 */
export function readAcceptedLoss(read: ReadText): AcceptedLoss | undefined {
  const { tokens } = read;
  for (const sentence of read.sentences) {
    let loss = false;
    // "Losing the odd reading doesn't matter": the dismissal denies its subject, the loss, and so accepts it.
    let dismissedLoss = false;
    let accept = false;
    let data = false;
    let remedy = false;
    let previous = '';
    let before = '';
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const token = tokens[i];
      if (!token || token.kind !== 'word') continue;
      const affirmed = read.negated[i] !== true;
      if (LOSS_STEMS.has(token.stem)) {
        if (affirmed) loss = true;
        else dismissedLoss = true;
      }
      if (ACCEPT_WORDS.has(token.norm) && affirmed) accept = true;
      // "doesn't (really) matter": the dismissal takes an adverb between.
      const dismissal = token.norm === 'matter' && (previous === 'not' || before === 'not');
      if (ACCEPT_PAIRS.has(`${previous} ${token.norm}`) || dismissal) {
        accept = true;
        if (dismissal && dismissedLoss) loss = true;
      }
      if (DATA_STEMS.has(token.stem) || DATA_WORDS.has(token.norm)) data = true;
      if ((REMEDY_STEMS.has(token.stem) && affirmed) || COPY_STEMS.has(token.stem)) remedy = true;
      before = previous;
      previous = token.norm;
    }
    if (loss && accept && data && !remedy) return { clause: sentence.text };
  }
  return undefined;
}
