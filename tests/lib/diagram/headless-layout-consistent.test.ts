import { describe, expect, it } from 'vitest';
import { readLayoutDirection } from '@/lib/diagram/headless-layout';
import type { ArrowSpec, SceneSpec } from '../../golden/diagram/draw-lib';
import { grade, graphOf } from './fixtures';

// No connector has an arrowhead, but the drawing runs one way along one axis and every line follows the
// data: an interviewer reads the direction as drawn and grades a little below arrows. A layout with a
// line against the data order, or one that reads no design, keeps the larger deduction.

const lines = (spec: SceneSpec): SceneSpec => ({ ...spec, arrows: (spec.arrows ?? []).map((arrow): ArrowSpec => ({ ...arrow, line: true })) });

/** E-commerce drawn left to right: shop and clicks on the left, dashboards on the right. */
const ecomLeftToRight: SceneSpec = {
  boxes: [
    { id: 'shop', label: 'shop Postgres', col: 0, row: 0 },
    { id: 'dbz', label: 'Debezium', col: 1, row: 0 },
    { id: 'clicks', label: 'clickstream SDK', col: 1, row: 1 },
    { id: 'k', label: 'Kafka (3 brokers)', col: 2, row: 0 },
    { id: 'reg', label: 'schema registry', col: 2, row: 1.2 },
    { id: 'ss', label: 'Spark Structured Streaming', col: 3, row: 0 },
    { id: 'redis', label: 'Redis stock', col: 4, row: 0 },
    { id: 'ops', label: 'ops stock board', col: 5, row: 0 },
    { id: 'delta', label: 'S3 Delta bronze', col: 4, row: 1 },
    { id: 'csv', label: 'partner CSV drop', col: 2, row: 2 },
    { id: 'dbt', label: 'dbt nightly', col: 5, row: 2 },
    { id: 'snow', label: 'Snowflake', col: 6, row: 2 },
    { id: 'bi', label: 'Tableau', col: 7, row: 2 },
    { id: 'af', label: 'Airflow', col: 5, row: 3 },
    { id: 'dlq', label: 'dead letter topic', col: 4, row: -1 },
    { id: 'mon', label: 'Datadog', col: 7, row: 0 },
  ],
  arrows: [
    { from: 'shop', to: 'dbz' },
    { from: 'dbz', to: 'k' },
    { from: 'clicks', to: 'k' },
    { from: 'k', to: 'ss' },
    { from: 'ss', to: 'redis' },
    { from: 'redis', to: 'ops' },
    { from: 'ss', to: 'delta' },
    { from: 'ss', to: 'dlq' },
    { from: 'csv', to: 'delta' },
    { from: 'delta', to: 'dbt' },
    { from: 'dbt', to: 'snow' },
    { from: 'snow', to: 'bi' },
    { from: 'af', to: 'dbt', dashed: true },
    { from: 'ops', to: 'mon', dashed: true },
    { from: 'k', to: 'reg', dashed: true },
  ],
};

describe('plain lines in a layout that leaves no doubt', () => {
  it('an e-commerce design drawn left to right with plain lines scores a little below the same drawing with arrows', () => {
    const arrowed = grade('ecommerce-data-platform', ecomLeftToRight);
    const plain = grade('ecommerce-data-platform', lines(ecomLeftToRight));
    expect(readLayoutDirection(graphOf(lines(ecomLeftToRight)))?.consistent).toBe(true);
    expect(plain.findings.some((f) => f.code === 'diagram.layout-direction')).toBe(true);
    expect(plain.score).toBeLessThan(arrowed.score);
    expect(plain.score).toBeGreaterThanOrEqual(Math.round(arrowed.score * 0.8));
  });

  it('the same boxes with the ops board drawn left of the store it reads are read with doubt: the larger deduction', () => {
    const spec = lines(ecomLeftToRight);
    // The ops board now sits left of Redis, so the layout reads the line as board -> Redis: a dashboard feeding a store.
    spec.boxes = spec.boxes.map((box) => (box.id === 'ops' ? { ...box, col: 2.8, row: -1.2 } : box));
    const reading = readLayoutDirection(graphOf(spec));
    expect(reading?.consistent ?? false).toBe(false);
    const clear = grade('ecommerce-data-platform', lines(ecomLeftToRight));
    const doubtful = grade('ecommerce-data-platform', spec);
    expect(doubtful.score).toBeLessThan(clear.score - 5);
  });

  it('a box left off the lines leaves doubt: the layout is not consistent', () => {
    const spec = lines(ecomLeftToRight);
    spec.arrows = spec.arrows!.filter((arrow) => arrow.to !== 'reg');
    expect(readLayoutDirection(graphOf(spec))?.consistent).toBe(false);
  });

  it('a layout with many lines between boxes level on its axis is not consistent', () => {
    const stacked: SceneSpec = {
      boxes: [
        { id: 'a', label: 'orders API', col: 0, row: 0 },
        { id: 'k', label: 'Kafka', col: 1, row: 0 },
        { id: 'f', label: 'Flink', col: 1, row: 1 },
        { id: 'r', label: 'Redis', col: 1, row: 2 },
        { id: 's3', label: 'S3', col: 2, row: 0 },
        { id: 'g', label: 'Grafana', col: 2, row: 2 },
      ],
      arrows: [
        { from: 'a', to: 'k', line: true },
        { from: 'k', to: 'f', line: true },
        { from: 'f', to: 'r', line: true },
        { from: 'k', to: 's3', line: true },
        { from: 'r', to: 'g', line: true },
      ],
    };
    const reading = readLayoutDirection(graphOf(stacked));
    expect(reading).toBeDefined();
    expect(reading!.consistent).toBe(false);
  });
});
