import { describe, expect, it } from 'vitest';
import type { SceneSpec } from '../../golden/diagram/draw-lib';
import { namesContentStore } from '@/lib/text/content-store-label';
import { withStoresByPlace } from '@/lib/diagram/store-by-place';
import { edge, flowFinding, grade, graph, kindsBox } from './fixtures';

// Kind: a store named by its content rather than a product ("stock table", "supply store", "readings table") was an
// unknown box, so a live flow drawn into it ended nowhere. A store named by its content that a job writes is the store
// its place says: a stream job's is the low-latency serving store, a batch job's a curated table. Drawings and wording
// of their own (not the golden scenes); the interviewer's score is in each title.

describe('labels that name a store by its content', () => {
  it('reads "<content> store/table/state" as a store', () => {
    expect(namesContentStore('stock table')).toBe(true);
    expect(namesContentStore('per-cell supply store (< 30 s)')).toBe(true);
    expect(namesContentStore('machine state')).toBe(true);
  });

  it('a bare store noun, or a store noun that is not the head, names no content', () => {
    expect(namesContentStore('table')).toBe(false);
    expect(namesContentStore('the store')).toBe(false);
    expect(namesContentStore('table loader job')).toBe(false);
  });
});

describe('a content-named store by its place', () => {
  it('is a serving store when a stream job writes it, a curated table when a batch job does', () => {
    const g = graph(
      [
        kindsBox('fl', 'flink', 'Flink'),
        kindsBox('st', 'unknown', 'stock table'),
        kindsBox('api', 'serving_api', 'stock API'),
        kindsBox('sp', 'spark_batch', 'Spark nightly'),
        kindsBox('rev', 'unknown', 'revenue tables'),
        kindsBox('bi', 'bi_dashboard', 'Looker'),
      ],
      [edge('fl', 'st'), edge('st', 'api'), edge('sp', 'rev'), edge('rev', 'bi')],
    );
    const kinds = Object.fromEntries(withStoresByPlace(g).components.map((component) => [component.id, component.kinds]));
    expect(kinds.st).toEqual(['nosql_database']);
    expect(kinds.rev).toEqual(['gold_layer']);
  });

  it('a relational table named by its content that a stream job keeps current also serves lookups', () => {
    const g = graph(
      [kindsBox('fl', 'flink', 'Flink'), kindsBox('st', 'oltp_database', 'stock levels table (MySQL)'), kindsBox('bi', 'bi_dashboard', 'ops board')],
      [edge('fl', 'st'), edge('st', 'bi')],
    );
    expect(withStoresByPlace(g).components.find((component) => component.id === 'st')?.kinds).toEqual(['oltp_database', 'nosql_database']);
    // The shop's own database, named by no content and written by no stream job, stays what it is.
    const source = graph([kindsBox('db', 'oltp_database', 'orders MySQL'), kindsBox('cdc', 'cdc', 'Debezium')], [edge('db', 'cdc')]);
    expect(withStoresByPlace(source)).toBe(source);
  });

  it('stays unknown when nothing reads it', () => {
    const g = graph([kindsBox('fl', 'flink', 'Flink'), kindsBox('st', 'unknown', 'stock table')], [edge('fl', 'st')]);
    expect(withStoresByPlace(g)).toBe(g);
  });

  it('stays unknown when no job writes it', () => {
    const g = graph([kindsBox('app', 'app_service', 'checkout service'), kindsBox('st', 'unknown', 'orders table')], [edge('st', 'app')]);
    expect(withStoresByPlace(g)).toBe(g);
  });
});

/** Ride-hailing, right and complete, with the surge store named by what it holds. */
function ride(store: string): SceneSpec {
  return {
    boxes: [
      { id: 'apps', label: 'Driver + rider apps', col: 0, row: 0 },
      { id: 'k', label: 'Kafka (pings, requests)', col: 1, row: 0 },
      { id: 'fl', label: 'Flink surge per H3 cell (event time)', col: 2, row: 0 },
      { id: 'st', label: store, col: 3, row: 0 },
      { id: 'api', label: 'Pricing API', col: 4, row: 0 },
      { id: 'db', label: 'Trips MySQL', col: 0, row: 2 },
      { id: 'cdc', label: 'Debezium', col: 1, row: 2 },
      { id: 'lake', label: 'GCS raw (Iceberg)', col: 2, row: 1 },
      { id: 'job', label: 'Spark nightly earnings job', col: 3, row: 1 },
      { id: 'wh', label: 'BigQuery marts', col: 4, row: 1 },
      { id: 'bi', label: 'Looker finance dashboards', col: 5, row: 1 },
      { id: 'sched', label: 'Airflow', col: 3, row: 2 },
      { id: 'dlq', label: 'DLQ topic', col: 2, row: 2 },
    ],
    arrows: [
      { from: 'apps', to: 'k' },
      { from: 'k', to: 'fl' },
      { from: 'fl', to: 'st' },
      { from: 'st', to: 'api' },
      { from: 'db', to: 'cdc' },
      { from: 'cdc', to: 'k' },
      { from: 'k', to: 'lake' },
      { from: 'lake', to: 'job' },
      { from: 'job', to: 'wh' },
      { from: 'wh', to: 'bi' },
      { from: 'sched', to: 'job', dashed: true },
      { from: 'fl', to: 'dlq', dashed: true },
    ],
  };
}

describe('a live path into a store named by its content', () => {
  it('"Flink -> supply/demand table -> Pricing API" draws the location path (interviewer: 85)', () => {
    const result = grade('ride-hailing', ride('supply/demand table (per cell)'));
    expect(flowFinding(result, 'location-path').severity).toBe('good');
  });

  it('a MySQL table named by its content is the live store too (interviewer: 85)', () => {
    const result = grade('ride-hailing', ride('cell supply table (MySQL)'));
    expect(flowFinding(result, 'location-path').severity).toBe('good');
  });

  it('a box named by no content ("box 4") does not (interviewer: 70)', () => {
    const result = grade('ride-hailing', ride('box 4'));
    expect(flowFinding(result, 'location-path').severity).not.toBe('good');
  });
});
