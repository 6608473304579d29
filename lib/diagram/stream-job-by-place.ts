import { kindsFromLabel } from '../canvas/classify-kind';
import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import { kindsOf } from './component-view';
import { isStoreKind } from './wrong-store';

/** A box read as a stream only from a broad word ("Census stream", "Order events"): no tool or term names it. */
function broadStream(component: DiagramComponent): boolean {
  const kinds = kindsOf(component);
  return component.setAside === undefined && kinds.length === 1 && kinds[0] === 'kafka' && !kindsFromLabel(component.label).specific;
}

/** A box named as a stream by a tool or term ("Kafka", "MSK", "events topic"). */
const namedStream = (component: DiagramComponent | undefined) =>
  component !== undefined && component.setAside === undefined && kindsOf(component).includes('kafka') && kindsFromLabel(component.label).specific;

/**
 * Reads a box named only by a broad stream word ("Census stream (< 2 min)") that takes its data from a
 * named stream (Kafka) and writes into a store as what its place says it is: a stream job consuming the
 * topic and keeping the store current (kind `stream_processor`). A stream between Kafka and a store is
 * not a second broker. Graphs with no such box are returned unchanged. Pure; O(V + E).
 */
export function withStreamJobsByPlace(graph: DiagramGraph): DiagramGraph {
  const candidates = graph.components.filter(broadStream);
  if (candidates.length === 0) return graph;
  const byId = new Map(graph.components.map((component) => [component.id, component]));
  const jobs = new Set<string>();
  for (const component of candidates) {
    const fedByStream = graph.edges.some((edge) => !edge.undirected && edge.to === component.id && namedStream(byId.get(edge.from)));
    const writesStore = graph.edges.some((edge) => {
      if (edge.undirected || edge.from !== component.id) return false;
      const to = byId.get(edge.to);
      return to !== undefined && (to.kind === 'unknown' || kindsOf(to).some(isStoreKind));
    });
    if (fedByStream && writesStore) jobs.add(component.id);
  }
  if (jobs.size === 0) return graph;
  return {
    ...graph,
    components: graph.components.map((component) => (jobs.has(component.id) ? { ...component, kind: 'stream_processor', kinds: ['stream_processor'] } : component)),
  };
}
