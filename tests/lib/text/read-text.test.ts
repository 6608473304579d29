import { describe, expect, it } from 'vitest';
import { readBareLists } from '../../../lib/text/bare-list';
import { findPhrases } from '../../../lib/text/find-phrases';
import { readText } from '../../../lib/text/read-text';
import { readValues } from '../../../lib/text/values';

const ENTRIES = [
  { id: 'checkpoint', phrases: ['checkpoint', 'checkpointing'] },
  { id: 'idempotence', phrases: ['idempotence', 'idempotent producer'] },
  { id: 'zookeeper', phrases: ['zookeeper'] },
  { id: 'duplicates', phrases: ['no duplicates', 'duplicates'] },
  { id: 'replay', phrases: ['replay', 're-read'] },
] as const;

function polarityOf(text: string, id: string): string[] {
  return findPhrases(readText(text), ENTRIES)
    .filter((found) => found.id === id)
    .map((found) => `${found.polarity}${found.hedged ? '+hedged' : ''}`);
}

describe('clauses', () => {
  it('splits sentences and clauses and keeps the verbatim text and offsets', () => {
    const text = "We won't need ZooKeeper, the brokers use KRaft; replay works because offsets are kept.\n- RF=3";
    const read = readText(text);
    expect(read.sentences.map((sentence) => sentence.text)).toEqual(["We won't need ZooKeeper, the brokers use KRaft; replay works because offsets are kept.", '- RF=3'.slice(2)]);
    expect(read.clauses.map((clause) => clause.text)).toEqual(["We won't need ZooKeeper", 'the brokers use KRaft', 'replay works', 'because offsets are kept.', 'RF=3']);
    for (const clause of read.clauses) expect(text.slice(clause.start, clause.end)).toBe(clause.text);
  });

  it('splits at but, however, whereas, although, while, instead of, rather than', () => {
    for (const [text, count] of [
      ['It restarts but the offsets are lost', 2],
      ['Fast however costly', 2],
      ['Batch is cheap whereas streaming is fresh', 2],
      ['Although it is fast, it costs more', 2],
      ['Reads scale while writes do not', 2],
      ['Use KRaft instead of ZooKeeper', 2],
      ['Use KRaft rather than ZooKeeper', 2],
    ] as const) {
      expect(readText(text).clauses, text).toHaveLength(count);
    }
  });
});

describe('negation', () => {
  it.each([
    ['We will NOT use a checkpoint.', 'checkpoint'],
    ["We won't need a checkpoint, the job replays from Kafka.", 'checkpoint'],
    ["We don't checkpoint anything", 'checkpoint'],
    ['There is no checkpoint in this design', 'checkpoint'],
    ['We never checkpoint', 'checkpoint'],
    ['It runs without a checkpoint', 'checkpoint'],
    ['No need to checkpoint here', 'checkpoint'],
    ['We skip checkpointing to save time', 'checkpoint'],
    ['Avoid the checkpoint', 'checkpoint'],
    ['Checkpointing is overkill here.', 'checkpoint'],
    ['A checkpoint is unnecessary', 'checkpoint'],
    ['A checkpoint is not needed.', 'checkpoint'],
    ["The checkpoint isn't required", 'checkpoint'],
    ['Idempotence disabled.', 'idempotence'],
    ['enable.idempotence=false and acks=all', 'idempotence'],
    ['Turn off idempotence', 'idempotence'],
    ['We disable idempotence for speed', 'idempotence'],
    ['Use at-least-once instead of the checkpoint', 'checkpoint'],
    ['Instead of a checkpoint, we keep offsets in a table', 'checkpoint'],
    ['Commit offsets to Kafka rather than a checkpoint', 'checkpoint'],
    ["We can't replay", 'replay'],
    ['It does not re-read anything', 'replay'],
  ])('"%s" negates %s', (text, id) => {
    expect(polarityOf(text, id)).toEqual(['negated']);
  });

  it.each([
    ['We use a checkpoint.', 'checkpoint'],
    ['We never skip the checkpoint.', 'checkpoint'],
    ['Not without a checkpoint.', 'checkpoint'],
    ["Don't disable idempotence", 'idempotence'],
    ['Not only the checkpoint but also idempotence.', 'checkpoint'],
    ['Not only the checkpoint but also idempotence.', 'idempotence'],
    ['Instead of ZooKeeper, the checkpoint is used.', 'checkpoint'],
    ['We use a checkpoint rather than ZooKeeper.', 'checkpoint'],
    ['We do not need ZooKeeper and we use a checkpoint', 'checkpoint'],
    ['Exactly-once without duplicates thanks to a checkpoint', 'checkpoint'],
    ['We lose no data because the job can replay', 'replay'],
    ['Idempotence gives no duplicates', 'duplicates'],
  ])('"%s" affirms %s', (text, id) => {
    expect(polarityOf(text, id)).toEqual(['affirmed']);
  });

  it('negates only inside the clause of the negator', () => {
    expect(polarityOf('We do not need ZooKeeper; the checkpoint keeps the offsets', 'zookeeper')).toEqual(['negated']);
    expect(polarityOf('We do not need ZooKeeper; the checkpoint keeps the offsets', 'checkpoint')).toEqual(['affirmed']);
    expect(polarityOf('No ZooKeeper, no duplicates: idempotence', 'idempotence')).toEqual(['affirmed']);
  });
});

describe('hedges and questions', () => {
  it.each([
    'Maybe a checkpoint',
    'It might use a checkpoint',
    'Perhaps the checkpoint',
    'I think the checkpoint keeps the offsets',
    "I'm not sure, but a checkpoint",
    'Probably the checkpoint',
    'I guess the checkpoint does it',
    'The checkpoint keeps them?',
  ])('"%s" is hedged', (text) => {
    expect(polarityOf(text, 'checkpoint')).toEqual(['affirmed+hedged']);
  });

  it('marks questions and leaves plain statements unhedged', () => {
    const [found] = findPhrases(readText('Does the checkpoint keep the offsets?'), ENTRIES);
    expect(found?.question).toBe(true);
    expect(polarityOf('The checkpoint keeps the offsets.', 'checkpoint')).toEqual(['affirmed']);
  });

  it('quotes the learner verbatim, never stems', () => {
    const [found] = findPhrases(readText('We will NOT use Checkpointing here'), ENTRIES);
    expect(found).toMatchObject({ verbatim: 'Checkpointing', clauseText: 'We will NOT use Checkpointing here', polarity: 'negated' });
  });
});

describe('values', () => {
  const read = (text: string) => readValues(readText(text)).map((value) => ({ key: value.key ?? value.name, value: value.value, unit: value.unit, polarity: value.polarity }));
  it.each([
    ['RF=3 across three AZs', 'replication.factor', 3],
    ['a replication factor of 3', 'replication.factor', 3],
    ['replication.factor=3', 'replication.factor', 3],
    ['three replicas', 'replication.factor', 3],
    ['min.insync.replicas=2', 'min.insync.replicas', 2],
    ['min ISR 2', 'min.insync.replicas', 2],
    ['acks=all', 'acks', 'all'],
    ['acks=-1', 'acks', -1],
    ['enable.idempotence=true', 'enable.idempotence', 'true'],
    ['startingOffsets=latest', 'startingOffsets', 'latest'],
  ])('"%s" sets %s to %s', (text, key, value) => {
    expect(read(text)[0]).toMatchObject({ key, value, polarity: 'affirmed' });
  });

  it('reads quantities with units and numbers in words', () => {
    expect(read('checkpoint every 5 min, a 30 seconds trigger, 2x headroom, twelve copies')).toEqual([
      { key: '', value: 5, unit: 'min', polarity: 'affirmed' },
      { key: '', value: 30, unit: 's', polarity: 'affirmed' },
      { key: '', value: 2, unit: 'x', polarity: 'affirmed' },
      { key: 'replication.factor', value: 12, unit: undefined, polarity: 'affirmed' },
    ]);
  });

  it.each([
    ['For exactly-once we set failOnDataLoss=false', 'exactly'],
    ['To keep throughput high we set linger.ms = false and batch more', 'throughput'],
    ['For durability: enable.idempotence=false', 'durability'],
  ])('"%s" turns off only the setting, not "%s"', (text, word) => {
    const read = readText(text);
    const index = read.tokens.findIndex((token) => token.norm === word);
    expect(read.negated[index]).toBe(false);
    expect(read.negated[read.tokens.findIndex((token) => token.norm === '=') - 1]).toBe(true);
  });

  it('knows a negated setting from a setting that is off', () => {
    expect(read('We will not set acks=all')[0]?.polarity).toBe('negated');
    expect(read('enable.idempotence=false')[0]).toMatchObject({ value: 'false', polarity: 'affirmed' });
  });
});

describe('bare lists', () => {
  it.each([
    'replication factor, min.insync.replicas, idempotence',
    'Checkpointing',
    '- RF\n- acks=all\n- idempotence',
    'Kafka / Spark / S3',
    'checkpoint and replay',
  ])('"%s" is a bare list', (text) => {
    expect(readBareLists(readText(text)).whole).toBe(true);
  });

  it.each(['RF=3 across three AZs', 'The job replays from the checkpoint.', 'Idempotence prevents duplicate writes'])('"%s" explains', (text) => {
    expect(readBareLists(readText(text)).whole).toBe(false);
  });

  it.each([
    'We use Kafka, Spark, Delta Lake, Airflow and dbt.',
    "We'd add retries, backoff, a dead-letter queue, alerting and runbooks.",
    'Durability: replication factor, acks=all, min ISR, idempotence, partition by order id.',
    'use watermarks, windows, late data, state store, checkpointing',
    'fact table, dimensions, grain, conformed dimensions, one row per',
  ])('"%s" is a long list even with a lead-in or a relating word', (text) => {
    expect(readBareLists(readText(text)).sentences[0]).toBe(true);
  });

  it.each([
    'Silver holds cleaned, typed, deduplicated and validated data.',
    'We set RF=3, acks=all so a write waits for every in-sync replica, and min ISR 2 so one broker can fail.',
    'Consumers read committed data and write results transactionally (Kafka transactions or Flink two-phase commit) with offsets committed atomically.',
    'We partition by order id, which keeps ordering per order, and replicate three ways, so a broker can die.',
  ])('"%s" is not a list', (text) => {
    expect(readBareLists(readText(text)).sentences[0]).toBe(false);
  });

  it('finds the listed sentence inside a longer answer', () => {
    const reading = readBareLists(readText('Key things: RF, min ISR. The checkpoint stores offsets so a restart resumes.'));
    expect(reading).toEqual({ whole: false, sentences: [true, false], terms: ['RF', 'min ISR'], heads: [false, false], glossary: false });
  });
});
