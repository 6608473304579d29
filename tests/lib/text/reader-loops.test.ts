import { describe, expect, it } from 'vitest';
import { readBareLists } from '../../../lib/text/bare-list';
import { readCommitment } from '../../../lib/text/commitment';
import { readText } from '../../../lib/text/read-text';
import { readWithdrawals } from '../../../lib/text/retraction';
import { tokenizeText } from '../../../lib/text/tokens';

// The readers' inner loops were rewritten without per-call slices, closures over loop variables and per-word strings
// (allocation per graded answer); these inputs, written for that change, pin what each loop reads.
const stems = (text: string) => tokenizeText(text).filter((token) => token.kind === 'word').map((token) => token.stem);
const negatedWord = (text: string, word: string) => {
  const read = readText(text);
  const index = read.tokens.findIndex((token) => token.norm === word);
  expect(index).toBeGreaterThanOrEqual(0);
  return read.negated[index];
};

describe('multi-word synonyms fold only across plain words', () => {
  it('folds "writes per second" into one throughput word', () => {
    expect(stems('The ledger takes 200 writes per second at month end')).toEqual(expect.arrayContaining(['throughput']));
    expect(stems('The ledger takes 200 writes per second at month end')).not.toContain('second');
  });
  it('keeps the words apart across a comma or a line break', () => {
    expect(stems('The ledger takes 200 writes, per second it peaks')).not.toContain('throughput');
    expect(stems('The ledger takes 200 writes\nper second it peaks')).not.toContain('throughput');
  });
});

describe('negation scope after the rewritten look-aheads', () => {
  it('"X is not needed" negates its subject', () => {
    expect(negatedWord('A schema registry is not needed for this topic.', 'registry')).toBe(true);
  });
  it('a cue with no term after it falls on what came before', () => {
    expect(negatedWord('Exactly-once sinks: none.', 'sinks')).toBe(true);
  });
  it('a cue followed by terms negates them', () => {
    expect(negatedWord('We skip compaction on the raw zone.', 'compaction')).toBe(true);
  });
  it('two cues side by side cancel', () => {
    expect(negatedWord('The job never skips the checkpoint write.', 'checkpoint')).toBe(false);
  });
  it('"turn X off" negates only the setting named between', () => {
    const read = readText('We turn auto commit off and commit offsets after the write.');
    const offsets = read.tokens.findIndex((token) => token.norm === 'offsets');
    expect(read.negated[offsets]).toBe(false);
  });
  it('a sentence hedge hedges its own sentence only', () => {
    expect(readText('I suppose the lag alert pages the on-call. The backfill reruns a day.').hedgedClause).toEqual([true, false]);
  });
});

describe('clause openers', () => {
  it('splits at "so that" and "rather than" and keeps the opener', () => {
    const read = readText('We load nightly, so that the warehouse stays cheap, rather than stream each order.');
    expect(read.clauses.map((clause) => clause.opener)).toEqual([undefined, 'so that', 'rather than']);
  });
  it('does not split at "so" or "rather" alone', () => {
    expect(readText('The lag is rather small so the alert stays quiet').clauses).toHaveLength(1);
  });
});

describe('bare lists read from token ranges', () => {
  it('drops a short label before a colon', () => {
    const lists = readBareLists(readText('Retry knobs: backoff, jitter, max attempts.'));
    expect(lists.whole).toBe(true);
    expect(lists.terms).toEqual(['backoff', 'jitter', 'max attempts']);
  });
  it('keeps a sentence that explains before its colon', () => {
    expect(readBareLists(readText('The consumer retries each failed call with these: backoff, jitter, max attempts.')).whole).toBe(false);
  });
  it('reads tables glossed with their columns as a definition, not a list', () => {
    expect(readBareLists(readText('dim_rider (city, tier), dim_time (hour, weekday), fact_trips')).whole).toBe(false);
  });
});

describe('commitment cues', () => {
  it('an "or maybe" alternative offers without choosing', () => {
    expect(readCommitment(readText('Postgres could work, or maybe MySQL.')).offered).toBe(1);
  });
  it('a stated pick commits', () => {
    expect(readCommitment(readText('Either Postgres or MySQL fits; we pick Postgres for its JSONB indexes.')).committed).toBe(1);
  });
});

describe('withdrawals opened by a departure', () => {
  it('"Normally you would ... In practice we ..." withdraws the textbook sentence', () => {
    const read = readText('Normally you would window on event time with a watermark. In practice we window on arrival time.');
    expect(readWithdrawals(read.tokens, read.sentences, read.clauses).some((withdrawal) => withdrawal.from === read.sentences[0]?.from)).toBe(true);
  });
  it('"instead of X we Y" is a contrast and withdraws nothing', () => {
    const read = readText('We publish row changes from the WAL. Instead of polling we stream them.');
    expect(readWithdrawals(read.tokens, read.sentences, read.clauses)).toEqual([]);
  });
});
