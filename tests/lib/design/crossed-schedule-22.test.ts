import { describe, expect, it } from 'vitest';
import { codesOf, gradeCase } from './fixtures';

const CODE = 'design.schedule-crossed-cap';

const iot = (useCase: string, reason: string) => ({
  inputs: [
    { name: 'sensor readings via MQTT into Kafka', mode: 'stream', format: 'JSON', rate: '50k/s' },
    { name: 'asset registry of machines', mode: 'batch', format: 'CSV', rate: 'nightly' },
    { name: 'MES production orders', mode: 'batch', format: 'SQL Server extract', rate: 'every 15 min' },
  ],
  useCase,
  sla: 'alerts within 10 s; OEE hourly',
  outputs: [
    { consumer: 'operators', store: 'alerting service (PagerDuty)' },
    { consumer: 'plant managers', store: 'OEE dashboard over ClickHouse' },
    { consumer: 'shift leads', store: 'live machine status view (Redis)' },
    { consumer: 'engineers and data science', store: 'Parquet history in S3' },
  ],
  processingStyle: 'both',
  reason,
});

// Designs written for this file and scored as an interviewer would before the engine ran (score in the title).
describe('a fresh use case served from a daily schedule dressed in stream terms', () => {
  it('surge "from a nightly streaming job with 30 s windows" crosses batch and streaming (interviewer: 35)', () => {
    const result = gradeCase('ride-hailing', {
      inputs: [
        { name: 'driver GPS pings', mode: 'stream', format: 'JSON', rate: '250k/s' },
        { name: 'ride requests', mode: 'stream', format: 'Avro', rate: '2k/s' },
        { name: 'trip database', mode: 'stream', format: 'CDC', rate: '500/s' },
      ],
      useCase: 'Surge multipliers per zone produced by a nightly streaming job with 30 s windows; daily driver earnings in the warehouse.',
      sla: 'surge 30 s; earnings by 7am',
      outputs: [
        { consumer: 'pricing service', store: 'Redis surge per zone' },
        { consumer: 'finance', store: 'warehouse daily earnings' },
      ],
      processingStyle: 'both',
      reason: 'A nightly run is cheaper than a cluster that is always on; the earnings close daily.',
    });
    expect(codesOf(result)).toContain(CODE);
    expect(result.score).toBeLessThanOrEqual(45);
  });

  it('machine alerts "from a once-a-day micro-batch with a 10 second trigger" crosses them too (interviewer: 35)', () => {
    const result = gradeCase('iot-telemetry', iot('Anomaly alerting from a once-a-day micro-batch with a 10 second trigger; OEE per line every hour.', 'Spark keeps costs down by running once a day.'));
    expect(codesOf(result)).toContain(CODE);
    expect(result.score).toBeLessThanOrEqual(45);
  });

  it('a schedule ruled out ("alerting is not nightly", "instead of a daily job") is the reason for the stream (interviewer: 85)', () => {
    const result = gradeCase('iot-telemetry', iot('Anomaly alerting is not nightly: Flink reads the readings with a 10 s window and alerts at once. OEE per line every hour.', 'Alerting streams with a 10 s watermark instead of a daily job, because a hot spindle cannot wait a day; OEE is an hourly batch.'));
    expect(codesOf(result)).not.toContain(CODE);
    expect(result.score).toBeGreaterThanOrEqual(70);
  });

  it('a nightly side task beside the fresh path (retraining, backfill, snapshot) is not crossed (interviewer: 85)', () => {
    const result = gradeCase('iot-telemetry', iot('Anomaly alerting streams from Flink with 10 s windows; the anomaly model is retrained nightly with a 10 s feature window. OEE per line every hour.', 'Alerts need seconds so they stream; a nightly backfill of anomaly alerts with 10 s windows beside the stream fixes late readings.'));
    expect(codesOf(result)).not.toContain(CODE);
  });

  it('a nightly job for the slow use case next to a streamed fresh one is the right split (interviewer: 88)', () => {
    const result = gradeCase('ride-hailing', {
      inputs: [
        { name: 'driver GPS pings', mode: 'stream', format: 'JSON', rate: '250k/s' },
        { name: 'ride requests', mode: 'stream', format: 'Avro', rate: '2k/s' },
        { name: 'trip database', mode: 'stream', format: 'CDC', rate: '500/s' },
        { name: 'payment settlement files', mode: 'batch', format: 'CSV', rate: 'daily' },
      ],
      useCase: 'Surge per zone from Flink over 30 s windows. Daily trips and driver earnings from a nightly Spark job.',
      sla: 'surge under 30 s; earnings by 7am',
      outputs: [
        { consumer: 'pricing service', store: 'Redis surge multipliers per zone' },
        { consumer: 'finance and ops', store: 'warehouse daily earnings' },
        { consumer: 'ops live map', store: 'supply and demand per zone in Redis' },
        { consumer: 'data science', store: 'historical trips in Iceberg on S3' },
      ],
      processingStyle: 'both',
      reason: 'Surge needs seconds, so it streams; earnings only need the previous day, so a nightly batch is cheaper.',
    });
    expect(codesOf(result)).not.toContain(CODE);
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});

describe('schedules weighed against the need, or given to a slower use case', () => {
  it('"stock in minutes is why a daily copy is too slow" and "fresher than a nightly dump" choose the stream (interviewer: 85)', () => {
    const result = gradeCase('ecommerce-data-platform', {
      inputs: [
        { name: 'orders and inventory from Postgres via Debezium CDC', mode: 'stream', format: 'Avro', rate: '2M orders/month' },
        { name: 'clickstream', mode: 'stream', format: 'JSON', rate: '50M events/day' },
        { name: 'partner CSV files over SFTP', mode: 'batch', format: 'CSV', rate: 'nightly' },
      ],
      useCase: 'Inventory during sales must be within 5 minutes, which is why a daily copy is too slow. Daily sales by category and country by 06:00.',
      sla: 'inventory 5 min; sales by 06:00',
      outputs: [
        { consumer: 'ops', store: 'inventory dashboard on ClickHouse' },
        { consumer: 'analysts', store: 'Snowflake star schema' },
        { consumer: 'data science', store: 'historical Parquet on S3' },
      ],
      processingStyle: 'both',
      reason: 'Inventory streams from CDC, fresher than a nightly dump; sales are a nightly Spark batch.',
    });
    expect(codesOf(result)).not.toContain(CODE);
  });

  it('"live bed census and a daily quality report" gives the daily schedule to quality, not the census (interviewer: 80)', () => {
    const result = gradeCase('healthcare-records', {
      inputs: [{ name: 'HL7 ADT feeds', mode: 'stream', format: 'HL7 v2', rate: '400 msg/s' }],
      useCase: 'Live bed census in two minutes and daily quality measures for the quality team.',
      sla: 'census 2 min; quality daily',
      outputs: [{ consumer: 'bed managers', store: 'census view in Postgres' }],
      processingStyle: 'both',
      reason: 'Census streams; quality is a daily batch.',
    });
    expect(codesOf(result)).not.toContain(CODE);
  });
});
