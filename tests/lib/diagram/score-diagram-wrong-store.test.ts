import { describe, expect, it } from 'vitest';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { flowFinding, grade } from './fixtures';

// The right arrows between the wrong things: a flow drawn in the right shape but with a store of the
// wrong kind where the case needs its store (a warehouse as the live state, a cache as the ledger) is
// not the flow with one arrow left out; a warehouse in the middle of a seconds-fresh route is a batch
// hop (see score-diagram-freshness). Scores an interviewer would give, written before grading (first 45,
// 40, 70; revised to 58, 50, 80 after reading them against the blind round-8 grades: a scene with the
// key path wrong and CDC, monitoring and the DLQ missing was graded 48, so one wrong store in an
// otherwise complete design is worth more than that).

/** What a flow earned: its finding says what it did not. */
const flowPoints = (result: ReturnType<typeof grade>, id: string) => {
  const finding = flowFinding(result, id);
  const match = /it earns ([\d.]+) of/.exec(finding.message);
  return match ? Number(match[1]) : 0;
};

describe('a store of the wrong kind where the flow needs its store', () => {
  it.each<[string, string, string, number, SceneSpec]>([
    [
      'ride-hailing',
      'location-path',
      'Flink writes surge into Snowflake and the surge API reads it; Redis only caches the dashboards',
      58,
      {
        boxes: [
          { id: 'apps', label: 'Driver app', col: 0, row: 0 },
          { id: 'gw', label: 'API gateway', col: 1, row: 0 },
          { id: 'k', label: 'Kafka', col: 2, row: 0 },
          { id: 'fl', label: 'Flink (surge per cell)', col: 3, row: 0 },
          { id: 'wh', label: 'Snowflake', col: 4, row: 0 },
          { id: 'api', label: 'Surge API', col: 5, row: 0 },
          { id: 'redis', label: 'Redis', col: 5, row: 1 },
          { id: 'bi', label: 'Tableau', col: 6, row: 1 },
          { id: 's3', label: 'S3 lake', col: 3, row: 2 },
          { id: 'pg', label: 'Trips Postgres', col: 0, row: 2 },
          { id: 'dbz', label: 'Debezium', col: 1, row: 2 },
          { id: 'af', label: 'Airflow', col: 4, row: 3 },
          { id: 'sb', label: 'Spark batch', col: 4, row: 2 },
        ],
        arrows: [
          { from: 'apps', to: 'gw' }, { from: 'gw', to: 'k' }, { from: 'k', to: 'fl' }, { from: 'fl', to: 'wh' }, { from: 'wh', to: 'api' },
          { from: 'wh', to: 'redis' }, { from: 'redis', to: 'bi' }, { from: 'k', to: 's3' }, { from: 's3', to: 'sb' }, { from: 'sb', to: 'wh' },
          { from: 'pg', to: 'dbz' }, { from: 'dbz', to: 'k' }, { from: 'af', to: 'sb', dashed: true },
        ],
      },
    ],
    [
      'card-payments',
      'feature-path',
      'Flink writes velocity features into S3 and scoring reads the lake; Redis holds dashboard tiles',
      50,
      {
        boxes: [
          { id: 'sw', label: 'Auth switch', col: 0, row: 1 },
          { id: 'k', label: 'Kafka', col: 1, row: 1 },
          { id: 'fl', label: 'Flink velocity job', col: 2, row: 1 },
          { id: 's3', label: 'S3 (features + archive)', col: 3, row: 1 },
          { id: 'score', label: 'Scoring API', col: 3, row: 0 },
          { id: 'led', label: 'Ledger Postgres', col: 0, row: 3 },
          { id: 'dbz', label: 'Debezium', col: 1, row: 3 },
          { id: 'clear', label: 'Clearing files', col: 2, row: 4 },
          { id: 'sb', label: 'Spark recon', col: 3, row: 3 },
          { id: 'wh', label: 'Redshift', col: 4, row: 3 },
          { id: 'redis', label: 'Redis (tiles)', col: 5, row: 3 },
          { id: 'bi', label: 'Finance dashboards', col: 6, row: 3 },
          { id: 'af', label: 'Airflow', col: 4, row: 4 },
        ],
        arrows: [
          { from: 'sw', to: 'k' }, { from: 'k', to: 'fl' }, { from: 'fl', to: 's3' }, { from: 's3', to: 'score' }, { from: 'score', to: 'sw', via: [[0, 0]] },
          { from: 'sw', to: 'led' }, { from: 'led', to: 'dbz' }, { from: 'dbz', to: 'k' }, { from: 'k', to: 's3', via: [[1.5, 2]] },
          { from: 's3', to: 'sb' }, { from: 'clear', to: 'sb' }, { from: 'sb', to: 'wh' }, { from: 'wh', to: 'redis' }, { from: 'redis', to: 'bi' },
          { from: 'wh', to: 'bi' }, { from: 'af', to: 'sb', dashed: true },
        ],
      },
    ],
    [
      'ecommerce-data-platform',
      'live-stock-path',
      'the stream job keeps stock in the S3 lake; Redis sits unused behind Looker',
      80,
      {
        boxes: [
          { id: 'pg', label: 'Shop Postgres', col: 0, row: 1 },
          { id: 'dbz', label: 'Debezium', col: 1, row: 1 },
          { id: 'web', label: 'Clickstream', col: 0, row: 0 },
          { id: 'k', label: 'Kafka', col: 2, row: 0 },
          { id: 'reg', label: 'Schema registry', col: 2, row: -1 },
          { id: 'ss', label: 'Spark Structured Streaming', col: 3, row: 0 },
          { id: 'lake', label: 'S3 + Delta (stock, events)', col: 4, row: 0 },
          { id: 'files', label: 'Partner CSVs', col: 3, row: 2 },
          { id: 'sb', label: 'Spark batch', col: 4, row: 2 },
          { id: 'wh', label: 'Snowflake', col: 5, row: 2 },
          { id: 'bi', label: 'Looker', col: 6, row: 2 },
          { id: 'redis', label: 'Redis', col: 6, row: 1 },
          { id: 'af', label: 'Airflow', col: 5, row: 3 },
          { id: 'mon', label: 'Monitoring', col: 5, row: -1 },
          { id: 'dlq', label: 'DLQ', col: 3, row: -1 },
        ],
        arrows: [
          { from: 'web', to: 'k' }, { from: 'pg', to: 'dbz' }, { from: 'dbz', to: 'k' }, { from: 'reg', to: 'k', line: true }, { from: 'k', to: 'ss' },
          { from: 'ss', to: 'lake' }, { from: 'ss', to: 'dlq' }, { from: 'lake', to: 'sb' }, { from: 'files', to: 'sb' }, { from: 'sb', to: 'wh' },
          { from: 'wh', to: 'bi' }, { from: 'bi', to: 'redis', line: true }, { from: 'af', to: 'sb', dashed: true }, { from: 'ss', to: 'mon', dashed: true },
        ],
      },
    ],
  ])('%s (%s): %s, about %i', (slug, flowId, _what, interviewer, spec) => {
    const result = grade(slug, spec);
    expect(Math.abs(result.score - interviewer)).toBeLessThanOrEqual(12);
    const finding = flowFinding(result, flowId);
    expect(finding.severity).toBe('missing');
    expect(finding.message).toMatch(/where the flow needs|a warehouse loaded in batches|is a batch job/);
    const earned = flowPoints(result, flowId);
    expect(earned).toBeLessThanOrEqual(0.15 * (earned + finding.points) + 0.1);
  });

  it('card-payments: a cache as the ledger (CDC reads Redis) is named, while a Postgres sits behind the warehouse', () => {
    const spec: SceneSpec = {
      boxes: [
        { id: 'sw', label: 'Auth switch', col: 0, row: 1 },
        { id: 'redis', label: 'Redis ledger', col: 0, row: 2 },
        { id: 'dbz', label: 'Debezium', col: 1, row: 2 },
        { id: 'k', label: 'Kafka', col: 1, row: 1 },
        { id: 's3', label: 'S3 archive', col: 2, row: 2 },
        { id: 'wh', label: 'Snowflake', col: 3, row: 2 },
        { id: 'pg', label: 'Postgres (report copies)', col: 4, row: 2 },
        { id: 'bi', label: 'Finance dashboards', col: 5, row: 2 },
      ],
      arrows: [
        { from: 'sw', to: 'redis' }, { from: 'redis', to: 'dbz' }, { from: 'dbz', to: 'k' }, { from: 'sw', to: 'k' }, { from: 'k', to: 's3' },
        { from: 's3', to: 'wh' }, { from: 'wh', to: 'pg' }, { from: 'pg', to: 'bi' }, { from: 'wh', to: 'bi' },
      ],
    };
    const finding = flowFinding(grade('card-payments', spec), 'ledger-to-lake');
    expect(finding.severity).toBe('missing');
    expect(finding.message).toMatch(/"Debezium" reads from "Redis ledger", a cache \(Redis\), where the flow needs an OLTP database/);
    expect(finding.refs).toEqual(expect.arrayContaining(['redis', 'dbz']));
  });
});
