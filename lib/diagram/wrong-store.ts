import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';
import { isAnyOf, kindsOf } from './component-view';
import { componentsById } from './find-path';
import { KIND_INFO } from './kind-info';

/** Kinds that hold data for others to read: the storage layer, plus caches, feature stores, indexes and databases. */
const HOLDERS: ReadonlySet<ComponentKind> = new Set(['oltp_database', 'cache', 'feature_store', 'search_index']);

/** Is this a kind that holds data for others to read? */
export function isStoreKind(kind: ComponentKind): boolean {
  return KIND_INFO[kind].category === 'storage' || HOLDERS.has(kind);
}

/** Does this box hold data (a store of any kind), as opposed to moving or showing it? */
export function isStore(component: DiagramComponent): boolean {
  return kindsOf(component).some(isStoreKind);
}

/**
 * A box whose arrow to or from a store is a choice of store: a job, a CDC connector or an API. A stream
 * feeds many stores at once (Kafka into the lake is another flow, not a stand-in for the live store).
 */
function choosesStore(component: DiagramComponent): boolean {
  return kindsOf(component).some((kind) => KIND_INFO[kind].category === 'processing' || kind === 'cdc' || kind === 'serving_api');
}

/** A store of another kind drawn where a flow needs its store: the box, the arrow joining it, and the box that should have been used. */
export interface StandIn {
  /** The store of the wrong kind, in the flow's place. */
  store: DiagramComponent;
  /** The drawn store of the right kind the route should have used. */
  meant: DiagramComponent;
  /** The arrow between the wrong store and the route. */
  edge: DiagramEdge;
}

/**
 * A flow drawn but for one arrow `from -> to` (see flow-gap.ts), where the missing arrow's store end is
 * taken by a store of another kind: `from`, a job, writes into a store the flow does not accept (Flink into a
 * warehouse where the online features belong), or `to` reads from one (CDC reading a cache where the
 * ledger database belongs). That is the right arrows between the wrong things, not one arrow left out.
 * `stops` are the kinds each stop of the flow accepts. Undefined when neither end stands at a stop that
 * asks for a store, or no arrow joins that end to a store of another kind.
 */
export function standInStore(graph: DiagramGraph, from: DiagramComponent, to: DiagramComponent, stops: readonly ReadonlySet<ComponentKind>[]): StandIn | undefined {
  const byId = componentsById(graph);
  // The stops a box stands at as a store: stops that ask for a store and that it meets.
  const storeStops = (meant: DiagramComponent) => stops.filter((stop) => [...stop].some(isStoreKind) && isAnyOf(meant, stop));
  const wrongFor = (meant: DiagramComponent) => {
    const accepted = storeStops(meant);
    return (other: DiagramComponent | undefined): other is DiagramComponent => other !== undefined && other.id !== meant.id && isStore(other) && !accepted.some((stop) => isAnyOf(other, stop));
  };
  if (storeStops(to).length > 0 && choosesStore(from)) {
    const wrong = wrongFor(to);
    for (const edge of graph.edges) {
      if (edge.undirected || edge.from !== from.id) continue;
      const store = byId.get(edge.to);
      if (wrong(store)) return { store, meant: to, edge };
    }
  }
  if (storeStops(from).length > 0 && choosesStore(to)) {
    const wrong = wrongFor(from);
    for (const edge of graph.edges) {
      if (edge.undirected || edge.to !== to.id) continue;
      const store = byId.get(edge.from);
      if (wrong(store)) return { store, meant: from, edge };
    }
  }
  return undefined;
}
