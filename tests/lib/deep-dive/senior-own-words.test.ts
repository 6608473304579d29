import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { pointOf, promptOf, roundedPercent as percent } from './fixtures';

const restart = promptOf('ecommerce-data-platform', 'streaming-restart');
const census = promptOf('healthcare-records', 'late-adt-census');
const late = promptOf('iot-telemetry', 'late-readings');
const iotTopic = promptOf('iot-telemetry', 'kafka-telemetry-partitioning');
const rideTopic = promptOf('ride-hailing', 'location-topic-partitioning');
const surge = promptOf('ride-hailing', 'surge-windows-late-data');
const corrections = promptOf('healthcare-records', 'corrections-and-merges');

// Interviewer scores written before the engine ran; a strong answer must reach 80, a gamed one stay at 25 or below.
describe('misspelt terms of six letters or more still earn their point', () => {
  it.each([
    ['checkpoint-wins', restart, 'On restart the query resumes from its checkpiont: the offsets and the state live in the checkpoint folder, so it picks up where it stopped.'],
    ['watermark-and-batch', census, 'A watermakr of a few hours keeps the hourly windows open for the late feed, and a nightly batch rebuilds the days that got readings after that.'],
    ['partition-count', iotTopic, '48 partitons to start, 96 after the fleet doubles; it is about consumer parallelism, not throughput.'],
    ['idempotent-sink', restart, 'The sink is idempotant, a MERGE on order_id, so a replayed batch does not double count.'],
  ])('%#: %s', (id, prompt, answer) => {
    expect(pointOf(prompt, answer, id)?.status).toBe('stated');
  });

  it('a misspelt negation leaves the clause unread rather than affirming a wrong claim', () => {
    const scored = scoreDeepDivePrompt(census, 'Use the event time from the message insted of the arival time, and a watermark of a few hours.');
    expect(scored.wrongClaims).toEqual([]);
  });

  it('short words and negated typos earn nothing', () => {
    expect(percent(surge, "We won't bother with a watermakr or a checkpiont; windows on arrival time are simpler.")).toBe(0);
    expect(pointOf(iotTopic, 'We keep the default partiton count.', 'partition-count')?.status).not.toBe('stated');
  });
});

describe('terse bullets and settings state claims in an answer that explains', () => {
  it('a bulleted config answer earns its points', () => {
    const answer = "- message key = machine_id, so each machine's readings stay in order in one partition\n- 48 partitions now, 96 when the fleet doubles: it's about consumer parallelism\n- gateways: linger.ms=20, batch.size=256KB, compression.type=zstd";
    expect(percent(iotTopic, answer)).toBeGreaterThanOrEqual(80);
  });

  it('"Key = driver_id." followed by its reason states the key', () => {
    expect(pointOf(rideTopic, 'Key = driver_id. One driver always lands in the same partition, so his pings stay in order.', 'key-by-driver')?.status).toBe('stated');
  });

  it('an answer of nothing but settings or a label before a list stays a list', () => {
    expect(percent(iotTopic, 'machine_id, partitons, linger.ms, zstd, consumer parallelism.')).toBeLessThanOrEqual(25);
    // Right values with no reason anywhere: an interviewer gives about 30, well below an explained answer.
    expect(percent(iotTopic, 'key=machine_id, partitions=48, linger.ms=20, compression=zstd')).toBeLessThanOrEqual(35);
    expect(pointOf(iotTopic, 'Partitioning: machine id, linger.ms, zstd, parallelism. That covers it.', 'batching-compression')?.status).not.toBe('stated');
  });
});

describe('analogies and other stacks earn the same mechanism', () => {
  it.each([
    ['iot lanes analogy', iotTopic, "Picture partitions as lanes on a motorway: each machine always drives in the same lane, keyed on machine_id, so its readings never overtake each other. I'd open 48 lanes so 48 consumers can work in parallel. Gateways batch readings with linger.ms and compress with zstd."],
    ['ride lanes analogy', rideTopic, 'Partition key is driver_id: every driver keeps to the same lane, so his pings are read in order. With zone as key, the city-centre lane gets a huge queue at rush hour while other lanes sit idle. 64 partitions gives the surge job room for 64 consumers; producers batch with linger.ms and lz4.'],
    ['ride on Kinesis', rideTopic, "On Kinesis the partition key is driver_id, so one driver's pings go to the same shard in order. Shard count 64 for the peak, with headroom so the consumers can scale out. Zone keys would make a hot shard downtown. The KPL aggregates small pings into one record."],
    ['ride surge on Flink', surge, "In Flink: sliding event-time windows of 5 minutes every 30 seconds on the phone's timestamp, keyed by H3 cell. A watermark of 2 minutes; later pings are dropped. Window and per-driver state live in RocksDB keyed state with savepoints, so a restart resumes without recounting."],
    ['iot late rows with Flink, Iceberg and Dagster', late, 'Flink event-time windows on the sensor timestamp in UTC, watermark 2 minutes. Later rows still land in the raw Iceberg table, and a Dagster partitioned asset per hour re-materialises the affected rollups.'],
  ])('%s scores at least 80 (interviewer 80-85)', (_name, prompt, answer) => {
    expect(percent(prompt, answer)).toBeGreaterThanOrEqual(80);
  });

  it('"sharding" alone is not a Kafka partition', () => {
    expect(pointOf(promptOf('card-payments', 'acid-ledger'), 'Sharding is only possible in NoSQL, so Cassandra it is.', 'partitioning')?.status).not.toBe('stated');
  });
});

describe('one right part among wrong ones keeps its share', () => {
  it('MERGE on the result id earns its point; the wrong parts cost once, not twice', () => {
    const answer = 'Corrections are upserted on the order id and observation id and the old value is overwritten. For merges we update every fact row of the old MRN to the new one.';
    const scored = scoreDeepDivePrompt(corrections, answer);
    expect(scored.wrongClaims.map((hit) => hit.id).sort()).toEqual(['overwrite-in-place', 'rewrite-facts-on-merge']);
    expect(percent(corrections, answer)).toBeGreaterThan(0);
    expect(percent(corrections, answer)).toBeLessThanOrEqual(35);
  });

  it('wrong claims alone still earn nothing', () => {
    expect(percent(corrections, 'We overwrite the old result row with the corrected value. For an A40 we update all rows of the old MRN to the surviving MRN.')).toBe(0);
  });
});
