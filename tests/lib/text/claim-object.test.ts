import { describe, expect, it } from 'vitest';
import { readObject } from '../../../lib/text/claim-object';
import type { ObjectSpec } from '../../../lib/text/claim-object';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

const byTime: ObjectSpec = { of: ['time', 'day', 'date', 'month', 'hour', 'timestamp'], wrong: ['sensor', 'sensor id', 'machine', 'machine id', 'customer', 'customer id'] };
const onSink: ObjectSpec = { of: ['sink', 'table', 'delta', 'writer'], wrong: ['producer', 'producers'] };

// The object a term is given, found by the term's first word in the text.
function objectOf(text: string, term: string, spec: ObjectSpec) {
  const read = readText(text);
  const from = read.tokens.findIndex((token) => token.norm === term);
  if (from < 0) throw new Error(`no "${term}" in ${text}`);
  return readObject(read, from, from + 1, spec);
}

describe('readObject: what a term is applied by or on', () => {
  it.each([
    ['Partition the table by sensor_id so each sensor has its own partition.', 'partition', 'sensor_id'],
    ['We partition orders on customer_id.', 'partition', 'customer_id'],
    ['There is one partition per machine.', 'partition', 'machine'],
    ['Events are partitioned by the machine id for locality.', 'partitioned', 'machine id'],
  ])('%#: a wrong object after a qualifier: %s', (text, term, said) => {
    expect(objectOf(text, term, byTime)).toEqual({ verdict: 'wrong', said });
  });

  it.each([
    ['Partition the readings table by day and drop old partitions.', 'partition'],
    ['Partitioned by event date, with sensor_id as a clustering column.', 'partitioned'],
    ['We partition by sensor and date.', 'partition'],
    ['Partition over the hour of the timestamp.', 'partition'],
  ])('%#: a right object, also as a joined second one: %s', (text, term) => {
    expect(objectOf(text, term, byTime)?.verdict).toBe('right');
  });

  it.each([
    ['The idempotent producer removes the replayed batch.', 'idempotent', 'producer'],
    ['Producer idempotence handles it.', 'idempotence', 'Producer'],
    ['We enable idempotence on the producer.', 'idempotence', 'producer'],
  ])('%#: the noun next to the term or after "on": %s', (text, term, said) => {
    expect(objectOf(text, term, onSink)).toEqual({ verdict: 'wrong', said });
  });

  it.each([
    ['We partition the data carefully so queries stay fast.', 'partition'],
    ['Partition, then compact the files.', 'partition'],
    ['We partition not by sensor but by day.', 'partition'],
  ])('%#: no object, or a negated wrong one, is no verdict against the claim: %s', (text, term) => {
    expect(objectOf(text, term, byTime)?.verdict).not.toBe('wrong');
  });
});

describe('readClaim with an object', () => {
  const claim: ClaimSpec = { keywords: ['partition', 'partitioned'], assert: [['drop', 'expire', 'days']], object: { ...byTime, why: 'Old data cannot be dropped whole.' } };

  it('is contradicted when the term is only given a wrong object, even if the sentence also says the rest', () => {
    const reading = readClaim(readText('Partition by sensor_id, and expire partitions after 30 days.'), claim);
    expect(reading.wrongTarget).toMatchObject({ said: 'sensor_id', why: 'Old data cannot be dropped whole.' });
    expect(reading.status).not.toBe('stated');
  });

  it('a right object explains the term on its own', () => {
    expect(readClaim(readText('Tables are partitioned by day.'), claim).status).toBe('stated');
  });

  it('a statement in another sentence stands against a wrong object discussed elsewhere', () => {
    const reading = readClaim(readText('We partition by day so we can drop old days. Partitioning by customer would look natural but never expires.'), claim);
    expect(reading.status).toBe('stated');
    expect(reading.wrongTarget).toBeUndefined();
  });
});
