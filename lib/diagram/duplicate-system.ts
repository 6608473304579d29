import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import { kindsOf } from './component-view';
import { isDataPathKind } from './find-path';

/** Two or more boxes naming one system (same kinds, same words) whose flows never meet. */
export interface DuplicateSystem {
  copies: DiagramComponent[];
}

/**
 * Systems drawn twice: boxes in the data path with the same kinds and the same label (case and spacing
 * ignored) that no chain of connectors joins, in either direction (one copy wired
 * and the other left alone, or each copy on its own path). An interviewer reads two unconnected "Kafka"
 * boxes as one system shown twice, or two systems where one was meant, and asks which. Copies joined by
 * any route (a "Kafka" mirrored into another "Kafka") are a deliberate pair and not reported. Unnamed and
 * unknown boxes are never copies. Pure; O(V + E).
 */
export function duplicateSystems(graph: DiagramGraph): DuplicateSystem[] {
  const groups = new Map<string, DiagramComponent[]>();
  for (const component of graph.components) {
    const kinds = kindsOf(component);
    if (component.kind === 'unknown' || component.setAside !== undefined || !kinds.some(isDataPathKind)) continue;
    // The reader's label is already whitespace-normalised: case is all that differs between two copies.
    if (component.label === '') continue;
    const key = `${kinds.join('+')}|${component.label.toLowerCase()}`;
    const list = groups.get(key);
    if (list) list.push(component);
    else groups.set(key, [component]);
  }
  const repeated = [...groups.values()].filter((list) => list.length > 1);
  if (repeated.length === 0) return [];
  // Connected parts of the drawing, arrows read both ways (union-find over component ids).
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const edge of graph.edges) {
    const a = find(edge.from);
    const b = find(edge.to);
    if (a !== b) parent.set(a, b);
  }
  return repeated
    .filter((copies) => new Set(copies.map((copy) => find(copy.id))).size === copies.length)
    .map((copies) => ({ copies }));
}
