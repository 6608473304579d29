import { kindsFromLabel } from '../canvas/classify-kind';
import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';
import { isAnyOf, kindsOf } from './component-view';
import { againstTheGrain } from './flow-order';
import { KIND_INFO } from './kind-info';

export type GraphPath = { componentIds: string[]; edges: DiagramEdge[] };

/** One hop of a walk: the box it reaches, the arrow, and the hops the arrow's own label names. */
/** One walkable hop, made by `new` so V8 never pretenures it (see lib/canvas/young.ts): an index lives through a whole scoring. */
class Step {
  constructor(
    readonly next: DiagramComponent,
    readonly edge: DiagramEdge,
    readonly hops: readonly ComponentKind[],
  ) {}
}
type Adjacency = Map<string, Step[]>;
type Mode = 'directed' | 'headless' | 'reversed' | 'reversedHeadless';

export interface GraphIndex {
  byId: Map<string, DiagramComponent>;
  /** Each component's place in `graph.components`, for numeric search keys. */
  position: Map<string, number>;
  adjacency: Record<Mode, Adjacency>;
  /** Arrows into each component that data can take, walked from their head back to their tail (step.next is the tail). */
  incoming: Adjacency;
}

/**
 * Built once per graph: scoring asks several paths of the same graph (and of its copy without kitchen
 * sinks). The indexes of the last two graphs (those two) are kept, newest first, rather than in a WeakMap
 * keyed by graph: V8's young-generation collector keeps a WeakMap's values alive, so each new graph's
 * index (and through it the graph) was copied and then promoted to the old generation, and a 500-element
 * regrade spent much of its collection time on them. Holding more graphs keeps more of them alive across
 * collections; another graph asked about only rebuilds its index.
 */
const KEPT_INDEXES = 2;
const INDEXES: { graph: DiagramGraph; index: GraphIndex }[] = [];

/**
 * The modes that walk a hop, by how it is drawn and which way it is walked. A hop walked from a to b
 * carries data from a to b; a line without arrowheads is walked both ways by the headless modes, an
 * arrow along its direction by `directed`/`headless` and against it by `reversed`/`reversedHeadless`.
 */
const MODES_OF: Record<'line' | 'along' | 'against', readonly Mode[]> = {
  line: ['headless', 'reversedHeadless'],
  along: ['directed', 'headless'],
  against: ['reversed', 'reversedHeadless'],
};

function indexOf(graph: DiagramGraph): GraphIndex {
  for (const kept of INDEXES) if (kept.graph === graph) return kept.index;
  const adjacency: Record<Mode, Adjacency> = { directed: new Map(), headless: new Map(), reversed: new Map(), reversedHeadless: new Map() };
  const incoming: Adjacency = new Map();
  const byId = new Map<string, DiagramComponent>();
  const position = new Map<string, number>();
  graph.components.forEach((component, i) => {
    byId.set(component.id, component);
    position.set(component.id, i);
  });
  const add = (list: Adjacency, at: string, step: Step) => {
    const steps = list.get(at);
    if (steps) steps.push(step);
    else list.set(at, [step]);
  };
  for (const edge of graph.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) continue;
    const hops = edgeHopKinds(edge);
    // A hop no data could take (a dashboard feeding Airflow, marts feeding Kafka) is not walked at
    // all, so no flow is made of such hops. One step object per direction, shared by every mode.
    if (!againstTheGrain(from, to)) {
      for (const mode of MODES_OF[edge.undirected ? 'line' : 'along']) add(adjacency[mode], from.id, new Step(to, edge, hops));
      if (!edge.undirected) add(incoming, to.id, new Step(from, edge, hops));
    }
    if (!againstTheGrain(to, from)) {
      for (const mode of MODES_OF[edge.undirected ? 'line' : 'against']) add(adjacency[mode], to.id, new Step(from, edge, hops));
    }
  }
  const index = { byId, position, adjacency, incoming };
  INDEXES.unshift({ graph, index });
  if (INDEXES.length > KEPT_INDEXES) INDEXES.pop();
  return index;
}

/** The search index of a graph (built once per graph): for the searches in this folder only. */
export function graphIndex(graph: DiagramGraph): Readonly<GraphIndex> {
  return indexOf(graph);
}

/** The graph's components by id, built once per graph and shared with the path search. */
export function componentsById(graph: DiagramGraph): ReadonlyMap<string, DiagramComponent> {
  return indexOf(graph).byId;
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
  /** Components that may end the path besides those of a `to` kind (a reader the arrows name; see arrow-label-kinds.ts). */
  endAllowed?: (component: DiagramComponent) => boolean;
  /** Components that may not end the path though of a `to` kind (a store nothing reads, when one that is read is wanted). */
  endRefused?: (component: DiagramComponent) => boolean;
  /** Which components of a `from` kind a path may start at (all when absent). */
  startAllowed?: (component: DiagramComponent) => boolean;
}

/**
 * How many of a flow's named hops (`through`, in order) a walk has visited: `advance` after reaching a
 * component (a component naming two kinds can be two hops), `overEdge` after an arrow whose own label
 * names a hop ("Kafka -> S3" labelled "S3 sink connector" is that hop). Both take and return a count.
 */
export function hopCounter(through: readonly ReadonlySet<ComponentKind>[]): {
  advance: (component: DiagramComponent, done: number) => number;
  overEdge: (hops: readonly ComponentKind[], done: number) => number;
} {
  const advance = (component: DiagramComponent, done: number): number => {
    let k = done;
    while (k < through.length && isAnyOf(component, through[k]!)) k += 1;
    return k;
  };
  const namesHop = (hops: readonly ComponentKind[], k: number): boolean => {
    const hop = through[k]!;
    for (const kind of hops) if (hop.has(kind)) return true;
    return false;
  };
  const overEdge = (hops: readonly ComponentKind[], done: number): number => {
    if (hops.length === 0) return done;
    let k = done;
    while (k < through.length && namesHop(hops, k)) k += 1;
    return k;
  };
  return { advance, overEdge };
}

/** Search buffers reused by findFlowPath, grown to the largest search so far. */
let scratch = { previous: new Int32Array(0), queue: new Int32Array(0), via: new Array<DiagramEdge | undefined>(0) };

/**
 * The shortest path along the arrows from a component of a `from` kind to a different component of a
 * `to` kind, visiting the `through` hops in order (a component naming two kinds can be two hops).
 * Returns undefined when there is none. Breadth-first over (component, hops visited): O(V * hops + E).
 */
export function findFlowPath(graph: DiagramGraph, query: PathQuery): GraphPath | undefined {
  const { position, adjacency } = indexOf(graph);
  const outgoing = adjacency[query.undirected ? (query.reversed ? 'reversedHeadless' : 'headless') : query.reversed ? 'reversed' : 'directed'];
  const through = query.through ?? [];
  const { advance, overEdge } = hopCounter(through);
  // (component, hops done) as one number; the search state lives in typed arrays sized once, so a
  // search allocates nothing per visited state.
  const size = graph.components.length;
  const states = size * (through.length + 1);
  const components = graph.components;
  // Buffers kept between searches (a search runs to the end before the next starts): scoring one
  // diagram runs dozens of searches, and fresh arrays for each were most of its garbage.
  if (scratch.queue.length < states) scratch = { previous: new Int32Array(states), queue: new Int32Array(states), via: new Array<DiagramEdge | undefined>(states) };
  /** The state a state was reached from: UNSEEN, START, or the previous state's number. */
  const previous = scratch.previous.fill(UNSEEN, 0, states);
  /** The arrow each state was reached by, at the state's number (set before it is read, for every state reached). */
  const via = scratch.via;
  const queue = scratch.queue;
  let tail = seedSources(components, query.from, advance, previous, queue, query.startAllowed);
  for (let i = 0; i < tail; i += 1) via[queue[i]!] = undefined;
  for (let head = 0; head < tail; head += 1) {
    const here = queue[head]!;
    const done = Math.floor(here / size);
    const component = components[here - done * size]!;
    const isStart = previous[here] === START;
    const isEnd = (isAnyOf(component, query.to) || (query.endAllowed !== undefined && query.endAllowed(component))) && !(query.endRefused?.(component) ?? false);
    if (!isStart && done === through.length && isEnd) return pathTo(here, size, components, previous, via);
    if (!isStart && query.hopAllowed && !query.hopAllowed(component) && !isEnd) continue;
    const steps = outgoing.get(component.id);
    if (!steps) continue;
    const cameBy = via[here];
    for (const { next, edge, hops } of steps) {
      // Never straight back over the line just walked: "Kafka -- Flink -- Kafka" is no visit to Flink.
      if (edge === cameBy) continue;
      const nextState = advance(next, overEdge(hops, done)) * size + position.get(next.id)!;
      if (previous[nextState] !== UNSEEN) continue;
      previous[nextState] = here;
      via[nextState] = edge;
      queue[tail++] = nextState;
    }
  }
  return undefined;
}

/**
 * Marks every component of a `from` kind as a start (in `previous`) and queues its state; returns how
 * many were queued (only those `startAllowed` accepts, when given). The source itself may already be the first hop ("Kafka + Debezium" is the CDC hop
 * and the stream), so its state counts the hops it is.
 */
export function seedSources(
  components: readonly DiagramComponent[],
  from: ReadonlySet<ComponentKind>,
  advance: (component: DiagramComponent, done: number) => number,
  previous: Int32Array,
  queue: Int32Array,
  startAllowed?: (component: DiagramComponent) => boolean,
): number {
  const size = components.length;
  let tail = 0;
  for (let i = 0; i < size; i += 1) {
    const component = components[i]!;
    if (!isAnyOf(component, from) || (startAllowed && !startAllowed(component))) continue;
    const state = advance(component, 0) * size + i;
    if (previous[state] !== UNSEEN) continue;
    previous[state] = START;
    queue[tail++] = state;
  }
  return tail;
}

/** Search states not reached yet, and the states a search starts from. */
export const UNSEEN = -2;
export const START = -1;

/** Walks the search's back-pointers from `state` to its start: the path, source first. */
export function pathTo(state: number, size: number, components: readonly DiagramComponent[], previous: Int32Array, via: readonly (DiagramEdge | undefined)[]): GraphPath {
  const componentIds: string[] = [];
  const edges: DiagramEdge[] = [];
  for (let at = state; at !== START; at = previous[at]!) {
    componentIds.push(components[at % size]!.id);
    const edge = via[at];
    if (edge) edges.push(edge);
  }
  return { componentIds: componentIds.reverse(), edges: edges.reverse() };
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
  return DATA_PATH_KINDS.has(kind);
}

const DATA_PATH_KINDS: ReadonlySet<ComponentKind> = new Set(
  (Object.keys(KIND_INFO) as ComponentKind[]).filter((kind) => {
    const category = KIND_INFO[kind].category;
    return category !== 'orchestration' && category !== 'operations' && category !== 'control';
  }),
);

/**
 * Systems data comes from, never passes through: a route Kafka -> EHR -> Spark carries nothing the EHR
 * produced from Kafka's data. An OLTP database is not here: the application writes it and CDC reads it.
 */
const SOURCE_ONLY: ReadonlySet<ComponentKind> = new Set(['app_service', 'clickstream', 'third_party_api', 'files', 'iot_devices']);

/**
 * Kinds data never passes through although they sit by the data path: a schema registry keeps the
 * schemas producers and consumers agree on; no event goes in one side and out the other.
 */
const NEVER_MIDDLE: ReadonlySet<ComponentKind> = new Set(['schema_registry']);

/** A middle hop of a flow: any data-path kind; a dashboard or API only when the flow ends at one; never a box its label sets aside. */
export function dataPathHop(flowEndsAtConsumer: boolean): (component: DiagramComponent) => boolean {
  return (component) =>
    component.setAside === undefined &&
    kindsOf(component).some(
      (kind) => isDataPathKind(kind) && !SOURCE_ONLY.has(kind) && !NEVER_MIDDLE.has(kind) && (flowEndsAtConsumer || KIND_INFO[kind].category !== 'serving' || kind === 'cache'),
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
