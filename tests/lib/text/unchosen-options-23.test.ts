import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { readUnchosenOptions } from '../../../lib/text/unchosen-options';

// Own wordings for the round-21 kind "options listed, none chosen"; each expectation says how an interviewer hears it.
const sets = (text: string) => readUnchosenOptions(readText(text));

describe('a list of options with no choice after it', () => {
  it('reads "we could land the files in S3, GCS or ADLS" as three options, none chosen', () => {
    const [set] = sets('We could land the partner files in S3, GCS or ADLS.');
    expect(set?.verdict).toBe('unchosen');
    expect(set?.options.join(' | ')).toMatch(/S3.*GCS.*ADLS/);
  });

  it('reads a bare field "Snowflake, BigQuery, Redshift or Synapse" as options, none chosen', () => {
    expect(sets('Snowflake, BigQuery, Redshift or Synapse')[0]?.verdict).toBe('unchosen');
  });

  it('reads "either Debezium or a nightly dump would do" as options', () => {
    expect(sets('Either Debezium or a nightly dump would do for the orders table.')).toHaveLength(1);
  });

  it('reads options under headings ending "both are fine" as unchosen, weighed when they carry pros and cons', () => {
    const [set] = sets('Option 1: Flink with RocksDB state. + exactly-once, - another cluster to run.\nOption 2: Spark Structured Streaming. + the team knows it, - micro-batch latency.\nBoth are fine.');
    expect(set?.verdict).toBe('unchosen');
    expect(set?.options).toHaveLength(2);
    expect(set?.weighed).toBe(true);
  });

  it('reads an intro "There are two ways." and the sentences after it as the options', () => {
    const [set] = sets('There are two ways. Compact the small files every hour with OPTIMIZE. Write fewer files with a longer trigger. The team can pick.');
    expect(set?.options).toHaveLength(2);
    expect(set?.verdict).toBe('unchosen');
  });
});

describe('a choice, a condition, or no option list at all', () => {
  it('"Kafka or Kinesis; I\'d go with Kafka because the team runs it" chooses', () => {
    expect(sets("Kafka or Kinesis; I'd go with Kafka because the team already runs it.")).toHaveLength(0);
  });

  it('"(a) ... (b) ... Choice: ..." chooses', () => {
    expect(sets('Options:\n(a) Cassandra keyed by device. + writes scale.\n(b) Postgres with BRIN. + SQL.\nChoice: Postgres, since the volume is small.')).toHaveLength(0);
  });

  it('a choice handed to a named condition is conditional, with the condition quoted', () => {
    const [set] = sets('Option A: a version column and retry on conflict.\nOption B: lock the account row with FOR UPDATE.\nEither works; it depends on how often two payments hit one account at once.');
    expect(set?.verdict).toBe('conditional');
    expect(set?.condition).toContain('two payments');
  });

  it('a choice handed to "the need" or to a preference is no condition', () => {
    expect(sets('Batch or streaming depending on the need.')[0]?.verdict).toBe('unchosen');
    expect(sets('Two choices. Drop the late rows. Recompute the day. It depends on whether you prefer speed or accuracy.')[0]?.verdict).toBe('unchosen');
  });

  it('a parenthesised alternative keeps the first as the choice', () => {
    expect(sets('Kafka (or Kinesis on AWS) keyed by order id, 12 partitions.')).toHaveLength(0);
  });

  it('a plain "or" in what a job does offers nothing', () => {
    expect(sets('A restart could replay the last batch or skip it, so the write is an upsert.')).toHaveLength(0);
    expect(sets('We use Redis for the live view and Postgres for history.')).toHaveLength(0);
  });
});
