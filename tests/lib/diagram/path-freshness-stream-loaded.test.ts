import { describe, expect, it } from 'vitest';
import type { DiagramComponent } from '@/lib/canvas/diagram-graph';
import type { GraphPath } from '@/lib/diagram/find-path';
import { staleHop } from '@/lib/diagram/path-freshness';
import { labelledBox as box } from './fixtures';

// A warehouse a stream job writes into as it goes is loaded continuously: fresh to the minute (a census
// due in two minutes is met), not to the second (a price due in 30 seconds is not). Paths written for
// this file; outcomes decided before running.

function path(...boxes: DiagramComponent[]): { path: GraphPath; byId: Map<string, DiagramComponent> } {
  const edges = boxes.slice(1).map((to, i) => ({ from: boxes[i]!.id, to: to.id, label: '', elementIds: [`e${i}`] }));
  return { path: { componentIds: boxes.map((b) => b.id), edges }, byId: new Map(boxes.map((b) => [b.id, b])) };
}

const kafka = box('k', 'Event hub', 'kafka');
const flink = box('f', 'Bed-state job', 'flink');
const wh = box('w', 'Synapse', 'warehouse');
const board = box('b', 'Ward board', 'bi_dashboard');

describe('a warehouse loaded straight from a stream job', () => {
  it('meets a need of two minutes', () => {
    const { path: p, byId } = path(kafka, flink, wh, board);
    expect(staleHop(p, byId, 120)).toBeUndefined();
  });

  it('does not meet a need of 30 seconds', () => {
    const { path: p, byId } = path(kafka, flink, wh, board);
    expect(staleHop(p, byId, 30)).toMatchObject({ on: 'component', component: { id: 'w' } });
  });

  it('a warehouse loaded by a batch job, or straight from the log, is still loaded in batches', () => {
    const batch = box('s', 'Spark job', 'spark_batch');
    expect(staleHop(path(kafka, batch, wh, board).path, path(kafka, batch, wh, board).byId, 120)).toMatchObject({ component: { id: 's' } });
    const direct = path(kafka, wh, board);
    expect(staleHop(direct.path, direct.byId, 120)).toMatchObject({ component: { id: 'w' } });
  });

  it('a schedule said on the warehouse still counts', () => {
    const nightly = box('w2', 'Synapse (nightly load)', 'warehouse');
    const { path: p, byId } = path(kafka, flink, nightly, board);
    expect(staleHop(p, byId, 120)).toMatchObject({ component: { id: 'w2' }, said: 'nightly' });
  });
});
