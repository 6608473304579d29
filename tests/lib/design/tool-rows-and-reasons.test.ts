import { describe, expect, it } from 'vitest';
import { STYLE_POINTS, UNARGUED_STYLE_SHARE } from '@/lib/design/score-style';
import { caseCodes as codes, gradeCase as grade } from './fixtures';

const earned = (slug: string, fields: Record<string, unknown>, code: string) =>
  grade(slug, fields).findings.filter((finding) => finding.code === code && finding.severity === 'good').reduce((sum, finding) => sum + finding.points, 0);

describe('rows that only list tools name no source and no reader', () => {
  it.each([
    ['iot-telemetry', 'Kafka, MQTT, OPC UA, Flink'],
    ['card-payments', 'Kinesis, Lambda, DynamoDB'],
    ['ecommerce-data-platform', 'Debezium + Kafka Connect'],
    ['ride-hailing', 'Kafka, Flink'],
  ])('%s: input "%s" earns nothing', (slug, name) => {
    const found = codes(slug, { inputs: [{ name, mode: 'stream' }] });
    expect(found).toContain('design.input-tool-list');
    expect(found).not.toContain('design.input-named');
  });

  it.each([
    ['iot-telemetry', { consumer: 'Stakeholders', store: 'S3, Iceberg, TimescaleDB, Grafana, Snowflake' }],
    ['ride-hailing', { consumer: 'Everyone', store: 'Redis, BigQuery, Looker' }],
    ['healthcare-records', { consumer: 'The business', store: 'Synapse + Power BI' }],
  ])('%s: output %j earns nothing', (slug, row) => {
    const found = codes(slug, { outputs: [row] });
    expect(found).toContain('design.output-tool-list');
    expect(found).not.toContain('design.output-named');
  });

  it.each([
    ['ecommerce-data-platform', { consumer: 'BI, ML, ops, leadership', store: 'lakehouse' }],
    ['card-payments', { consumer: 'finance, fraud analysts, auditors', store: 'Snowflake' }],
  ])('%s: a consumer list lumping readers %j earns a third', (slug, row) => {
    expect(codes(slug, { outputs: [row] })).toContain('design.keyword-run');
  });

  it.each([
    ['iot-telemetry', 'Sensor readings from the gateways over MQTT into Kafka'],
    ['ecommerce-data-platform', 'Orders DB, Debezium'],
  ])('%s: a row naming its data next to tools ("%s") is a source', (slug, name) => {
    expect(codes(slug, { inputs: [{ name, mode: 'stream' }] })).toContain('design.input-named');
  });
});

describe('a processing style earns its full points only when the reason argues from the case', () => {
  const half = Math.round(STYLE_POINTS * UNARGUED_STYLE_SHARE * 10) / 10;
  it.each([
    ['iot-telemetry', 'Lambda architecture gives the best of both worlds with enterprise-grade scalability.'],
    ['ecommerce-data-platform', 'Best practices: scalability, reliability, exactly-once.'],
    ['ride-hailing', 'Both because there are streams and batches.'],
    ['card-payments', ''],
  ])('%s: "%s" earns half', (slug, reason) => {
    const fields = { processingStyle: 'both', reason };
    expect(earned(slug, fields, 'design.style-fits')).toBe(half);
    expect(codes(slug, fields)).toContain('design.reason-unargued');
  });

  it.each([
    ['iot-telemetry', 'Alerts have a seconds budget; OEE is hourly.'],
    ['ecommerce-data-platform', 'Stock must follow orders within minutes, revenue is a daily close.'],
    ['ride-hailing', 'Pings arrive continuously and the settlement file once a day.'],
    ['card-payments', 'Some results are needed within seconds and others daily.'],
  ])('%s: "%s" earns it all', (slug, reason) => {
    const fields = { processingStyle: 'both', reason };
    expect(earned(slug, fields, 'design.style-fits')).toBe(STYLE_POINTS);
    expect(codes(slug, fields)).not.toContain('design.reason-unargued');
  });
});
