import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';

/**
 * A hub joined to at least this share of the other boxes (and at least HUB_MIN_NEIGHBOURS of them) is a
 * fan-out, not a design: routes through it exist because it touches everything. Measured on the golden
 * scenes: no drawn design of ten boxes or more joins one box to more than 44% of the others.
 */
export const HUB_SHARE = 0.7;
export const HUB_MIN_NEIGHBOURS = 6;
/**
 * A drawing with at least this many connections per box (and MESH_MIN_BOXES boxes) connects nearly
 * everything to everything: its routes say nothing about where data goes. Drawn designs have 0.7-1.1.
 */
export const MESH_EDGES_PER_BOX = 2;
export const MESH_MIN_BOXES = 5;

export interface Hairball {
  /** Components joined to most of the others: never a middle hop of a flow. */
  hubs: DiagramComponent[];
  /** Set when the whole drawing is a mesh: the count of distinct connections and of boxes. */
  mesh?: { connections: number; boxes: number };
}

/**
 * Where a drawing connects boxes because everything is connected, not because data goes that way:
 * hubs (one box wired to most others) and meshes (many more connections than boxes). Counts distinct
 * pairs of boxes, so a double-headed arrow or parallel arrows count once. O(V + E).
 */
export function findHairball(graph: DiagramGraph): Hairball {
  const neighbours = new Map<string, Set<string>>();
  const join = (a: string, b: string) => {
    const set = neighbours.get(a);
    if (set) set.add(b);
    else neighbours.set(a, new Set([b]));
  };
  for (const edge of graph.edges) {
    if (edge.from === edge.to) continue;
    join(edge.from, edge.to);
    join(edge.to, edge.from);
  }
  // Each distinct pair of boxes is in both boxes' neighbour sets.
  let ends = 0;
  for (const set of neighbours.values()) ends += set.size;
  const connections = ends / 2;
  const others = graph.components.length - 1;
  const hubs = graph.components.filter((component) => {
    const count = neighbours.get(component.id)?.size ?? 0;
    return count >= HUB_MIN_NEIGHBOURS && count >= HUB_SHARE * others;
  });
  const boxes = graph.components.length;
  const mesh = boxes >= MESH_MIN_BOXES && connections >= MESH_EDGES_PER_BOX * boxes ? { connections, boxes } : undefined;
  return mesh ? { hubs, mesh } : { hubs };
}
