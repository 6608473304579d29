import type { DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';

export type GraphPath = { componentIds: string[]; edges: DiagramEdge[] };

/**
 * The shortest path along the arrows from any component of a `from` kind to any of a `to` kind,
 * through any number of hops. Lines without arrowheads may be walked either way.
 */
export function findPath(graph: DiagramGraph, from: readonly ComponentKind[], to: readonly ComponentKind[]): GraphPath | undefined {
  const kindOf = new Map(graph.components.map((component) => [component.id, component.kind]));
  const outgoing = new Map<string, { next: string; edge: DiagramEdge }[]>();
  const link = (a: string, b: string, edge: DiagramEdge) => {
    const list = outgoing.get(a) ?? [];
    list.push({ next: b, edge });
    outgoing.set(a, list);
  };
  for (const edge of graph.edges) {
    link(edge.from, edge.to, edge);
    if (edge.undirected) link(edge.to, edge.from, edge);
  }
  const targets = new Set(to);
  const starts = graph.components.filter((component) => from.includes(component.kind)).map((component) => component.id);
  const previous = new Map<string, { id: string; edge: DiagramEdge } | null>(starts.map((id) => [id, null]));
  const queue = [...starts];
  for (let index = 0; index < queue.length; index += 1) {
    const current = queue[index] as string;
    const isStart = previous.get(current) === null;
    if (!isStart && targets.has(kindOf.get(current) ?? 'unknown')) {
      const componentIds: string[] = [];
      const edges: DiagramEdge[] = [];
      let step: string | undefined = current;
      while (step !== undefined) {
        componentIds.unshift(step);
        const back = previous.get(step);
        if (back) edges.unshift(back.edge);
        step = back?.id;
      }
      return { componentIds, edges };
    }
    for (const { next, edge } of outgoing.get(current) ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, { id: current, edge });
      queue.push(next);
    }
  }
  return undefined;
}
