import { describe, expect, it } from 'vitest';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { codes, flowFinding, grade } from './fixtures';

// A store whose label also names the dashboards it feeds ("Redshift + finance dashboards", "Gold tables
// (ops dashboards)") is the end of the serving path drawn in one box: an interviewer reads the store and
// its readers, so the flow from that store to the dashboards is drawn. Written for this kind, with
// drawings and wording of their own (not the golden scenes).

/** Ride-hailing, right and complete, with the warehouse and its dashboards in one box at the end. */
function ride(last: string, fedByBatch = true): SceneSpec {
  return {
    boxes: [
      { id: 'apps', label: 'Rider & driver apps', col: 0, row: 0 },
      { id: 'k', label: 'Kafka, 3 brokers', col: 1, row: 0 },
      { id: 'fl', label: 'Flink surge per H3 cell', col: 2, row: 0 },
      { id: 'redis', label: 'Redis live state', col: 3, row: 0 },
      { id: 'api', label: 'Pricing API', col: 4, row: 0 },
      { id: 'db', label: 'Trips MySQL', col: 0, row: 2 },
      { id: 'cdc', label: 'Debezium', col: 1, row: 2 },
      { id: 'lake', label: 'GCS Iceberg raw', col: 2, row: 1 },
      { id: 'job', label: 'Dataproc nightly job', col: 3, row: 1 },
      { id: 'end', label: last, col: 4, row: 1 },
      { id: 'sched', label: 'Cloud Composer', col: 3, row: 2 },
      { id: 'sr', label: 'Schema registry', col: 1, row: 1 },
      { id: 'dlq', label: 'DLQ + monitoring', col: 2, row: 2 },
    ],
    arrows: [
      { from: 'apps', to: 'k' },
      { from: 'k', to: 'fl' },
      { from: 'fl', to: 'redis' },
      { from: 'redis', to: 'api' },
      { from: 'db', to: 'cdc' },
      { from: 'cdc', to: 'k' },
      { from: 'k', to: 'lake' },
      { from: 'lake', to: 'job' },
      ...(fedByBatch ? [{ from: 'job', to: 'end' }] : []),
      { from: 'sched', to: 'job', dashed: true },
      { from: 'sr', to: 'k', dashed: true },
      { from: 'fl', to: 'dlq', dashed: true },
    ],
  };
}

describe('a store whose label names the dashboards it feeds', () => {
  it('draws the serving path in one box ("Redshift + finance dashboards")', () => {
    const result = grade('ride-hailing', ride('Redshift + finance dashboards'));
    expect(flowFinding(result, 'serving-path').severity).toBe('good');
    expect(result.score).toBeGreaterThanOrEqual(85);
  });

  it('reads the readers from a note on the store ("BigQuery (ops + finance dashboards)")', () => {
    const result = grade('ride-hailing', ride('BigQuery (ops + finance dashboards)'));
    expect(flowFinding(result, 'serving-path').severity).toBe('good');
  });

  it('earns nothing for the serving path when no arrow brings the store its data', () => {
    const result = grade('ride-hailing', ride('Redshift + finance dashboards', false));
    expect(flowFinding(result, 'serving-path').severity).not.toBe('good');
  });

  it('earns nothing for a store that names no reader', () => {
    const result = grade('ride-hailing', ride('Redshift (finance, 07:00)'));
    expect(flowFinding(result, 'serving-path').severity).not.toBe('good');
  });
});

describe('a schema registry named in a note on the stream', () => {
  it('is schema management ("Kafka (+ schema registry)")', () => {
    const spec = ride('Redshift + finance dashboards');
    const withNote: SceneSpec = {
      boxes: spec.boxes.filter((box) => box.id !== 'sr').map((box) => (box.id === 'k' ? { ...box, label: 'MSK, 3 brokers\n(+ schema registry)' } : box)),
      arrows: (spec.arrows ?? []).filter((arrow) => arrow.from !== 'sr'),
    };
    expect(codes(grade('ride-hailing', withNote))).not.toContain('diagram.antipattern.no-schema-management');
    const without: SceneSpec = { ...withNote, boxes: withNote.boxes.map((box) => (box.id === 'k' ? { ...box, label: 'MSK, 3 brokers' } : box)) };
    expect(codes(grade('ride-hailing', without))).toContain('diagram.antipattern.no-schema-management');
  });
});
