import { describe, expect, it } from 'vitest';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { flowFinding, grade, graphOf } from './fixtures';

// How a right diagram is drawn is style, not design: named ellipses and diamonds are components, freehand
// scribbles over it are emphasis, and every arrow traced twice is one connection. Each drawing here is
// this file's own (card payments), graded against the plain-rectangle version of itself.

const BOXES: SceneSpec['boxes'] = [
  { id: 'sw', label: 'Card switch (ISO 8583)', col: 0, row: 0 },
  { id: 'api', label: 'Fraud scoring service', col: 1, row: 0 },
  { id: 'feat', label: 'Redis online features', col: 2, row: 0 },
  { id: 'k', label: 'Kafka cluster (RF 3)', col: 1, row: 1 },
  { id: 'fl', label: 'Flink velocity job', col: 2, row: 1 },
  { id: 'led', label: 'Ledger Postgres', col: 0, row: 2 },
  { id: 'cdc', label: 'Debezium', col: 1, row: 2 },
  { id: 'lake', label: 'S3 + Iceberg records', col: 2, row: 2 },
  { id: 'clr', label: 'Clearing files (SFTP)', col: 0, row: 3 },
  { id: 'rec', label: 'Spark reconciliation', col: 1, row: 3 },
  { id: 'wh', label: 'Snowflake finance', col: 2, row: 3 },
  { id: 'bi', label: 'Finance dashboards', col: 3, row: 3 },
  { id: 'af', label: 'Airflow', col: 1, row: 4 },
  { id: 'sr', label: 'Schema registry', col: 0, row: 1 },
  { id: 'dlq', label: 'DLQ', col: 3, row: 1 },
  { id: 'mon', label: 'Prometheus alerting', col: 3, row: 2 },
];

const ARROWS: SceneSpec['arrows'] = [
  { from: 'sw', to: 'api' }, { from: 'api', to: 'feat' }, { from: 'sw', to: 'k' }, { from: 'k', to: 'fl' }, { from: 'fl', to: 'feat' },
  { from: 'sw', to: 'led' }, { from: 'led', to: 'cdc' }, { from: 'cdc', to: 'k' }, { from: 'k', to: 'lake' }, { from: 'clr', to: 'rec' },
  { from: 'lake', to: 'rec' }, { from: 'rec', to: 'wh' }, { from: 'wh', to: 'bi' }, { from: 'af', to: 'rec', dashed: true },
  { from: 'sr', to: 'k', dashed: true }, { from: 'fl', to: 'dlq', dashed: true }, { from: 'fl', to: 'mon', dashed: true },
];

const PLAIN: SceneSpec = { boxes: BOXES, arrows: ARROWS };

describe('the plain drawing', () => {
  it('is a strong diagram, so the drawings compared with it are too', () => {
    expect(grade('card-payments', PLAIN).score).toBeGreaterThanOrEqual(85);
  });
});

describe('the shape of a named box does not matter', () => {
  it('reads named ellipses and diamonds as the components their labels name', () => {
    const shaped: SceneSpec = {
      boxes: BOXES.map((box, i) => ({ ...box, shape: i % 3 === 0 ? 'ellipse' : i % 3 === 1 ? 'diamond' : 'rectangle' })),
      arrows: ARROWS,
    };
    const graph = graphOf(shaped);
    expect(graph.components).toHaveLength(BOXES.length);
    expect(graph.components.find((c) => c.label.startsWith('Kafka'))?.kinds).toContain('kafka');
    expect(graph.components.find((c) => c.label.startsWith('Ledger'))?.kinds).toContain('oltp_database');
    expect(grade('card-payments', shaped).score).toBe(grade('card-payments', PLAIN).score);
  });
});

describe('freehand scribbles over a right diagram', () => {
  it('neither hide nor add parts: an underline, a ring round a box and a squiggle leave the grade as it was', () => {
    const scribbled: SceneSpec = {
      ...PLAIN,
      scribbles: [
        { col: 1, row: 0, points: [[0, 78], [90, 82], [185, 76]] },
        { col: 2, row: 1, points: [[-18, -12], [95, -22], [212, -4], [220, 58], [110, 88], [-6, 84], [-24, 32], [-16, -8]] },
        { col: 3, row: 2, points: [[10, 92], [28, 104], [44, 90], [60, 106], [76, 92]] },
        { col: 0, row: 1, points: [[-20, -14], [205, -16], [210, 80], [-18, 84], [-22, -10]] },
      ],
    };
    const graph = graphOf(scribbled);
    expect(graph.components).toHaveLength(BOXES.length);
    expect(grade('card-payments', scribbled).score).toBe(grade('card-payments', PLAIN).score);
  });
});

describe('an arrow traced twice', () => {
  it('is one connection: the doubled drawing grades as the single one', () => {
    const doubled: SceneSpec = { boxes: BOXES, arrows: (ARROWS ?? []).flatMap((arrow) => [arrow, { ...arrow }]) };
    expect(graphOf(doubled).edges).toHaveLength(ARROWS!.length);
    const result = grade('card-payments', doubled);
    expect(result.score).toBe(grade('card-payments', PLAIN).score);
    expect(flowFinding(result, 'serving-path').severity).toBe('good');
  });
});
