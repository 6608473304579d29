import { describe, expect, it } from 'vitest';
import { attachedSubject } from '../../../lib/text/claim-subject';
import type { ClaimSpec } from '../../../lib/text/claims';
import { normaliseText } from '../../../lib/text/normalise';
import { readText } from '../../../lib/text/read-text';
import { claimStatus as status } from './fixtures';

describe('a qualifier whose verb is then denied is a denial of the wrong claim', () => {
  const alone: ClaimSpec = { keywords: ['acks=all', 'replication'], assert: [['on its own', 'by itself', 'alone', 'enough']], scope: 'clause' };
  it.each([
    'acks=all by itself won\'t save an acknowledged write when both followers drop out.',
    'acks=all on its own does not stop a single-copy write.',
    'Replication alone never protects you from that.',
    'acks=all by itself is not enough.',
  ])('"%s" does not state "acks=all alone is enough"', (text) => {
    expect(status(text, alone)).not.toBe('stated');
  });

  it.each(['acks=all on its own is enough.', 'acks=all by itself guarantees the write is safe, replication alone covers it.'])('"%s" states it', (text) => {
    expect(status(text, alone)).toBe('stated');
  });
});

describe('"can\'t", "cannot" and "can not" are one spelling', () => {
  it('normalises the three alike', () => {
    expect(normaliseText("Postgres can't shard")).toBe('postgres can not shard');
    expect(normaliseText('Postgres cannot shard')).toBe('postgres can not shard');
    expect(normaliseText('Postgres can not shard')).toBe('postgres can not shard');
    expect(normaliseText("it won't")).toBe('it will not');
  });

  // A wrong claim whose own words carry the negation ("cannot shard") is stated by a text that says it, in any spelling.
  const cannotShard: ClaimSpec = { keywords: ['shard', 'sharding'], assert: [['cannot shard', 'relational cannot']], scope: 'clause' };
  it.each(["MySQL can't shard, you need Cassandra.", 'MySQL cannot shard, you need Cassandra.', 'MySQL can not shard, you need Cassandra.'])('"%s" states "relational databases cannot shard"', (text) => {
    expect(status(text, cannotShard)).toBe('stated');
  });

  it.each(['Postgres can shard with Citus.', 'It is not true that MySQL cannot shard: Vitess does it.'])('"%s" does not state it', (text) => {
    expect(status(text, cannotShard)).not.toBe('stated');
  });
});

describe('a term that opens with a preposition is not a head noun', () => {
  it.each([
    ['Each order is read by its key.', 'by its key'],
    ['Each request touches one order by key.', 'by key'],
  ])('"%s": "%s" is attached to no modifier before it', (text, term) => {
    const read = readText(text);
    const start = text.indexOf(term);
    const from = read.tokens.findIndex((token) => token.start === start);
    const to = read.tokens.findIndex((token) => token.end === start + term.length) + 1;
    expect(attachedSubject(read, from, to)?.via).not.toBe('modifier');
  });

  it('"the Kafka topic" keeps its modifier', () => {
    const read = readText('Write to the Kafka topic.');
    const from = read.tokens.findIndex((token) => token.norm === 'topic');
    expect(attachedSubject(read, from, from + 1)?.via).toBe('modifier');
  });
});
