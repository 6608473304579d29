import { describe, expect, it } from 'vitest';
import { codesOf, gradeCase } from './fixtures';

// Designs written for this file (other cases and wording than golden round 21), each scored as an interviewer would
// before the engine ran (the score in the title).

describe("a design made of the method's own headings", () => {
  it("IoT fields that name the step's headings and decide nothing are capped as an echo (interviewer: 6)", () => {
    const result = gradeCase('iot-telemetry', {
      inputs: [
        { name: 'the sensor readings', mode: 'stream', format: 'events', rate: 'as required' },
        { name: 'the machine registry', mode: 'batch', format: 'records', rate: 'as required' },
      ],
      useCase: 'Each business use case, the metric that matters, and the SLA by which it must be ready.',
      sla: 'Meets the latency, availability, retention and privacy constraints.',
      outputs: [{ consumer: 'whoever consumes the results', store: 'the serving store each one needs, refreshed as often as needed' }],
      processingStyle: 'both',
      reason: 'Sources, ingestion, processing and sinks, with storage layers, orchestration, deployment and error handling; batch or streaming as the SLA says.',
    });
    expect(codesOf(result)).toContain('design.brief-echo-cap');
    expect(result.score).toBeLessThanOrEqual(10);
  });

  it('a plain IoT design in its own words is not an echo (interviewer: 70)', () => {
    const result = gradeCase('iot-telemetry', {
      inputs: [
        { name: 'sensor readings over MQTT into Kafka', mode: 'stream', format: 'JSON', rate: '50k/s' },
        { name: 'asset registry of machines', mode: 'batch', format: 'CSV', rate: 'nightly' },
      ],
      useCase: 'Alert operators when a spindle overheats; hourly OEE per line for plant managers.',
      sla: 'alerts within 10 s; OEE hourly',
      outputs: [
        { consumer: 'operators', store: 'alerting service (PagerDuty)' },
        { consumer: 'plant managers', store: 'OEE dashboard over ClickHouse' },
      ],
      processingStyle: 'both',
      reason: 'Flink for the 10 s alerts, an hourly Spark job for OEE since nobody acts on it faster.',
    });
    expect(codesOf(result)).not.toContain('design.brief-echo-cap');
    expect(result.score).toBeGreaterThan(40);
  });
});

const cardDesign = (reason: string) => ({
  inputs: [
    { name: 'authorisation events from the switch', mode: 'stream', format: 'Avro', rate: '15M/day, 5x peak' },
    { name: 'ledger changes via Debezium CDC', mode: 'stream', format: 'Avro', rate: '60M/day' },
    { name: 'network clearing files', mode: 'batch', format: 'fixed-width', rate: 'daily' },
  ],
  useCase: 'Score fraud inside the authorisation; alert analysts; reconcile the ledger with the networks daily; keep 7 years for audit; training data for the model.',
  sla: 'score < 100 ms with features at most 5 s old; reconciliation by 09:00; 99.99% on the auth path',
  outputs: [
    { consumer: 'authorisation switch', store: 'Redis online feature store behind the scoring API' },
    { consumer: 'fraud analysts', store: 'alert queue' },
    { consumer: 'finance', store: 'reconciliation marts in Snowflake' },
    { consumer: 'auditors', store: 'S3 Object Lock, 7 years' },
    { consumer: 'data science', store: 'Parquet training sets in S3' },
  ],
  processingStyle: 'both',
  reason,
});

describe('a dangerous step order buried in a long right design', () => {
  it('a feature consumer that commits its offsets first, then updates the features, is half a design (interviewer: 50)', () => {
    const result = gradeCase(
      'card-payments',
      cardDesign(
        'Kafka keyed by card token. To keep lag low at the 5x peak, the velocity consumer commits its offsets as soon as it polls a batch, then updates the features in Redis. The ledger stays double-entry in Postgres; clearing files land in S3 and a Spark job reconciles by 09:00.',
      ),
    );
    expect(codesOf(result)).toContain('design.misordered-cap');
    expect(result.score).toBeGreaterThanOrEqual(40);
    expect(result.score).toBeLessThanOrEqual(50);
  });

  it('the same design in the right order keeps its score (interviewer: 85)', () => {
    const result = gradeCase(
      'card-payments',
      cardDesign(
        'Kafka keyed by card token. The velocity consumer updates the features in Redis, then commits its offsets, so a crash replays rather than skips. The ledger stays double-entry in Postgres; clearing files land in S3 and a Spark job reconciles by 09:00.',
      ),
    );
    expect(codesOf(result)).not.toContain('design.misordered-cap');
    expect(result.score).toBeGreaterThan(70);
  });

  it('a hospital listener that returns the ACK on receipt and only later writes to Kafka is half a design (interviewer: 50)', () => {
    const result = gradeCase('healthcare-records', {
      inputs: [
        { name: 'HL7 v2 feeds from the interface engine over MLLP', mode: 'stream', format: 'HL7 v2', rate: '8M/day' },
        { name: 'FHIR bulk export', mode: 'batch', format: 'NDJSON', rate: 'nightly' },
        { name: 'claims files over SFTP', mode: 'batch', format: 'CSV', rate: 'nightly' },
      ],
      useCase: 'Bed census for bed managers within minutes; monthly quality measures; an access audit for the privacy office; de-identified research extracts.',
      sla: 'census within 2 minutes; quality by 07:00; 99.9% for the census',
      outputs: [
        { consumer: 'bed managers', store: 'census table in Postgres' },
        { consumer: 'quality team', store: 'gold marts in the lakehouse' },
        { consumer: 'privacy office', store: 'WORM audit bucket' },
        { consumer: 'researchers', store: 'de-identified extracts' },
      ],
      processingStyle: 'both',
      reason: 'The MLLP listener returns the ACK on receipt and only later writes to Kafka, keyed by patient, so the engine never queues. Flink keeps the census; Spark builds the Delta layers with MERGE for corrections.',
    });
    expect(codesOf(result)).toContain('design.misordered-cap');
    expect(result.score).toBeLessThanOrEqual(50);
  });
});

const rideDesign = (surgeStore: string) => ({
  inputs: [
    { name: 'driver GPS pings', mode: 'stream', format: 'JSON', rate: '250k/s' },
    { name: 'ride requests', mode: 'stream', format: 'Avro', rate: '2k/s' },
    { name: 'trip database CDC', mode: 'stream', format: 'Avro', rate: '500/s' },
  ],
  useCase: 'Surge multipliers per zone for pricing; daily driver earnings for finance; trip history for data science.',
  sla: 'surge within 30 s; earnings by 07:00',
  outputs: [
    { consumer: 'pricing service', store: surgeStore },
    { consumer: 'finance', store: 'daily earnings marts in the warehouse' },
    { consumer: 'data science', store: 'historical trips as Parquet in S3' },
  ],
  processingStyle: 'both',
  reason: 'Flink aggregates pings per H3 zone in 30 s windows and streams the result on; the nightly Spark job builds earnings from the trip CDC.',
});

describe('a wrong store for the most urgent output', () => {
  it('surge read from the warehouse per request costs that output, not the whole design (interviewer: 50)', () => {
    const result = gradeCase('ride-hailing', rideDesign('surge table in BigQuery, queried on every price request'));
    expect(codesOf(result)).not.toContain('design.contradicted-cap');
    expect(result.score).toBeGreaterThanOrEqual(40);
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('surge from a warehouse table refreshed nightly still says two freshnesses at once (interviewer: 18)', () => {
    const result = gradeCase('ride-hailing', rideDesign('surge table in BigQuery, refreshed nightly'));
    expect(result.score).toBeLessThanOrEqual(25);
  });
});
