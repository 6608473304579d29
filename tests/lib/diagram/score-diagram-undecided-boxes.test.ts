import { describe, expect, it } from 'vitest';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { UNDECIDED_CAP } from '@/lib/diagram/undecided-boxes';
import { codes, grade } from './fixtures';

// Kind: boxes that list alternatives instead of a choice ("Kafka or Kinesis or Pulsar"): one box naming four tools
// was credited as four kinds. Written for this kind with cases, tools and layouts of their own (not the golden
// scenes); the interviewer's scores were written first.

/** Card payments, top to bottom; `undecided` writes most boxes as lists of alternatives. */
function card(undecided: boolean): SceneSpec {
  const pick = (list: string, one: string) => (undecided ? list : one);
  return {
    boxes: [
      { id: 'sw', label: 'Card switch (ISO 8583)', col: 0, row: 0 },
      { id: 'bus', label: pick('Kafka | Kinesis | Pulsar', 'Kafka (key card_id)'), col: 0, row: 1, width: 240 },
      { id: 'score', label: pick('Flink | Spark Streaming | Kafka Streams', 'Flink scoring (< 100 ms)'), col: 0, row: 2, width: 300 },
      { id: 'feat', label: pick('Redis | DynamoDB | Cassandra', 'Redis features'), col: 1, row: 2, width: 240 },
      { id: 'fraud', label: 'Fraud decision service', col: 0, row: 3 },
      { id: 'ledger', label: 'Postgres ledger', col: 2, row: 1 },
      { id: 'lake', label: pick('S3 | GCS | ADLS', 'S3 Iceberg (7 y)'), col: 2, row: 2 },
      { id: 'wh', label: pick('Snowflake | BigQuery | Redshift', 'Snowflake'), col: 2, row: 3, width: 260 },
      { id: 'bi', label: 'Finance dashboards', col: 2, row: 4 },
    ],
    arrows: [
      { from: 'sw', to: 'bus' },
      { from: 'bus', to: 'score' },
      { from: 'feat', to: 'score' },
      { from: 'score', to: 'fraud' },
      { from: 'bus', to: 'ledger' },
      { from: 'bus', to: 'lake' },
      { from: 'ledger', to: 'lake' },
      { from: 'lake', to: 'wh' },
      { from: 'wh', to: 'bi' },
    ],
  };
}

describe('a diagram of lists of alternatives makes no decision', () => {
  it('card: five boxes each listing three tools (interviewer: 15)', () => {
    const result = grade('card-payments', card(true));
    expect(result.score).toBeLessThanOrEqual(UNDECIDED_CAP);
    const finding = result.findings.find((item) => item.code === 'diagram.undecided-options');
    expect(finding?.severity).toBe('wrong');
    expect(finding?.message).toMatch(/5 of the boxes list alternatives/);
    expect(finding?.message).toMatch(/"Kafka \| Kinesis \| Pulsar"/);
  });

  it('card: the same design with one tool per box is not capped (interviewer: 65)', () => {
    const result = grade('card-payments', card(false));
    expect(codes(result)).not.toContain('diagram.undecided-options');
    expect(result.score).toBeGreaterThan(40);
  });

  it('ride-hailing: one open choice among decided boxes is not a design of lists (interviewer: 70)', () => {
    const result = grade('ride-hailing', {
      boxes: [
        { id: 'apps', label: 'Driver app', col: 0, row: 0 },
        { id: 'k', label: 'Kafka (key driver_id)', col: 1, row: 0 },
        { id: 'f', label: 'Flink or Spark Streaming or Kafka Streams', col: 2, row: 0, width: 300 },
        { id: 'r', label: 'Redis surge', col: 3, row: 0 },
        { id: 'p', label: 'Pricing service', col: 4, row: 0 },
      ],
      arrows: [
        { from: 'apps', to: 'k' },
        { from: 'k', to: 'f' },
        { from: 'f', to: 'r' },
        { from: 'r', to: 'p' },
      ],
    });
    expect(codes(result)).not.toContain('diagram.undecided-options');
  });

  it('related sources separated by slashes are not alternatives (interviewer: not an undecided box)', () => {
    const result = grade('ecommerce-data-platform', {
      boxes: [
        { id: 'db', label: 'orders / payments / stock tables', col: 0, row: 0, width: 280 },
        { id: 'cdc', label: 'Debezium', col: 1, row: 0 },
        { id: 'k', label: 'Kafka', col: 2, row: 0 },
        { id: 's3', label: 'S3 bronze', col: 3, row: 0 },
      ],
      arrows: [
        { from: 'db', to: 'cdc' },
        { from: 'cdc', to: 'k' },
        { from: 'k', to: 's3' },
      ],
    });
    expect(codes(result)).not.toContain('diagram.undecided-options');
  });
});
