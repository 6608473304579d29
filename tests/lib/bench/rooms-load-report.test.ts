import { describe, expect, it } from 'vitest';
import { formatRoomsLoadReport, isLoopbackUrl, summarizeLatencies, summarizeRoomsLoad } from '@/lib/bench/rooms-load-report';
import type { RoomsLoadTally } from '@/lib/bench/rooms-load-report';

const tally = (overrides: Partial<RoomsLoadTally> = {}): RoomsLoadTally => ({
  rooms: 4,
  clientsPerRoom: 3,
  seconds: 10,
  instances: 2,
  canvasMs: [],
  replyMs: [],
  sent: 0,
  acked: 0,
  errors: [],
  rowsByTable: {},
  ...overrides,
});

describe('rooms load report', () => {
  it('takes nearest-rank percentiles of the samples, whatever their order', () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(summarizeLatencies(samples)).toEqual({ p50_ms: 50, p95_ms: 95, n: 100 });
    expect(summarizeLatencies([])).toEqual({ p50_ms: 0, p95_ms: 0, n: 0 });
    expect(summarizeLatencies([7.12345])).toEqual({ p50_ms: 7.123, p95_ms: 7.123, n: 1 });
  });

  it('pools both directions for the headline and keeps each direction apart', () => {
    const report = summarizeRoomsLoad(tally({ canvasMs: [10, 20, 30, 40], replyMs: [100, 200] }));
    expect(report.fanout.canvas).toEqual({ p50_ms: 20, p95_ms: 40, n: 4 });
    expect(report.fanout.replies).toEqual({ p50_ms: 100, p95_ms: 200, n: 2 });
    expect(report.fanout).toMatchObject({ p50_ms: 30, p95_ms: 200, n: 6 });
  });

  it('counts errors by kind, keeps the first five as examples, and divides rows by rooms', () => {
    const errors = [
      ...Array.from({ length: 6 }, (_, index) => ({ kind: 'missed' as const, detail: `edit ${index}` })),
      { kind: 'refused' as const, detail: 'conflict' },
    ];
    const report = summarizeRoomsLoad(tally({ errors, rowsByTable: { rooms: 4, room_events: 250, room_tokens: 12 } }));
    expect(report.errors.total).toBe(7);
    expect(report.errors.byKind).toEqual({ connect: 0, 'socket-error': 0, refused: 1, unacked: 0, 'out-of-order': 0, missed: 6 });
    expect(report.errors.examples).toEqual(['missed: edit 0', 'missed: edit 1', 'missed: edit 2', 'missed: edit 3', 'missed: edit 4']);
    expect(report.database.rowsPerRoom).toEqual({ room_events: 62.5, room_tokens: 3, rooms: 1, total: 66.5 });
    const text = formatRoomsLoadReport(report);
    expect(text).toContain('errors: 7 (refused 1, missed 6)');
    expect(text).toContain('database rows per room: room_events 62.5, room_tokens 3, rooms 1, total 66.5');
    expect(text).toContain('4 rooms x 3 clients on 2 instances for 10 s');
  });

  it('reports no rows per room rather than dividing by zero rooms', () => {
    expect(summarizeRoomsLoad(tally({ rooms: 0, rowsByTable: { rooms: 0 } })).database.rowsPerRoom).toEqual({ rooms: 0, total: 0 });
  });

  it('accepts only targets on this machine', () => {
    for (const url of ['http://127.0.0.1:3000', 'http://localhost:3000', 'http://[::1]:3000', 'http://127.8.9.10', 'postgres://postgres@127.0.0.1:5432/db', 'postgres:///rooms', 'postgresql://u@localhost/db?host=/var/run/postgresql', 'postgres:///rooms?host=/tmp']) {
      expect(isLoopbackUrl(url), url).toBe(true);
    }
    for (const url of ['http://10.0.0.5:3000', 'http://example.com', 'http://127.0.0.1.example.com', 'http://128.0.0.1', 'postgres://u@db.internal/rooms', 'postgres://u@127.0.0.1/db?host=db.internal', 'not a url', 'http:///nohost', 'http://0.0.0.0:3000']) {
      expect(isLoopbackUrl(url), url).toBe(false);
    }
  });
});
