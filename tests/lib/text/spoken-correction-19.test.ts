import { describe, expect, it } from 'vitest';
import { readClock } from '../../../lib/text/clock';
import { findPhrases } from '../../../lib/text/find-phrases';
import { readText } from '../../../lib/text/read-text';

// Inputs written for these tests (other cases and wording than the golden set), each with what an interviewer reads in
// it decided before the reader ran: a spoken self-correction withdraws what came before it and affirms what follows; a
// filler set apart by commas, and the trailing-off before a correction, cut nothing (lib/text/spoken-pause.ts).

const withdrawnWords = (text: string) => {
  const read = readText(text);
  return read.tokens.filter((token, index) => token.kind === 'word' && read.retracted[index]).map((token) => token.norm).join(' ');
};

describe('a trailing-off before a correction does not end the sentence', () => {
  it('keeps "the partition key is... no wait, it is the driver id" one sentence and withdraws only what trailed off', () => {
    const text = 'so the partition key is, um, the city... no wait, it is the driver id, so one driver stays in order.';
    const read = readText(text);
    expect(read.sentences).toHaveLength(1);
    expect(withdrawnWords(text)).toBe('the city');
    const key = findPhrases(read, [{ id: 'key', phrases: ['partition key'] }])[0];
    expect(key?.retracted).toBe(false);
  });

  it('withdraws nothing when only the copula trailed off ("the TTL is... no wait, it is fifteen seconds")', () => {
    expect(withdrawnWords('the TTL is... no wait, it is fifteen seconds for the surge cache.')).toBe('');
  });

  it('still ends a sentence at dots that no correction follows', () => {
    expect(readText('We keep raw files for a year... The gold tables are rebuilt nightly.').sentences).toHaveLength(2);
  });

  it('reads the corrected clock for the term, not the withdrawn one', () => {
    const text = 'the watermark trails, uh, the wall clock... wait, no, it trails the newest event timestamp by 30 minutes.';
    const read = readText(text);
    const term = findPhrases(read, [{ id: 'w', phrases: ['watermark'] }])[0];
    expect(term).toBeDefined();
    expect(readClock(read, term?.from ?? 0, term?.to ?? 0)?.clock).toBe('event');
  });
});

describe('spoken fillers set apart by commas cut no clause', () => {
  it.each([
    ['the dedupe key is, um, like, the transaction id from the network.'],
    ['retention is, uh, basically, thirteen months in the archive.'],
  ])('"%s" is one clause', (text) => {
    expect(readText(text).clauses).toHaveLength(1);
  });

  it('still cuts a clause at ", the" after content ("we upsert by id, the sink is idempotent")', () => {
    expect(readText('we upsert by id, the sink is idempotent.').clauses).toHaveLength(2);
  });
});

describe('a purpose negated at the start of a clause stays in its purpose', () => {
  const negatedWords = (text: string) => {
    const read = readText(text);
    return read.tokens.filter((token, index) => token.kind === 'word' && read.negated[index] && !read.cue[index]).map((token) => token.norm);
  };

  it.each([
    ['For not losing a ride, the producer uses acks=all.', ['losing', 'a', 'ride']],
    ['To not double count, the sink upserts by trip id.', ['double', 'count']],
    ['So as not to page twice, alerts are deduplicated by machine.', ['to', 'page', 'twice']],
  ])('"%s" negates only the purpose', (text, purpose) => {
    expect(negatedWords(text)).toEqual(purpose);
  });

  it('keeps a negated list going past its comma ("we chose to not use checkpoints, a WAL or replay")', () => {
    expect(negatedWords('We chose to not use checkpoints, a WAL or replay.')).toEqual(expect.arrayContaining(['wal', 'replay']));
  });
});
