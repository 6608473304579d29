import { describe, expect, it } from 'vitest';
import { MIN_OFFERED, offeredAt, readCommitment, readFieldsCommitment } from '../../../lib/text/commitment';
import { readText } from '../../../lib/text/read-text';

// Inputs written for this reader, each with the verdict an interviewer gives it written before the reader ran.
const commitment = (text: string) => readCommitment(readText(text));

describe('commitment: an answer that names candidates and chooses none', () => {
  it.each([
    // Alternatives with "or maybe" and a deferral: nothing chosen.
    'Kafka could work, or maybe Kinesis. It depends on the team.',
    // An option list and trade-offs.
    'One option is Cassandra, another option is ClickHouse, or TimescaleDB. Each has trade-offs.',
    // "Either ... or ... would work" and "whichever".
    'Either Redis or DynamoDB would work. Whichever fits the team best is fine.',
    // Suggestions to consider, never taken.
    'You might consider a dead letter queue. You could also add retries with backoff.',
    // Possibility modals on every mechanism.
    'Compaction could help with small files. Z-ordering might be useful, depending on the queries.',
    // Agreeing with every option, and a choice handed to the team's taste.
    'Hash by device or by site; either is fine since Kafka is fast. Parquet or ORC are both reasonable formats.',
    'Retry in the DAG or in the operator; both approaches work. Choose based on what the team likes.',
  ])('reads %j as uncommitted', (text) => {
    const reading = commitment(text);
    expect(reading.uncommitted).toBe(true);
    expect(reading.offered).toBeGreaterThanOrEqual(MIN_OFFERED);
    expect(offeredAt(readText(text), 0)).toBeDefined();
  });

  it('quotes the cue words of each offering sentence', () => {
    const reading = commitment('Snowflake or BigQuery, whichever is cheaper. Partitioning could help as well.');
    expect(reading.sentences.map((sentence) => sentence.cue)).toEqual(['whichever', 'could help']);
  });
});

describe('commitment: a choice, a reason or a plain statement commits', () => {
  it.each([
    // A list followed by a choice commits to the choice.
    "Cassandra or ClickHouse could both work; I'd go with ClickHouse because the dashboards scan columns. Rollups live in materialized views.",
    // Weighing an alternative is a reasoned choice.
    'ClickHouse, not Cassandra, because the queries scan time ranges. Partition by day so an old day drops cheaply.',
    // A choice named after weighing ("both work, but ... so we pick") still commits; "choose" with an object chooses.
    'Both would work in theory, but we pick ClickHouse because the dashboards scan columns. We choose daily partitions so old days drop cheaply.',
    // Mild modality is not an offer.
    "I would use acks=all. We'd probably set RF 3 and min.insync.replicas 2. A restart could double count, so the sink merges on the key.",
    // "Either way" commits to what follows.
    'Clear the new task for the range. Either way the task must read its own interval and overwrite its output.',
    // One polite "could" among committed sentences is a manner of speaking.
    'We key the topic by machine_id so readings stay in order. We could also add a DLQ. Retention is 7 days for replay.',
  ])('reads %j as committed', (text) => {
    expect(commitment(text).uncommitted).toBe(false);
  });

  it('reads a lone guess as one offer that leaves the answer committed (its hedge is read by polarity.ts)', () => {
    const read = readText('Maybe key by driver?');
    expect(readCommitment(read).uncommitted).toBe(false);
    expect(offeredAt(read, 0)).toBeUndefined();
  });

  it('reads "maybe"/"possibly"/"perhaps" before every mechanism as options, none chosen (golden round 24 kind)', () => {
    const read = readText('Maybe a watermark. Possibly event time. Perhaps a side output for late rows.');
    expect(readCommitment(read).uncommitted).toBe(true);
    expect(offeredAt(read, 1)).toBe('Possibly');
  });

  it('leaves "probably" and a hedge inside a reasoned sentence committed', () => {
    expect(readCommitment(readText('We would probably set RF 3. Probably acks=all too.')).uncommitted).toBe(false);
    expect(readCommitment(readText('Maybe Redis, because lookups are by key. Maybe a TTL, since drivers go offline.')).uncommitted).toBe(false);
  });

  it('never marks a sentence offered when the answer commits', () => {
    const read = readText('We could use Redis. We use Redis because the lookups are by key. It keeps the position with a TTL.');
    expect(readCommitment(read).sentences[0]?.verdict).toBe('offered');
    expect(offeredAt(read, 0)).toBeUndefined();
  });

  it('counts sentences without a content word for neither side', () => {
    const reading = commitment('And so it is. It depends.');
    expect(reading.offered).toBe(1);
    expect(reading.committed).toBe(0);
    expect(reading.uncommitted).toBe(false);
  });
});

describe('commitment of form fields', () => {
  it('reads fields that only offer as uncommitted, and a field with a reason as committed', () => {
    const offered = readFieldsCommitment(['Postgres via CDC or maybe a nightly dump', 'it depends', 'Snowflake or Redshift, whichever', 'orders'].map((text) => readText(text)));
    expect(offered.offered).toBe(3);
    expect(offered.uncommitted).toBe(true);
    const committed = readFieldsCommitment(['Postgres via Debezium CDC', 'within 5 minutes', 'Snowflake because analysts know SQL', 'it depends on the partner'].map((text) => readText(text)));
    expect(committed.uncommitted).toBe(false);
    expect(committed.fields.map((field) => field.offered)).toEqual([false, false, false, true]);
  });

  it('reads blank fields as neither', () => {
    const reading = readFieldsCommitment([readText(''), readText('  ')]);
    expect(reading.offered + reading.committed).toBe(0);
  });
});
