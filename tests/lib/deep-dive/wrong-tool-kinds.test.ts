import { describe, expect, it } from 'vitest';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { percent, pointOf, promptOf } from './fixtures';

const findingOf = (prompt: DeepDivePrompt, answer: string, suffix: string) => scoreDeepDivePrompt(prompt, answer).findings.find((finding) => finding.code.endsWith(suffix));

const exactlyOnce = promptOf('card-payments', 'exactly-once-authorisations');
const telemetry = promptOf('iot-telemetry', 'kafka-telemetry-partitioning');
const records = promptOf('card-payments', 'seven-year-records');

// Interviewer scores written before the engine ran.
describe('a setting of another log claimed for the chosen one earns nothing and costs', () => {
  const kinesisWithKafka = "Authorisations go into a Kinesis stream keyed by card token. The producer runs with acks=all and the stream has min.insync.replicas=2, so an acknowledged auth is never lost. The scoring consumer uses isolation.level=read_committed. We also dedupe on the network's retrieval reference since the network resends.";

  it('Kafka durability settings on Kinesis (interviewer: about 35)', () => {
    expect(pointOf(exactlyOnce, kinesisWithKafka, 'durable-writes')).toMatchObject({ status: 'contradicted', misplacedOn: 'Kinesis', misplacedBelongs: 'Kafka' });
    expect(percent(exactlyOnce, kinesisWithKafka)).toBeLessThanOrEqual(45);
    expect(percent(exactlyOnce, kinesisWithKafka)).toBeGreaterThanOrEqual(15);
  });

  it('the finding names the settings, the log that has them and the one chosen', () => {
    const finding = findingOf(exactlyOnce, kinesisWithKafka, '.wrong-tool');
    expect(finding?.severity).toBe('wrong');
    expect(finding?.message).toContain('"acks=all"');
    expect(finding?.message).toContain('of Kafka, and Kinesis has no such setting');
  });

  it('an honest mapping is not a claim (interviewer: no cost for it)', () => {
    const answer = 'We use Kinesis, keyed by card token so a card stays in order on one shard. Kinesis has no acks=all: a PutRecord returns only after the write is stored in three AZs, which is the equivalent of acks=all. Dedupe on the network reference because the network resends.';
    expect(findingOf(exactlyOnce, answer, '.wrong-tool')).toBeUndefined();
  });

  it('the same settings on Kafka keep their credit (interviewer: about 90)', () => {
    const answer = kinesisWithKafka.replace('a Kinesis stream', 'a Kafka topic with replication factor 3').replace('the stream has', 'the topic has');
    expect(findingOf(exactlyOnce, answer, '.wrong-tool')).toBeUndefined();
    expect(pointOf(exactlyOnce, answer, 'durable-writes')?.status).toBe('stated');
  });
});

describe('on Kinesis, shards are the partitions', () => {
  it('shard count sized for parallelism and the doubling (interviewer: about 70, batching not said)', () => {
    const answer = "A Kinesis stream with machine_id as the partition key, so each machine's readings stay in order on one shard. We provision 64 shards for consumer parallelism and reshard to 128 for the doubling.";
    expect(pointOf(telemetry, answer, 'partition-count')?.status).toBe('stated');
    expect(percent(telemetry, answer)).toBeGreaterThanOrEqual(60);
  });

  it('on Kafka, "shards" is not read as the partition count', () => {
    const answer = "A Kafka topic with machine_id as the message key, so each machine's readings stay in order. The Postgres behind the dashboard has 64 shards for scale.";
    expect(pointOf(telemetry, answer, 'partition-count')?.status).not.toBe('stated');
  });
});

describe('a summary claims its outcome for what it sums up', () => {
  it('"versioning and an IAM deny, together that makes it WORM" does not earn Object Lock (interviewer: about 20)', () => {
    const answer = 'A GCS bucket with object versioning and an IAM policy that denies storage.objects.delete; together that makes it WORM for the seven years. Lifecycle moves objects to Coldline after 13 months. Parquet partitioned by date.';
    expect(pointOf(records, answer, 'object-lock')?.status).toBe('contradicted');
    expect(percent(records, answer)).toBeLessThanOrEqual(40);
  });
});

describe('an assert that shares a word with the term but says more counts', () => {
  const corrections = promptOf('healthcare-records', 'corrections-and-merges');
  it('"a corrected result replaces the old version" is the overwrite that loses history (interviewer: about 45)', () => {
    const answer = 'Results are MERGEd on the accession number and a corrected result replaces the old version in the table. Facts carry an enterprise patient key, and an MRN crosswalk absorbs the A40 merge.';
    expect(scoreDeepDivePrompt(corrections, answer).wrongClaims.map((hit) => hit.id)).toContain('overwrite-in-place');
    expect(percent(corrections, answer)).toBeLessThanOrEqual(55);
  });
});
