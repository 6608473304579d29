import { describe, expect, it } from 'vitest';
import { caseCodes as codes, gradeCase as grade } from './fixtures';

// Scores and verdicts below were written before running the engine, as an interviewer would give them.
const good = (slug: string, fields: Record<string, unknown>) =>
  grade(slug, fields)
    .findings.filter((finding) => finding.severity === 'good')
    .map((finding) => finding.code);

describe('a source row that is one tool names no source', () => {
  it.each([
    ['ecommerce-data-platform', 'Debezium'],
    ['ecommerce-data-platform', 'Kafka Connect'],
    ['iot-telemetry', 'MQTT'],
    ['card-payments', 'Kinesis'],
    ['ride-hailing', 'Fivetran'],
  ])('%s: input "%s" earns neither the source nor its mode', (slug, name) => {
    const fields = { inputs: [{ name, mode: 'stream', format: 'json', rate: '1k/s' }] };
    expect(good(slug, fields)).not.toContain('design.input-named');
    expect(good(slug, fields)).not.toContain('design.input-mode-right');
    expect(codes(slug, fields)).toContain('design.input-tool-list');
  });

  it.each([
    ['ecommerce-data-platform', 'Postgres'],
    ['ride-hailing', 'trip Postgres via Debezium'],
    ['card-payments', 'ledger CDC'],
  ])('%s: "%s" names where the data lives, so it is a source', (slug, name) => {
    expect(good(slug, { inputs: [{ name, mode: 'stream' }] })).toContain('design.input-named');
  });
});

describe('an SLA that only lists terms with conflicting freshness asserts no requirement', () => {
  it.each([
    ['ecommerce-data-platform', 'real-time, batch, SLA, 99.9%'],
    ['ride-hailing', 'seconds, hourly, daily'],
    ['iot-telemetry', 'streaming, nightly, 99.95%'],
    ['card-payments', 'sub-second / T+1 / batch / real time'],
    ['iot-telemetry', '5 s 1 min hourly 06:00'],
    ['ride-hailing', '30 s 1 h 07:00 real-time'],
  ])('%s: "%s" meets nothing', (slug, sla) => {
    const found = codes(slug, { sla });
    expect(found).toContain('design.sla-conflicting-list');
    expect(found).not.toContain('design.sla-met');
    expect(found).not.toContain('design.use-case-sla-met');
  });

  it.each([
    ['ecommerce-data-platform', 'real-time, 99.9%'],
    ['ride-hailing', 'surge 30 s, dashboard daily'],
    ['ecommerce-data-platform', 'Stock within 5 minutes during sales, revenue by 06:00.'],
    ['iot-telemetry', 'Alerts under 10 seconds; OEE hourly.'],
  ])('%s: "%s" states a requirement and is graded as one', (slug, sla) => {
    const found = codes(slug, { sla });
    expect(found).not.toContain('design.sla-conflicting-list');
    expect(found).toContain('design.sla-met');
  });
});

describe('a design written as a bare list of tools and patterns', () => {
  // An interviewer gives it about 10: tools everywhere, no data named, no use case, no requirement, no reason.
  it('scores as a gamed answer (at most 15)', () => {
    const result = grade('iot-telemetry', {
      inputs: [
        { name: 'MQTT', mode: 'stream', format: 'json' },
        { name: 'Kafka Connect', mode: 'stream', format: 'avro' },
        { name: 'NiFi', mode: 'batch', format: 'csv' },
      ],
      useCase: 'Flink, ClickHouse, Grafana, Iceberg, Airflow',
      sla: 'streaming, hourly, real-time, 99.95%',
      outputs: [
        { consumer: 'ClickHouse', store: 'Grafana' },
        { consumer: 'Iceberg', store: 'Trino' },
      ],
      processingStyle: 'both',
      reason: 'Kappa architecture, lakehouse, event-driven.',
    });
    expect(result.score).toBeLessThanOrEqual(15);
  });
});
