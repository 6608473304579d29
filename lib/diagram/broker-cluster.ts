import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import { kindsOf } from './component-view';

const isStream = (component: DiagramComponent | undefined) => component !== undefined && !component.setAside && kindsOf(component).includes('kafka');

/**
 * Reads stream boxes joined to each other only by lines without arrowheads (Kafka drawn as three broker
 * boxes with dashed replication lines between them) as one stream: the lines are replication, not data
 * flows, and an arrow to any broker (the producer, the schema registry, the lake sink) is an arrow to the
 * cluster. The cluster keeps the first broker's id, the union of the boxes' elements, kinds and bounds,
 * and the labels joined with " + ". Arrows between two brokers disappear. Graphs with no such lines are
 * returned unchanged. Pure; O(V + E).
 */
export function withBrokerClusters(graph: DiagramGraph): DiagramGraph {
  const byId = new Map(graph.components.map((component) => [component.id, component]));
  const replication = graph.edges.filter((edge) => edge.undirected && !edge.twoWay && edge.from !== edge.to && isStream(byId.get(edge.from)) && isStream(byId.get(edge.to)));
  if (replication.length === 0) return graph;
  const root = new Map<string, string>();
  const find = (id: string): string => {
    let at = id;
    while (root.has(at) && root.get(at) !== at) at = root.get(at)!;
    return at;
  };
  for (const edge of replication) {
    const a = find(edge.from);
    const b = find(edge.to);
    if (a !== b) root.set(b, a);
  }
  const members = new Map<string, DiagramComponent[]>();
  const joined = new Set(replication.flatMap((edge) => [edge.from, edge.to]));
  for (const component of graph.components) {
    if (!joined.has(component.id)) continue;
    const top = find(component.id);
    members.set(top, [...(members.get(top) ?? []), component]);
  }
  const clusterOf = new Map<string, DiagramComponent>();
  for (const [top, group] of members) {
    const first = byId.get(top)!;
    const x = Math.min(...group.map((c) => c.bounds.x));
    const y = Math.min(...group.map((c) => c.bounds.y));
    const cluster: DiagramComponent = {
      ...first,
      label: group.map((c) => c.label).filter((label) => label !== '').join(' + '),
      kinds: [...new Set(group.flatMap((c) => kindsOf(c)))],
      elementIds: [...new Set(group.flatMap((c) => c.elementIds))].sort(),
      bounds: { x, y, width: Math.max(...group.map((c) => c.bounds.x + c.bounds.width)) - x, height: Math.max(...group.map((c) => c.bounds.y + c.bounds.height)) - y },
    };
    for (const component of group) clusterOf.set(component.id, cluster);
  }
  const components = graph.components.filter((component) => !clusterOf.has(component.id) || clusterOf.get(component.id)!.id === component.id).map((component) => clusterOf.get(component.id) ?? component);
  const edges: DiagramEdge[] = [];
  for (const edge of graph.edges) {
    const from = clusterOf.get(edge.from)?.id ?? edge.from;
    const to = clusterOf.get(edge.to)?.id ?? edge.to;
    if (from === to && edge.from !== edge.to) continue;
    edges.push(from === edge.from && to === edge.to ? edge : { ...edge, from, to });
  }
  return { ...graph, components, edges };
}
