import { describe, expect, it } from 'vitest';
import { readLabelStatus } from '@/lib/canvas/label-status';
import type { ArrowSpec, BoxSpec, SceneSpec } from '../../golden/diagram/draw-lib';
import { grade } from './fixtures';

// Kinds of fault from the round-9 blind diagrams, each with drawings of its own (the bounds were set
// before the engine graded them): notes made of several markers, a system of record drawn as a plain
// box, one line among arrows, a frame of unconnected tools, and a diagram of another business.

const finding = (result: ReturnType<typeof grade>, code: string) => result.findings.find((f) => f.code === code);

describe('a note made of several markers sets the box aside', () => {
  it('reads "later, maybe", "skip for now", "v2, if time" and fillers inside a marker ("to be decided")', () => {
    expect(readLabelStatus('Redis (later, maybe)').marker).toBe('deferred');
    expect(readLabelStatus('Debezium - skip for now').marker).toBe('removed');
    expect(readLabelStatus('Kafka (v2, if time)').marker).toBe('deferred');
    expect(readLabelStatus('Druid: to be decided').marker).toBe('placeholder');
    expect(readLabelStatus('Iceberg (on the roadmap)').marker).toBe('deferred');
  });

  it('leaves notes that say something else alone', () => {
    expect(readLabelStatus('Spark (hourly rollups)').marker).toBeUndefined();
    expect(readLabelStatus('Kafka (v2 API, 12 partitions)').marker).toBeUndefined();
    expect(readLabelStatus('Late events topic').marker).toBeUndefined();
  });

  it('e-commerce: a stream path whose every box is put off scores as the nightly batch it leaves (interviewer: same as without it)', () => {
    const batch: BoxSpec[] = [
      { id: 'pg', label: 'Orders Postgres', col: 0, row: 2 },
      { id: 'sb', label: 'Spark batch (nightly)', col: 1, row: 2 },
      { id: 'wh', label: 'Snowflake', col: 2, row: 2 },
      { id: 'bi', label: 'Looker', col: 3, row: 2 },
    ];
    const batchArrows: ArrowSpec[] = [
      { from: 'pg', to: 'sb' },
      { from: 'sb', to: 'wh' },
      { from: 'wh', to: 'bi' },
    ];
    const without = grade('ecommerce-data-platform', { boxes: batch, arrows: batchArrows });
    const putOff = grade('ecommerce-data-platform', {
      boxes: [
        ...batch,
        { id: 'web', label: 'Web clickstream', col: 0, row: 0 },
        { id: 'dbz', label: 'Debezium - skip for now', col: 1, row: 1 },
        { id: 'k', label: 'Kafka (v2, if time)', col: 1, row: 0 },
        { id: 'ss', label: 'Spark Streaming (later, maybe)', col: 2, row: 0 },
        { id: 'r', label: 'Redis stock: to be decided', col: 3, row: 0 },
      ],
      arrows: [...batchArrows, { from: 'web', to: 'k' }, { from: 'pg', to: 'dbz' }, { from: 'dbz', to: 'k' }, { from: 'k', to: 'ss' }, { from: 'ss', to: 'r' }],
    });
    expect(putOff.findings.filter((f) => f.code.startsWith('diagram.set-aside.'))).toHaveLength(4);
    expect(Math.abs(putOff.score - without.score)).toBeLessThanOrEqual(5);
    expect(putOff.score).toBeLessThanOrEqual(35);
  });
});

describe('a system of record drawn as a plain box is its operational database', () => {
  it('IoT: "MES" joined by Spark into the silver layer draws the MES path', () => {
    const result = grade('iot-telemetry', {
      boxes: [
        { id: 'mes', label: 'MES', col: 0, row: 0 },
        { id: 'sb', label: 'Spark nightly OEE job', col: 1, row: 0 },
        { id: 'silver', label: 'Iceberg silver tables', col: 2, row: 0 },
      ],
      arrows: [
        { from: 'mes', to: 'sb' },
        { from: 'sb', to: 'silver' },
      ],
    });
    expect(finding(result, 'diagram.flow.mes-path')?.severity).toBe('good');
  });
});

describe('one line among arrows is read the only way data could go', () => {
  const ledgerToLake = (lines: ('dbz' | 's3')[]): SceneSpec => ({
    boxes: [
      { id: 'ledger', label: 'Ledger (Postgres)', col: 0, row: 0 },
      { id: 'dbz', label: 'Debezium', col: 1, row: 0 },
      { id: 'k', label: 'Kafka', col: 2, row: 0 },
      { id: 's3', label: 'S3 archive (7 years)', col: 3, row: 0 },
      { id: 'sb', label: 'Spark batch', col: 4, row: 0 },
      { id: 'af', label: 'Airflow', col: 4, row: 1 },
    ],
    arrows: [
      { from: 'ledger', to: 'dbz', ...(lines.includes('dbz') ? { heads: 'none' as const } : {}) },
      { from: 'dbz', to: 'k' },
      { from: 'k', to: 's3', ...(lines.includes('s3') ? { heads: 'none' as const } : {}) },
      { from: 's3', to: 'sb' },
      { from: 'af', to: 'sb', line: true },
    ],
  });

  it('cards: ledger -> Debezium -> Kafka — S3 (the line can only run into the archive) earns the whole flow', () => {
    const result = grade('card-payments', ledgerToLake(['s3']));
    const flow = finding(result, 'diagram.flow.ledger-to-lake');
    expect(flow?.severity).toBe('good');
    expect(flow?.message).toMatch(/read the only way data could go/);
  });

  it('cards: a line data could cross either way (ledger — Debezium) still earns half, and so do two lines', () => {
    const either = finding(grade('card-payments', ledgerToLake(['dbz'])), 'diagram.flow.ledger-to-lake');
    expect(either?.severity).toBe('missing');
    const two = finding(grade('card-payments', ledgerToLake(['dbz', 's3'])), 'diagram.flow.ledger-to-lake');
    expect(two?.severity).toBe('missing');
  });

  it('cards: a scheduler joined to its job by a line is wired (it carries no data for an arrowhead to direct)', () => {
    const result = grade('card-payments', ledgerToLake(['s3']));
    expect(finding(result, 'diagram.component.orchestration')?.severity).toBe('good');
    expect(finding(result, 'diagram.component.orchestration.direction')).toBeUndefined();
  });
});

describe('a frame of unconnected tools is a list, not a platform', () => {
  const tools: BoxSpec[] = [
    { id: 'gw', label: 'API gateway', col: 1, row: 0, frame: 'p' },
    { id: 'k', label: 'Kafka', col: 2, row: 0, frame: 'p' },
    { id: 'f', label: 'Flink', col: 3, row: 0, frame: 'p' },
    { id: 'r', label: 'Redis', col: 1, row: 1, frame: 'p' },
    { id: 's3', label: 'S3 lake', col: 2, row: 1, frame: 'p' },
    { id: 'af', label: 'Airflow', col: 3, row: 1, frame: 'p' },
  ];
  const outside: BoxSpec[] = [
    { id: 'app', label: 'Driver app', col: 0, row: 0 },
    { id: 'price', label: 'Pricing service', col: 5, row: 0 },
  ];
  const group = { id: 'p', title: 'Our platform', style: 'frame' as const, col: 1, row: 0, cols: 3, rows: 2 };

  it('ride-hailing: arrows only into and out of "Our platform" earn no flow (interviewer: at most 15)', () => {
    const result = grade('ride-hailing', {
      groups: [group],
      boxes: [...tools, ...outside],
      arrows: [
        { from: 'app', to: 'p' },
        { from: 'p', to: 'price' },
      ],
    });
    expect(result.score).toBeLessThanOrEqual(15);
    expect(finding(result, 'diagram.black-box-frame')?.message).toMatch(/"Our platform" holds 6 parts/);
    expect(result.findings.filter((f) => f.code.startsWith('diagram.flow.') && f.severity === 'good')).toEqual([]);
  });

  it('ride-hailing: the same frame with the surge path drawn inside is a design, not a list', () => {
    const result = grade('ride-hailing', {
      groups: [group],
      boxes: [...tools, ...outside],
      arrows: [
        { from: 'app', to: 'gw' },
        { from: 'gw', to: 'k' },
        { from: 'k', to: 'f' },
        { from: 'f', to: 'r' },
        { from: 'r', to: 'price' },
      ],
    });
    expect(finding(result, 'diagram.black-box-frame')).toBeUndefined();
    expect(finding(result, 'diagram.flow.location-path')?.severity).toBe('good');
  });

  it('a lane of one stage ("Sources") is parallel parts: its arrows are each part\'s own', () => {
    const result = grade('ecommerce-data-platform', {
      groups: [{ id: 'src', title: 'Sources', style: 'dashed', col: 0, row: 0, cols: 1, rows: 3 }],
      boxes: [
        { id: 'web', label: 'Web clickstream', col: 0, row: 0, frame: 'src' },
        { id: 'pg', label: 'Orders Postgres', col: 0, row: 1, frame: 'src' },
        { id: 'sftp', label: 'Partner SFTP files', col: 0, row: 2, frame: 'src' },
        { id: 'k', label: 'Kafka', col: 2, row: 0 },
      ],
      arrows: [{ from: 'web', to: 'k' }],
    });
    expect(finding(result, 'diagram.black-box-frame')).toBeUndefined();
  });
});

describe('a lane of several stages wired part by part', () => {
  // A lane of parts of several stages where each part has its own arrows in and out is a designed column, not a
  // list of tools; an interviewer reads every flow through it (the IoT reference diagram's Serving column).
  it('iot: a "Serving" frame (alert service, Grafana, BI, ML datasets) fed part by part from outside', () => {
    const result = grade('iot-telemetry', {
      groups: [{ id: 'sv', title: 'Serving', style: 'frame', col: 3, row: 0, cols: 1, rows: 4 }],
      boxes: [
        { id: 'k', label: 'Kafka', col: 0, row: 1 },
        { id: 'f', label: 'Flink (anomalies, 1-min rollups)', col: 1, row: 0 },
        { id: 'ts', label: 'TimescaleDB (raw 30 days)', col: 2, row: 1 },
        { id: 'g', label: 'Gold (hourly rollups, OEE star)', col: 2, row: 2 },
        { id: 's', label: 'Silver (Delta)', col: 2, row: 3 },
        { id: 'al', label: 'Alert service (push, SMS, on-call)', col: 3, row: 0, frame: 'sv' },
        { id: 'live', label: 'Live machine status (Grafana)', col: 3, row: 1, frame: 'sv' },
        { id: 'oee', label: 'OEE dashboards (BI)', col: 3, row: 2, frame: 'sv' },
        { id: 'ml', label: 'Predictive-maintenance datasets', col: 3, row: 3, frame: 'sv' },
      ],
      arrows: [
        { from: 'k', to: 'f' },
        { from: 'f', to: 'al' },
        { from: 'f', to: 'ts' },
        { from: 'ts', to: 'live' },
        { from: 'g', to: 'oee' },
        { from: 's', to: 'ml' },
      ],
    });
    expect(finding(result, 'diagram.black-box-frame')).toBeUndefined();
  });
});

describe('a diagram of another business is graded as one', () => {
  const rides: SceneSpec = {
    boxes: [
      { id: 'app', label: 'Driver + rider apps', col: 0, row: 0 },
      { id: 'gw', label: 'API gateway', col: 1, row: 0 },
      { id: 'k', label: 'Kafka (GPS pings)', col: 2, row: 0 },
      { id: 'f', label: 'Flink surge pricing', col: 3, row: 0 },
      { id: 'r', label: 'Redis surge multipliers', col: 4, row: 0 },
      { id: 'price', label: 'Fare quote service', col: 5, row: 0 },
      { id: 'trips', label: 'Trips Postgres', col: 0, row: 1 },
      { id: 'dbz', label: 'Debezium', col: 1, row: 1 },
      { id: 's3', label: 'S3 lake', col: 3, row: 1 },
      { id: 'wh', label: 'Warehouse', col: 4, row: 1 },
      { id: 'bi', label: 'Driver earnings dashboard', col: 5, row: 1 },
    ],
    arrows: [
      { from: 'app', to: 'gw' },
      { from: 'gw', to: 'k' },
      { from: 'k', to: 'f' },
      { from: 'f', to: 'r' },
      { from: 'r', to: 'price' },
      { from: 'trips', to: 'dbz' },
      { from: 'dbz', to: 'k' },
      { from: 'k', to: 's3' },
      { from: 's3', to: 'wh' },
      { from: 'wh', to: 'bi' },
    ],
  };

  it('healthcare: the ride-hailing surge platform handed in scores at most 10 and says why', () => {
    const result = grade('healthcare-records', rides);
    expect(result.score).toBeLessThanOrEqual(10);
    expect(finding(result, 'diagram.off-case')?.message).toMatch(/written for another case/);
  });

  it('ride-hailing: the same drawing for its own case is not capped', () => {
    const result = grade('ride-hailing', rides);
    expect(finding(result, 'diagram.off-case')).toBeUndefined();
    expect(result.score).toBeGreaterThanOrEqual(60);
  });
});
