import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf } from './fixtures';

// Own inputs per kind of round-19 miss (other cases, other prompts, other wording); the interviewer's score for each was
// written before running the engine.
const grade = (slug: string, id: string, answer: string) => {
  const result = scoreDeepDivePrompt(promptOf(slug, id), answer);
  const codes = result.findings.filter((finding) => finding.severity === 'wrong').map((finding) => finding.code);
  const status = Object.fromEntries(result.points.map((point) => [point.id, point.status]));
  return { score: Math.round((100 * result.earned) / result.available), codes, status };
};

describe('a rejected option with its reason after a colon: the reason is said, the option rejected', () => {
  it('"No k=plant_id: ... hot partitions" with "P=48" written as letter=value (interviewer: 85)', () => {
    const got = grade('iot-telemetry', 'kafka-telemetry-partitioning', 'k=machine_id -> one machine\'s readings stay in order, ~20k machines hash evenly. 5 MB/s now, 10 MB/s after the doubling; P=48 so up to 48 consumers of the alert job scale out with headroom. No k=plant_id: 25 plants = 25 hot partitions while the rest sit idle. Gateways batch with linger.ms=20 and compress with zstd.');
    expect(got.status['key-by-machine']).toBe('stated');
    expect(got.status['partition-count']).toBe('stated');
    expect(got.codes).toEqual([]);
    expect(got.score).toBeGreaterThanOrEqual(75);
  });

  it('"Not one partition per driver" is a number of partitions rejected, not a take-back of the key said before (interviewer: 60)', () => {
    const got = grade('ride-hailing', 'location-topic-partitioning', 'Key = driver_id so each driver\'s pings stay in one partition, in order. Not one partition per driver (300k partitions is far too many), and not per zone either: a busy downtown zone would be a hot partition.');
    expect(got.status['key-by-driver']).toBe('stated');
    expect(got.status['no-zone-key']).toBe('stated');
    expect(got.score).toBeGreaterThanOrEqual(45);
    expect(got.score).toBeLessThanOrEqual(75);
  });
});

describe('a markdown heading over a numbered list is no setting', () => {
  it('"### Acks" over "1. ..." is not acks=1 (interviewer: 85)', () => {
    const got = grade('ecommerce-data-platform', 'kafka-durability', '### Topic\n- replication.factor=3, min.insync.replicas=2, unclean leader election off\n### Acks\n1. the producer sends with `acks=all`\n2. the leader acks only once both in-sync replicas have the event, so a broker loss after the ack loses nothing\n3. on NotEnoughReplicas the producer retries\n### Duplicates\n- `enable.idempotence=true`: the broker drops a retried batch by producer id + sequence number');
    expect(got.codes).toEqual([]);
    expect(got.score).toBeGreaterThanOrEqual(75);
  });
});

describe('a watermark on a column filled with the arrival time is a wrong detail of the watermark', () => {
  it('withColumn("arrived", current_timestamp()) then withWatermark("arrived") loses the watermark point (interviewer: 25)', () => {
    const got = grade('iot-telemetry', 'late-readings', '```python\nr = (spark.readStream.format("kafka").option("subscribe", "readings").load()\n  .withColumn("arrived", F.current_timestamp())\n  .withWatermark("arrived", "1 hour"))\nper_min = r.groupBy(F.window("arrived", "1 minute"), "sensor_id").avg("value")\n```\nThe one-hour watermark covers the gateways\' buffering, so late readings still count in their minute.');
    expect(got.codes).toContain('deep-dive.late-readings.wrong.mechanism.watermark-on-arrival-time');
    expect(got.score).toBeLessThanOrEqual(35);
  });

  it('an arrival-time column kept for monitoring beside a watermark on the event time is right', () => {
    const got = grade('iot-telemetry', 'late-readings', '```python\nr = (readings.withColumn("ingested_at", current_timestamp())\n  .withWatermark("event_time", "1 hour"))\n```\nThe watermark is on the sensor\'s event time, so a reading buffered for an hour still lands in its own minute; ingested_at only measures the lag.');
    expect(got.codes.filter((code) => code.includes('watermark-on-arrival'))).toEqual([]);
  });
});

describe('exactly-once claimed for calls to an external API', () => {
  it('"the checkpoint makes the REST API call exactly-once" costs (interviewer: 40)', () => {
    const got = grade('ecommerce-data-platform', 'streaming-restart', 'The checkpointLocation on S3 holds the offsets, and Kafka can replay them, so after the crash the in-flight batch is read again. foreachBatch posts each batch to the pricing partner\'s HTTP API, and thanks to the checkpoint that API call is exactly-once as well.');
    expect(got.codes).toContain('deep-dive.streaming-restart.wrong.mechanism.exactly-once-external-api');
    expect(got.score).toBeLessThanOrEqual(55);
  });

  it('an idempotency key the API honours makes it right', () => {
    const got = grade('ecommerce-data-platform', 'streaming-restart', 'The checkpoint holds the offsets and Kafka replays the in-flight batch after the crash. foreachBatch posts to the partner\'s REST API with the batch id as an idempotency key, so a replayed batch is a no-op there and the result is exactly-once.');
    expect(got.codes.filter((code) => code.includes('exactly-once-external-api'))).toEqual([]);
  });
});

describe('raw records deleted once converted (card-payments rubric data)', () => {
  it('"convert to Iceberg nightly, then delete the originals" contradicts the locked, unaltered records (interviewer: 45)', () => {
    const got = grade('card-payments', 'seven-year-records', 'Every night the raw clearing files and authorisations are converted into an Iceberg table partitioned by date, and then we delete the original files to save money. The Iceberg files sit under S3 Object Lock in compliance mode for seven years, encrypted with KMS, and a lifecycle rule moves them to Glacier after 13 months.');
    expect(got.codes).toContain('deep-dive.seven-year-records.wrong.delete-raw-after-transform');
    expect(got.score).toBeGreaterThanOrEqual(30);
    expect(got.score).toBeLessThanOrEqual(60);
  });

  it('raw files kept under the lock are not the claim (interviewer: 90)', () => {
    const got = grade('card-payments', 'seven-year-records', 'The raw files are never deleted: they stay under S3 Object Lock in compliance mode for seven years next to the Parquet copy partitioned by date, encrypted with KMS keys (tokens only, no card numbers), and lifecycle rules move both to Glacier after 13 months.');
    expect(got.codes).toEqual([]);
    expect(got.score).toBeGreaterThanOrEqual(80);
  });
});
