import { describe, expect, it } from 'vitest';
import type { DiagramGraph } from '@/lib/canvas/diagram-graph';
import { defeatedFreshClaim, isStaleComponent, isStaleEdge } from '@/lib/diagram/path-freshness';
import { labelledBox as box } from './fixtures';

// Labels' schedule readings are kept between calls (the freshness checks ask about every box on every
// route): a kept reading must answer each need on its own terms, and the same as a first reading.
// Outcomes decided before running.

describe('freshness with labels read before', () => {
  it('a nightly job is too slow for a minute and fast enough for a week, asked in either order, many times', () => {
    const nightly = box('n', 'Nightly Spark job', 'spark_batch');
    for (let round = 0; round < 3; round += 1) {
      expect(isStaleComponent(nightly, 60)).toBe(true);
      expect(isStaleComponent(nightly, 7 * 86_400)).toBe(false);
    }
  });

  it('a box that says it streams but runs nightly is read the same after its stream word was read alone', () => {
    const edge = { from: 'a', to: 'b', label: 'streaming', elementIds: ['e'] };
    expect(isStaleEdge(edge, 60)).toBe(false);
    // Same words plus a schedule: a new label, read afresh.
    expect(isStaleComponent(box('x', 'Nightly Spark (real-time engine)', 'spark_batch'), 60)).toBe(true);
    expect(isStaleComponent(box('y', 'streaming', 'spark_batch'), 60)).toBe(false);
  });

  it('readings past the memo limit stay right', () => {
    for (let index = 0; index < 4100; index += 1) {
      expect(isStaleEdge({ from: 'a', to: 'b', label: `every ${index + 2} hours`, elementIds: ['e'] }, 3600)).toBe(true);
    }
    expect(isStaleEdge({ from: 'a', to: 'b', label: 'every 2 hours', elementIds: ['e'] }, 86_400)).toBe(false);
  });

  it('a live map fed only through a nightly job is defeated, and the same graph gives the same answer twice', () => {
    const source = box('s', 'Orders DB', 'oltp_database');
    const job = box('j', 'Nightly Spark job', 'spark_batch');
    const map = box('m', 'Live ops map', 'bi_dashboard');
    const graph: DiagramGraph = {
      components: [source, job, map],
      edges: [
        { from: 's', to: 'j', label: '', elementIds: ['e1'] },
        { from: 'j', to: 'm', label: '', elementIds: ['e2'] },
      ],
      groups: [],
    };
    const first = defeatedFreshClaim(graph, 60);
    expect(first).toMatchObject({ component: { id: 'm' }, slow: { id: 'j' } });
    expect(defeatedFreshClaim(graph, 60)).toEqual(first);
    expect(defeatedFreshClaim(graph, 7 * 86_400)).toBeUndefined();
  });
});
