import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/canvas/read-scene';
import { loadCase } from '@/lib/content/load-cases';
import { wiringOf } from '@/lib/diagram/part-wiring';
import { scoreDiagram } from '@/lib/diagram/score-diagram';
import { buildScene } from '../../golden/diagram/draw-lib';
import type { ArrowSpec, BoxSpec, SceneSpec } from '../../golden/diagram/draw-lib';

// A double-headed arrow joins two boxes both ways: it serves a flow in either direction, so a right design
// drawn all double-headed is mediocre (an interviewer asks to redraw the arrows), not failed, and below the
// same design with single arrows. Scores an interviewer would give, written before grading.

const graphOf = (spec: SceneSpec) => readScene((buildScene(spec) as { elements: unknown[] }).elements);
const grade = (slug: string, spec: SceneSpec) => scoreDiagram(graphOf(spec), loadCase(slug).rubric);

const shopBoxes: BoxSpec[] = [
  { id: 'db', label: 'MySQL (orders, inventory)', col: 0, row: 0 },
  { id: 'cdc', label: 'Debezium', col: 1, row: 0 },
  { id: 'web', label: 'storefront click events', col: 0, row: 1 },
  { id: 'bus', label: 'Kafka topics', col: 2, row: 0 },
  { id: 'job', label: 'Flink inventory job', col: 3, row: 0 },
  { id: 'kv', label: 'Redis inventory', col: 4, row: 0 },
  { id: 'ops', label: 'ops dashboard', col: 5, row: 0 },
  { id: 'raw', label: 'GCS raw zone', col: 3, row: 1 },
  { id: 'feed', label: 'supplier CSV drop', col: 2, row: 2 },
  { id: 'dbt', label: 'dbt models', col: 4, row: 1 },
  { id: 'bq', label: 'BigQuery', col: 5, row: 1 },
  { id: 'lk', label: 'Looker', col: 5, row: 2 },
  { id: 'sched', label: 'Cloud Composer', col: 4, row: 2 },
];
const shopLinks: [string, string][] = [
  ['db', 'cdc'], ['cdc', 'bus'], ['web', 'bus'], ['bus', 'job'], ['job', 'kv'], ['kv', 'ops'], ['bus', 'raw'],
  ['feed', 'raw'], ['raw', 'dbt'], ['dbt', 'bq'], ['bq', 'lk'], ['sched', 'dbt'],
];
const shop = (heads: ArrowSpec['heads']): SceneSpec => ({ boxes: shopBoxes, arrows: shopLinks.map(([from, to]): ArrowSpec => ({ from, to, heads })) });

describe('arrows with heads at both ends earn part of a flow, more than nothing and less than an arrow', () => {
  it('a right e-commerce design drawn all double-headed lands in the mediocre band (interviewer: about 60)', () => {
    const both = grade('ecommerce-data-platform', shop('both')).score;
    const single = grade('ecommerce-data-platform', shop('end')).score;
    expect(both).toBeGreaterThanOrEqual(45);
    expect(both).toBeLessThanOrEqual(79);
    expect(single).toBeGreaterThan(both + 5);
  });

  it('reads a double-headed link as two-way wiring, a bare line as headless, and a two-way link to a hub as no more than a line', () => {
    const spec: SceneSpec = {
      boxes: [
        { id: 'a', label: 'Kafka', col: 0, row: 0 },
        { id: 'b', label: 'Flink', col: 1, row: 0 },
        { id: 'c', label: 'S3 lake', col: 0, row: 1 },
      ],
      arrows: [
        { from: 'a', to: 'b', heads: 'both' },
        { from: 'a', to: 'c', heads: 'none' },
      ],
    };
    const graph = graphOf(spec);
    const idOf = (label: string) => graph.components.find((c) => c.label === label)!.id;
    const plain = wiringOf(graph).wiring;
    expect(plain.get(idOf('Flink'))).toBe('twoWay');
    expect(plain.get(idOf('S3 lake'))).toBe('headless');
    expect(wiringOf(graph, new Set([idOf('Kafka')])).wiring.get(idOf('Flink'))).toBe('headless');
  });
});
