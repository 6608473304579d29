import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';
import { isAnyOf, kindsOf } from './component-view';
import type { GraphPath } from './find-path';
import { findFlowPath } from './find-path';
import { KIND_INFO } from './kind-info';
import { isStoreKind } from './wrong-store';

/**
 * A flow drawn but for one of its two ends (see openEndFlow):
 * - 'blank': an empty box (no label, or a label with no letter or digit such as "?") stands where the
 *   flow's source or its final store should be, with the arrows right on both sides of it; the interviewer
 *   asks what it is.
 * - 'sourceless': nothing of the flow's source kinds is drawn at all, and the route from its first named
 *   hop onwards is drawn right, starting where the drawing starts (Kafka, fed by no arrow, -> Flink -> Redis
 *   with no switch) or where a box the reader cannot place feeds it: the outputs half. A first hop that
 *   known parts feed (a batch job reading the lake) is not this flow's start but another flow's middle.
 */
export interface OpenEndFlow {
  kind: 'blank' | 'sourceless';
  path: GraphPath;
  /** The empty box standing in for the missing end ('blank' only). */
  blank?: DiagramComponent;
  /** Which end is open: 'source' (the first stop) or 'sink' (the last). */
  end: 'source' | 'sink';
}

/** A box with nothing to read: no label, or one with no letter or digit ("?", "..."). Not a box its label sets aside. */
export function isBlankBox(component: DiagramComponent): boolean {
  return component.setAside === undefined && kindsOf(component).every((kind) => kind === 'unknown') && !/[\p{L}\p{N}]/u.test(component.label);
}

const UNKNOWN: ReadonlySet<ComponentKind> = new Set(['unknown']);
const NONE: ReadonlySet<ComponentKind> = new Set();

/**
 * Reads a flow whose stops (`stops`: source, named hops in order, sink; each a set of kinds) are all drawn
 * but one of its ends, which is absent from the diagram: an empty box joined where that end belongs (fed,
 * unless the end is a source system, when it starts the flow; read onward, when it is the final store), or,
 * for a missing source of a flow with at least one named hop, the route from the first hop (fed by no arrow,
 * or by a box the reader cannot place) to the sink.
 * An empty box stands in for a final store only (never for the consumer a flow ends at: a dashboard, an API).
 * Returns the drawn route and what is open, or undefined. Pure; a few path searches, O(V * hops + E) each.
 */
export function openEndFlow(
  graph: DiagramGraph,
  stops: readonly ReadonlySet<ComponentKind>[],
  hopAllowed: (component: DiagramComponent) => boolean,
): OpenEndFlow | undefined {
  if (stops.length < 2) return undefined;
  const absent = stops.map((kinds) => !graph.components.some((component) => isAnyOf(component, kinds)));
  const missing = absent.filter(Boolean).length;
  if (missing !== 1) return undefined;
  const last = stops.length - 1;
  const blanks = graph.components.filter(isBlankBox);
  const sends = new Set<string>();
  const fed = new Set<string>();
  if (blanks.length > 0) {
    for (const edge of graph.edges) {
      if (edge.undirected) continue;
      sends.add(edge.from);
      fed.add(edge.to);
    }
  }
  const through = stops.slice(1, -1);
  if (absent[last]) {
    if (blanks.length === 0 || ![...stops[last]!].some(isStoreKind)) return undefined;
    const endAllowed = (component: DiagramComponent) => isBlankBox(component) && sends.has(component.id);
    const path = findFlowPath(graph, { from: stops[0]!, to: NONE, through, undirected: false, hopAllowed, endAllowed });
    if (!path) return undefined;
    return { kind: 'blank', path, blank: graph.components.find((component) => component.id === path.componentIds.at(-1)), end: 'sink' };
  }
  if (!absent[0]) return undefined;
  const isSource = [...stops[0]!].every((kind) => KIND_INFO[kind].category === 'source');
  if (blanks.length > 0) {
    const startAllowed = (component: DiagramComponent) => isBlankBox(component) && sends.has(component.id) && (isSource || fed.has(component.id));
    const path = findFlowPath(graph, { from: UNKNOWN, to: stops[last]!, through, undirected: false, hopAllowed, startAllowed });
    if (path) return { kind: 'blank', path, blank: graph.components.find((component) => component.id === path.componentIds[0]), end: 'source' };
  }
  if (through.length === 0) return undefined;
  // The route starts where the drawing does, or where a box the reader cannot place feeds it ("Java" into
  // Kafka, the switch drawn as a logo name): a first hop that known parts feed (a batch job reading the lake)
  // is another flow's middle.
  const byId = new Map(graph.components.map((component) => [component.id, component]));
  const entered = new Set<string>();
  const fedByUnknown = new Set<string>();
  for (const edge of graph.edges) {
    entered.add(edge.to);
    if (edge.undirected) entered.add(edge.from);
    const feeder = byId.get(edge.from);
    if (!edge.undirected && feeder && feeder.setAside === undefined && kindsOf(feeder).every((kind) => kind === 'unknown')) fedByUnknown.add(edge.to);
  }
  const startAllowed = (component: DiagramComponent) => !entered.has(component.id) || fedByUnknown.has(component.id);
  const path = findFlowPath(graph, { from: through[0]!, to: stops[last]!, through: through.slice(1), undirected: false, hopAllowed, startAllowed });
  return path ? { kind: 'sourceless', path, end: 'source' } : undefined;
}
