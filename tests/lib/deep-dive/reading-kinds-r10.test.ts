import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { findPhrases } from '../../../lib/text/find-phrases';
import { readText } from '../../../lib/text/read-text';
import { readOrder } from '../../../lib/text/sequence';
import { readValues } from '../../../lib/text/values';
import { percent, promptOf, statusOf } from './fixtures';

// Round-10 kinds of reading fault (new inputs, not the golden answers): settings said in other words, a config block
// explained in prose, two list items read as one phrase, a textbook answer departed from, a second negated predicate,
// the order of two actions with another determiner, a clock owned by the source, a ledger entry edited in place.
// The expected statuses and bounds were written before the engine ran on these inputs.

const durability = promptOf('ecommerce-data-platform', 'kafka-durability');
const partitioning = promptOf('iot-telemetry', 'kafka-telemetry-partitioning');
const late = promptOf('iot-telemetry', 'late-readings');
const surge = promptOf('ride-hailing', 'surge-windows-late-data');
const ack = promptOf('healthcare-records', 'kafka-ordering-ack');
const ledger = promptOf('card-payments', 'acid-ledger');

describe('a setting said in other words is that setting', () => {
  it.each([
    ['min in-sync at 2', 2],
    ['the minimum in-sync is 2', 2],
    ['min in sync of 3', 3],
  ])('%s reads as min.insync.replicas', (text, value) => {
    const found = readValues(readText(`We keep ${text} on the topic.`)).find((item) => item.key === 'min.insync.replicas');
    expect(found?.value).toBe(value);
  });

  it('earns min ISR when the minimum in-sync count is said in words', () => {
    const answer = 'Three replicas on separate brokers, producers wait for every in-sync copy, and the minimum in-sync is 2 so a lone leader rejects writes. Idempotence on, so a retried send with the same sequence number is dropped.';
    expect(statusOf(durability, answer, 'min-isr')).toBe('stated');
    expect(percent(durability, answer)).toBeGreaterThanOrEqual(80);
  });

  it('contradicts min ISR when the count said in words is too low', () => {
    const answer = 'Three replicas on separate brokers, producers wait for acks from all of them, and min in-sync at 1 is fine.';
    expect(statusOf(durability, answer, 'min-isr')).toBe('contradicted');
  });
});

describe('a config block explained in prose is not a bare list', () => {
  const block = '```\nreplication.factor: 3\nmin.insync.replicas: 2\nacks: all\nenable.idempotence: true\n```\n';
  it('earns the settings the prose explains', () => {
    const answer = `${block}With that, a write is confirmed only once a second broker holds it, and a retried send is recognised by its sequence number and dropped.`;
    expect(statusOf(durability, answer, 'min-isr')).toBe('stated');
    expect(percent(durability, answer)).toBeGreaterThanOrEqual(80);
  });

  it('leaves a config block with nothing said about it a list', () => {
    expect(percent(durability, block)).toBeLessThanOrEqual(25);
  });

  it('keeps a setting written as prose ("Replication factor 3.") beside other prose a listed term', () => {
    expect(statusOf(durability, 'Replication factor 3. We turn acks down to 1 because it is faster.', 'replication')).toBe('listed');
  });
});

describe('two items of a list are not one phrase', () => {
  it('does not read "partitions, keys" as "partition key"', () => {
    const read = readText('Tune partitions, keys and batching.');
    expect(findPhrases(read, [{ id: 'key', phrases: ['partition key'] }])).toHaveLength(0);
    expect(findPhrases(readText('The partition key is the machine id.'), [{ id: 'key', phrases: ['partition key'] }])).toHaveLength(1);
  });

  it('gives a "Main points:" list of terms at most a quarter', () => {
    const answer = 'Main points: partitions, keys, compression, acks, consumer groups. All of these are vital for robust, scalable ingestion.';
    // "keys" is also the question's own word, so it may earn nothing at all; never a third as a named term.
    expect(['listed', 'missing']).toContain(statusOf(partitioning, answer, 'key-by-machine'));
    expect(percent(partitioning, answer)).toBeLessThanOrEqual(25);
  });
});

describe('a textbook answer the learner departs from is withdrawn', () => {
  it('reads "The textbook answer is X. In practice we leave it off" as not X', () => {
    const answer = 'The textbook answer is an idempotent producer so retries are not duplicated. In practice we leave enable.idempotence off and clean up duplicates later.';
    expect(statusOf(durability, answer, 'idempotence')).toBe('negated');
  });
});

describe('a second predicate keeps its own negation', () => {
  it('reads "we window on arrival time and skip the watermark" as arrival-time windows', () => {
    expect(statusOf(surge, 'We window on arrival time and skip the watermark, state in RocksDB with checkpoints.', 'event-time')).toBe('contradicted');
  });
});

describe('the order of two actions, with any determiner', () => {
  it('reads "acks each message ..., then produces to Kafka" as ACK first', () => {
    const spec = { first: ['produces to kafka'], then: ['acks the message'] };
    expect(readOrder(readText('The listener acks each message on arrival, then produces to Kafka.'), spec)?.order).toBe('reversed');
  });

  it('contradicts ack-after-durable when every message is ACKed the moment it lands', () => {
    expect(statusOf(ack, 'The listener acks every message the moment it lands, and then writes to Kafka with acks=all.', 'ack-after-durable')).toBe('contradicted');
  });
});

describe('a clock owned by the source of the record is event time', () => {
  it('earns event-time windows for rollups on the machine\'s own clock', () => {
    expect(statusOf(late, 'Rollups are built on each machine\'s own clock reading, never on when the data arrived.', 'event-time-windows')).toBe('stated');
  });

  it('earns event time for sliding windows on the phone\'s own timestamp', () => {
    expect(statusOf(surge, 'Count in sliding windows on the phone\'s own timestamp, not on when the ping reached us.', 'event-time')).toBe('stated');
  });
});

describe('a ledger entry edited in place', () => {
  it('reads overwriting the original entry for a chargeback as the update-in-place error', () => {
    const scored = scoreDeepDivePrompt(ledger, 'Double-entry postings in one ACID transaction. For a chargeback we overwrite the original entry with the new amount.');
    expect(scored.wrongClaims.map((hit) => hit.id)).toContain('correct-entry-in-place');
    expect(scored.points.find((point) => point.id === 'double-entry')?.status).toBe('contradicted');
  });

  it('does not fire on a reversal written as a new entry', () => {
    const scored = scoreDeepDivePrompt(ledger, 'A refund is a new reversing entry that references the original entry; nothing is updated in place.');
    expect(scored.wrongClaims.map((hit) => hit.id)).not.toContain('correct-entry-in-place');
  });
});
