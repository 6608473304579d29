import { describe, expect, it } from 'vitest';
import type { DiagramComponent, DiagramGraph } from '@/lib/canvas/diagram-graph';
import { componentsById, findPath, graphIndex } from '@/lib/diagram/find-path';
import { labelledBox as box } from './fixtures';

// The search index is kept for the last two graphs only: a graph asked about again after others must
// get its own index back (rebuilt when it was dropped), never another graph's. Outcomes decided before running.

function chain(...boxes: DiagramComponent[]): DiagramGraph {
  return { components: boxes, edges: boxes.slice(1).map((to, i) => ({ from: boxes[i]!.id, to: to.id, label: '', elementIds: [`e${i}`] })), groups: [] };
}

describe('the search index across graphs', () => {
  const kafkaToWarehouse = chain(box('k', 'Kafka', 'kafka'), box('w', 'Snowflake', 'warehouse'));
  const warehouseToKafka = chain(box('w2', 'Snowflake', 'warehouse'), box('k2', 'Kafka', 'kafka'), box('s', 'Spark streaming', 'spark_streaming'));
  const lone = chain(box('d', 'Dashboard', 'bi_dashboard'));

  it('answers each graph from its own boxes and arrows, in any order, again and again', () => {
    for (let round = 0; round < 3; round += 1) {
      for (const graph of [kafkaToWarehouse, warehouseToKafka, lone, kafkaToWarehouse]) {
        expect([...componentsById(graph).keys()]).toEqual(graph.components.map((component) => component.id));
      }
      expect(findPath(kafkaToWarehouse, ['kafka'], ['warehouse'])?.componentIds).toEqual(['k', 'w']);
      expect(findPath(lone, ['kafka'], ['warehouse'])).toBeUndefined();
      expect(findPath(warehouseToKafka, ['kafka'], ['spark_streaming'])?.componentIds).toEqual(['k2', 's']);
    }
  });

  it('gives the same index object for a graph asked twice in a row', () => {
    expect(graphIndex(lone)).toBe(graphIndex(lone));
  });
});
