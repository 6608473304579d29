import { kindsFromLabel } from '../canvas/classify-kind';
import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';
import { isAnyOf, kindsOf } from './component-view';
import { againstTheGrain } from './flow-order';
import { KIND_INFO } from './kind-info';

export type GraphPath = { componentIds: string[]; edges: DiagramEdge[] };

type Adjacency = Map<string, { next: string; edge: DiagramEdge }[]>;
type Mode = 'directed' | 'headless' | 'reversed' | 'reversedHeadless';

interface GraphIndex {
  byId: Map<string, DiagramComponent>;
  /** Each component's place in `graph.components`, for numeric search keys. */
  position: Map<string, number>;
  adjacency: Record<Mode, Adjacency>;
}

/** Built once per graph: scoring asks several paths of the same graph. */
const INDEX = new WeakMap<DiagramGraph, GraphIndex>();

function indexOf(graph: DiagramGraph): GraphIndex {
  const cached = INDEX.get(graph);
  if (cached) return cached;
  const adjacency: Record<Mode, Adjacency> = { directed: new Map(), headless: new Map(), reversed: new Map(), reversedHeadless: new Map() };
  const byId = new Map(graph.components.map((component) => [component.id, component]));
  // A hop walked from a to b carries data from a to b: one no data could take (a dashboard feeding
  // Airflow, marts feeding Kafka) is not walked at all, so no flow is made of such hops.
  const link = (mode: Mode, a: string, b: string, edge: DiagramEdge) => {
    const from = byId.get(a);
    const to = byId.get(b);
    if (!from || !to || againstTheGrain(from, to)) return;
    const list = adjacency[mode].get(a);
    if (list) list.push({ next: b, edge });
    else adjacency[mode].set(a, [{ next: b, edge }]);
  };
  for (const edge of graph.edges) {
    if (edge.undirected) {
      for (const mode of ['headless', 'reversedHeadless'] as const) {
        link(mode, edge.from, edge.to, edge);
        link(mode, edge.to, edge.from, edge);
      }
    } else {
      link('directed', edge.from, edge.to, edge);
      link('headless', edge.from, edge.to, edge);
      link('reversed', edge.to, edge.from, edge);
      link('reversedHeadless', edge.to, edge.from, edge);
    }
  }
  const index = {
    byId,
    position: new Map(graph.components.map((component, i) => [component.id, i])),
    adjacency,
  };
  INDEX.set(graph, index);
  return index;
}

/**
 * The hops an arrow's own label names: connectors and jobs (ingestion and processing kinds) written on
 * the arrow, such as "S3 sink", "Debezium" or "Spark job". Stores and systems on a label are not hops.
 */
export function edgeHopKinds(edge: DiagramEdge): ComponentKind[] {
  if (edge.label.trim() === '') return [];
  return kindsFromLabel(edge.label).kinds.filter((kind) => {
    const category = KIND_INFO[kind].category;
    return category === 'ingestion' || category === 'processing';
  });
}

export interface PathQuery {
  from: ReadonlySet<ComponentKind>;
  to: ReadonlySet<ComponentKind>;
  /** Hops the path must visit in this order, each one of a set of kinds (e.g. Kafka, then a stream processor). */
  through?: readonly ReadonlySet<ComponentKind>[];
  /** Walk lines without arrowheads either way. */
  undirected: boolean;
  /** Walk every arrow against its direction (to find a flow drawn backwards); the path still reads source first. */
  reversed?: boolean;
  /** Kinds a path may pass through in the middle; components of other kinds end the walk. */
  hopAllowed?: (component: DiagramComponent) => boolean;
}

/**
 * The shortest path along the arrows from a component of a `from` kind to a different component of a
 * `to` kind, visiting the `through` hops in order (a component naming two kinds can be two hops).
 * Returns undefined when there is none. Breadth-first over (component, hops visited): O(V * hops + E).
 */
export function findFlowPath(graph: DiagramGraph, query: PathQuery): GraphPath | undefined {
  const { byId, position, adjacency } = indexOf(graph);
  const outgoing = adjacency[query.undirected ? (query.reversed ? 'reversedHeadless' : 'headless') : query.reversed ? 'reversed' : 'directed'];
  const through = query.through ?? [];
  const advance = (component: DiagramComponent, done: number): number => {
    let k = done;
    while (k < through.length && isAnyOf(component, through[k]!)) k += 1;
    return k;
  };
  // A connector or job written on the arrow itself ("Kafka -> S3" labelled "S3 sink connector") is that hop.
  const overEdge = (edge: DiagramEdge, done: number): number => {
    const kinds = edgeHopKinds(edge);
    let k = done;
    while (k < through.length && kinds.some((kind) => through[k]!.has(kind))) k += 1;
    return k;
  };
  // (component, hops done) as one number: no string per visited state.
  const size = graph.components.length;
  const key = (id: string, done: number) => done * size + position.get(id)!;
  const previous = new Map<number, { key: number; id: string; edge: DiagramEdge } | null>();
  const queue: { id: string; done: number }[] = [];
  for (const component of graph.components) {
    if (!isAnyOf(component, query.from)) continue;
    // The source itself may already be the first hop ("Kafka + Debezium" is the CDC hop and the stream).
    const done = advance(component, 0);
    previous.set(key(component.id, done), null);
    queue.push({ id: component.id, done });
  }
  for (let index = 0; index < queue.length; index += 1) {
    const { id, done } = queue[index]!;
    const here = key(id, done);
    const component = byId.get(id)!;
    const isStart = previous.get(here) === null;
    if (!isStart && done === through.length && isAnyOf(component, query.to)) {
      const componentIds: string[] = [];
      const edges: DiagramEdge[] = [];
      let step: number | undefined = here;
      let stepId: string | undefined = id;
      while (step !== undefined && stepId !== undefined) {
        componentIds.unshift(stepId);
        const back = previous.get(step);
        if (back) edges.unshift(back.edge);
        step = back?.key;
        stepId = back?.id;
      }
      return { componentIds, edges };
    }
    if (!isStart && query.hopAllowed && !query.hopAllowed(component) && !isAnyOf(component, query.to)) continue;
    for (const { next, edge } of outgoing.get(id) ?? []) {
      const nextComponent = byId.get(next);
      if (!nextComponent) continue;
      const nextDone = advance(nextComponent, overEdge(edge, done));
      const nextKey = key(next, nextDone);
      if (previous.has(nextKey)) continue;
      previous.set(nextKey, { key: here, id, edge });
      queue.push({ id: next, done: nextDone });
    }
  }
  return undefined;
}

/**
 * The shortest path along the arrows from any component of a `from` kind to any of a `to` kind,
 * through any number of hops. Lines without arrowheads may be walked either way.
 */
export function findPath(graph: DiagramGraph, from: readonly ComponentKind[], to: readonly ComponentKind[]): GraphPath | undefined {
  return findFlowPath(graph, { from: new Set(from), to: new Set(to), undirected: true });
}

/** Whether a component may sit in the middle of a data flow: not a scheduler, monitor, catalog or policy. */
export function isDataPathKind(kind: ComponentKind): boolean {
  const category = KIND_INFO[kind].category;
  return category !== 'orchestration' && category !== 'operations' && category !== 'control';
}

/**
 * Systems data comes from, never passes through: a route Kafka -> EHR -> Spark carries nothing the EHR
 * produced from Kafka's data. An OLTP database is not here: the application writes it and CDC reads it.
 */
const SOURCE_ONLY: ReadonlySet<ComponentKind> = new Set(['app_service', 'clickstream', 'third_party_api', 'files', 'iot_devices']);

/** A middle hop of a flow: any data-path kind; a dashboard or API only when the flow ends at one. */
export function dataPathHop(flowEndsAtConsumer: boolean): (component: DiagramComponent) => boolean {
  return (component) =>
    kindsOf(component).some(
      (kind) => isDataPathKind(kind) && !SOURCE_ONLY.has(kind) && (flowEndsAtConsumer || KIND_INFO[kind].category !== 'serving' || kind === 'cache'),
    );
}

/**
 * Extra middle hops a route of lines without arrowheads may take beyond the hops the flow names. A line
 * with no arrowhead says "these two are connected", not which way data goes, so only a direct route
 * reads as a flow; a long winding one is a chain of boxes threaded in any order (a hairball).
 */
export const HEADLESS_EXTRA_HOPS = 2;

/**
 * A middle hop of a route drawn without arrowheads: a data-path hop that is not a source. When the
 * direction is not said, a route that runs through a source system (an app, a database feeding the
 * platform) is reading the lines backwards as often as forwards.
 */
export function headlessHop(flowEndsAtConsumer: boolean): (component: DiagramComponent) => boolean {
  const hop = dataPathHop(flowEndsAtConsumer);
  return (component) => hop(component) && !kindsOf(component).some((kind) => KIND_INFO[kind].category === 'source');
}

/** Whether a route found along headless lines is direct enough to read as the flow (see HEADLESS_EXTRA_HOPS). */
export function isDirectRoute(path: GraphPath, namedHops: number): boolean {
  return path.componentIds.length - 2 <= namedHops + HEADLESS_EXTRA_HOPS;
}
