import { describe, expect, it } from 'vitest';
import { sourceLoops } from '@/lib/diagram/source-loop';
import type { ArrowSpec, SceneSpec } from '../../golden/diagram/draw-lib';
import { codes, grade, graphOf } from './fixtures';

// A loop back into the source: the analytical side (lake, warehouse, or a job they feed) writes into the
// operational database the pipeline reads. Legitimate feedback paths (an online store, a serving cache,
// a reverse-ETL tool into a CRM that is not the source) are not loops.

const withArrow = (spec: SceneSpec, arrow: ArrowSpec, ...boxes: SceneSpec['boxes']): SceneSpec => ({ ...spec, boxes: [...spec.boxes, ...boxes], arrows: [...(spec.arrows ?? []), arrow] });

/** Ride-hailing, every flow right: pings to surge in Redis, trips by CDC to the lake and on to the warehouse. */
const rides: SceneSpec = {
  boxes: [
    { id: 'app', label: 'driver app', col: 0, row: 0 },
    { id: 'gw', label: 'API gateway', col: 1, row: 0 },
    { id: 'k', label: 'Kafka (3 brokers)', col: 2, row: 0 },
    { id: 'sr', label: 'schema registry', col: 2, row: -1 },
    { id: 'fl', label: 'Flink surge job', col: 3, row: 0 },
    { id: 'redis', label: 'Redis surge per cell', col: 4, row: 0 },
    { id: 'api', label: 'pricing API', col: 5, row: 0 },
    { id: 'trips', label: 'trips Postgres', col: 0, row: 1 },
    { id: 'cdc', label: 'Debezium', col: 1, row: 1 },
    { id: 's3', label: 'S3 Iceberg', col: 3, row: 1 },
    { id: 'spark', label: 'Spark batch', col: 4, row: 1 },
    { id: 'wh', label: 'Snowflake', col: 5, row: 1 },
    { id: 'bi', label: 'Looker', col: 6, row: 1 },
    { id: 'csv', label: 'settlement CSV', col: 3, row: 2 },
    { id: 'af', label: 'Airflow', col: 4, row: 2 },
    { id: 'dlq', label: 'DLQ', col: 3, row: -1 },
    { id: 'mon', label: 'Datadog', col: 5, row: -1 },
  ],
  arrows: [
    { from: 'app', to: 'gw' }, { from: 'gw', to: 'k' }, { from: 'sr', to: 'k', line: true }, { from: 'k', to: 'fl' }, { from: 'fl', to: 'redis' },
    { from: 'redis', to: 'api' }, { from: 'trips', to: 'cdc' }, { from: 'cdc', to: 'k' }, { from: 'k', to: 's3' }, { from: 's3', to: 'spark' },
    { from: 'spark', to: 'wh' }, { from: 'wh', to: 'bi' }, { from: 'csv', to: 's3' }, { from: 'af', to: 'spark', dashed: true },
    { from: 'fl', to: 'dlq', dashed: true }, { from: 'mon', to: 'fl', line: true, dashed: true },
  ],
};

describe('an arrow from the analytical side back into the operational source costs points', () => {
  it('ride-hailing: the warehouse writes driver scores into the trip database (interviewer: about 20 below the same design without it)', () => {
    const clean = grade('ride-hailing', rides);
    const looped = grade('ride-hailing', withArrow(rides, { from: 'wh', to: 'trips', label: 'write driver scores', via: [[5.5, 2.8], [0, 2.8]] }));
    expect(codes(clean)).not.toContain('diagram.antipattern.writes-into-source');
    expect(codes(looped)).toContain('diagram.antipattern.writes-into-source');
    const finding = looped.findings.find((f) => f.code === 'diagram.antipattern.writes-into-source')!;
    expect(finding.message).toContain('"Snowflake" → "trips Postgres" ("write driver scores")');
    expect(clean.score - looped.score).toBeGreaterThanOrEqual(15);
  });

  it('ride-hailing: a batch job downstream of the lake updating the trip database is the same loop', () => {
    const looped = grade('ride-hailing', withArrow(rides, { from: 'spark', to: 'trips', label: 'backfill fares', via: [[4.5, 2.6], [0.5, 2.6]] }));
    expect(codes(looped)).toContain('diagram.antipattern.writes-into-source');
  });

  it('no loop when the arrow is a line without heads (no direction is said)', () => {
    const graph = graphOf(withArrow(rides, { from: 'wh', to: 'trips', line: true, via: [[5.5, 2.8], [0, 2.8]] }));
    expect(sourceLoops(graph)).toEqual([]);
  });
});

describe('legitimate feedback paths are not loops into the source', () => {
  it('a reverse-ETL tool from the warehouse into a CRM that is not the source', () => {
    const spec = withArrow(withArrow(rides, { from: 'wh', to: 'rev', label: 'segments' }, { id: 'rev', label: 'Hightouch', col: 6, row: 2 }), { from: 'rev', to: 'crm' }, { id: 'crm', label: 'Salesforce CRM', col: 7, row: 2 });
    expect(sourceLoops(graphOf(spec))).toEqual([]);
    expect(codes(grade('ride-hailing', spec))).not.toContain('diagram.antipattern.writes-into-source');
  });

  it('a stream job writing a serving database that nothing upstream reads (the census database)', () => {
    const spec: SceneSpec = {
      boxes: [
        { id: 'ie', label: 'interface engine', col: 0, row: 0 },
        { id: 'k', label: 'Kafka (3 brokers)', col: 1, row: 0 },
        { id: 'ss', label: 'Spark streaming', col: 2, row: 0 },
        { id: 'db', label: 'census Postgres', col: 3, row: 0 },
        { id: 'board', label: 'bed board', col: 4, row: 0 },
        { id: 's3', label: 'S3 raw', col: 2, row: 1 },
      ],
      arrows: [{ from: 'ie', to: 'k' }, { from: 'k', to: 'ss' }, { from: 'ss', to: 'db' }, { from: 'db', to: 'board' }, { from: 'k', to: 's3' }, { from: 's3', to: 'ss', label: 'replay' }],
    };
    expect(sourceLoops(graphOf(spec))).toEqual([]);
  });

  it('features computed from the stream into an online store and a cache the app reads', () => {
    const spec = withArrow(rides, { from: 'fl', to: 'fs', label: 'features' }, { id: 'fs', label: 'DynamoDB online features', col: 4, row: -1 });
    expect(sourceLoops(graphOf(spec))).toEqual([]);
  });

  it('the CDC connector reading the source is not a write back into it', () => {
    const spec = withArrow(rides, { from: 'cdc', to: 'trips', label: 'snapshot', dashed: true });
    expect(sourceLoops(graphOf(spec))).toEqual([]);
  });
});
