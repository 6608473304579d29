import { describe, expect, it } from 'vitest';
import { reachesReader } from '@/lib/diagram/unread-output';
import { codes, grade, graphOf } from './fixtures';

// A serving API drawn calling the store it reads (the request's direction, as on a synchronous path) is a
// reader: the diagram is served. An API that only writes into the source database reads nothing.

const rideBoxes = [
  { id: 'app', label: 'Driver app (GPS pings)', col: 0, row: 0 },
  { id: 'gw', label: 'Ingest gateway', col: 1, row: 0 },
  { id: 'k', label: 'Kafka', col: 2, row: 0 },
  { id: 'sr', label: 'Schema registry', col: 2, row: 2 },
  { id: 'fl', label: 'Flink surge per zone', col: 3, row: 0 },
  { id: 'r', label: 'Redis surge multipliers', col: 4, row: 0 },
  { id: 'pg', label: 'Trips Postgres', col: 0, row: 1 },
  { id: 'dbz', label: 'Debezium CDC', col: 1, row: 1 },
  { id: 's3', label: 'S3 raw pings', col: 3, row: 1 },
  { id: 'sp', label: 'Spark batch', col: 4, row: 1 },
  { id: 'wh', label: 'Snowflake', col: 5, row: 1 },
  { id: 'af', label: 'Airflow', col: 4, row: 2 },
  { id: 'dlq', label: 'DLQ', col: 3, row: 2 },
  { id: 'mon', label: 'Prometheus alerts', col: 5, row: 2 },
];
const rideArrows = [
  { from: 'app', to: 'gw' }, { from: 'gw', to: 'k' }, { from: 'pg', to: 'dbz' }, { from: 'dbz', to: 'k' }, { from: 'sr', to: 'k' },
  { from: 'k', to: 'fl' }, { from: 'fl', to: 'r' }, { from: 'k', to: 's3' }, { from: 's3', to: 'sp' }, { from: 'sp', to: 'wh' },
  { from: 'af', to: 'sp' }, { from: 'fl', to: 'dlq' }, { from: 'fl', to: 'mon' },
];

describe('a serving API drawn calling the store it reads', () => {
  it('ride-hailing: "pricing API -> Redis surge" in call direction serves the surge (interviewer: served, no cap)', () => {
    const result = grade('ride-hailing', {
      boxes: [...rideBoxes, { id: 'api', label: 'Pricing API', col: 5, row: 0 }],
      arrows: [...rideArrows, { from: 'api', to: 'r', color: '#e03131' }],
    });
    expect(codes(result)).not.toContain('diagram.unserved');
  });

  it('ride-hailing: the same pipeline with nothing reading it reaches no reader', () => {
    expect(reachesReader(graphOf({ boxes: rideBoxes, arrows: rideArrows }), new Set())).toBe(false);
    const served = graphOf({ boxes: [...rideBoxes, { id: 'api', label: 'Pricing API', col: 5, row: 0 }], arrows: [...rideArrows, { from: 'api', to: 'r' }] });
    expect(reachesReader(served, new Set())).toBe(true);
  });

  it('ride-hailing: an API that only writes into the trips database reads nothing the pipeline keeps', () => {
    const graph = graphOf({ boxes: [...rideBoxes, { id: 'api', label: 'Trip API', col: 0, row: 2 }], arrows: [...rideArrows, { from: 'api', to: 'pg' }] });
    expect(reachesReader(graph, new Set())).toBe(false);
  });
});
