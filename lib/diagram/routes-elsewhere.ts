import type { DiagramEdge } from '../canvas/diagram-graph';
import type { GraphPath } from './find-path';

/** An arrow by its ends and drawn elements (a path may carry copies of the graph's edges). */
const keyOf = (edge: DiagramEdge) => `${edge.from}>${edge.to}|${edge.elementIds.join(',')}`;

/**
 * Whether an arrow carries another of the case's flows, drawn in full: `routeOf(flowId)` finds a flow's
 * directed route (or undefined), and the answer for (`flowId`, `edge`) is true when `edge` lies on the
 * route of a flow other than `flowId`. A job's arrow into the store that another flow ends at (Spark
 * streaming into the inventory table, Flink into the census database) is that flow, not a store of the
 * wrong kind standing in for this one. Routes are found lazily, each at most once (only a flow with a
 * stand-in asks). Pure apart from the cache.
 */
export function routesElsewhere(flowIds: readonly string[], routeOf: (flowId: string) => GraphPath | undefined): (flowId: string, edge: DiagramEdge) => boolean {
  const edgesOf = new Map<string, ReadonlySet<string>>();
  const edgesOfFlow = (id: string) => {
    let edges = edgesOf.get(id);
    if (!edges) {
      edges = new Set((routeOf(id)?.edges ?? []).map(keyOf));
      edgesOf.set(id, edges);
    }
    return edges;
  };
  return (flowId, edge) => flowIds.some((id) => id !== flowId && edgesOfFlow(id).has(keyOf(edge)));
}
