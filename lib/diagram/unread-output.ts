import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';
import { kindsOf } from './component-view';
import type { GraphPath } from './find-path';
import { componentsById } from './find-path';
import { KIND_INFO } from './kind-info';
import { isStoreKind } from './wrong-store';

/**
 * Kinds that read a store for a person or a system (a dashboard, an API, an application): the end of a
 * serving path. Monitoring reads too when a case's flow ends there (alerts paged to a technician).
 */
const READER_KINDS: ReadonlySet<ComponentKind> = new Set(['bi_dashboard', 'serving_api', 'app_service', 'third_party_api', 'unknown']);

/** Kinds beside the data path: an arrow from a store to them reads nothing for a user (a DLQ, a metrics scraper, a scheduler). */
const BESIDE: ReadonlySet<string> = new Set(['operations', 'control', 'orchestration']);

/**
 * The box a drawn flow ends in when it is a store that nothing reads: every kind of the box holds data
 * (lib/diagram/wrong-store's isStoreKind: Redis, DynamoDB, a warehouse), and no arrow leaves it (a line
 * without arrowheads counts both ways) for a box off the flow's own path that is not beside the data path
 * (monitoring, a DLQ, a scheduler). A flow with a consumer's freshness need that ends there lands the
 * data where the use case's user never sees it: "Redis surge" with no pricing API, "Redis inventory" with no
 * ops view. Undefined when the path ends anywhere else or something reads the store. Pure; O(E).
 */
export function unreadEnd(graph: DiagramGraph, path: GraphPath): DiagramComponent | undefined {
  const lastId = path.componentIds[path.componentIds.length - 1];
  if (lastId === undefined) return undefined;
  const last = componentsById(graph).get(lastId);
  return last && isUnreadStore(graph, last, new Set(path.componentIds)) ? last : undefined;
}

/**
 * Whether `store` holds data (every kind a store) that nothing reads (see unreadEnd): no arrow leaves it for
 * a box on the data path, and no reader is joined to it either way; boxes in `onPath` (the route that
 * writes it) are not readers. Pure; O(E).
 */
export function isUnreadStore(graph: DiagramGraph, store: DiagramComponent, onPath: ReadonlySet<string>): boolean {
  if (!kindsOf(store).every(isStoreKind)) return false;
  const lastId = store.id;
  const byId = componentsById(graph);
  for (const edge of graph.edges) {
    const out = edge.from === lastId || (edge.undirected && edge.to === lastId);
    const other = edge.from === lastId ? edge.to : edge.to === lastId ? edge.from : undefined;
    if (other === undefined || onPath.has(other)) continue;
    const box = byId.get(other);
    if (!box) continue;
    const kinds = kindsOf(box);
    // Data leaving the store for anything on the data path, or a reader drawn calling it (an API's arrow to the
    // Redis it looks up: the request's direction, not the data's).
    if (out && !kinds.every((kind) => BESIDE.has(KIND_INFO[kind].category))) return false;
    if (kinds.some((kind) => READER_KINDS.has(kind) && !isStoreKind(kind))) return false;
  }
  return true;
}

/**
 * Whether any arrow reaches a reader of the platform's outputs: a dashboard or serving API (any box of
 * READER_KINDS with a store, stream job or another reader feeding it, or a dashboard or serving API drawn calling a
 * store a processing job writes), or a box of one of `ends` (the case's flows' end
 * kinds that are no store, such as monitoring for paged alerts). A diagram where none is reached delivers
 * no use case to anyone, however well the data is moved. Pure; O(E).
 */
export function reachesReader(graph: DiagramGraph, ends: ReadonlySet<ComponentKind>): boolean {
  const byId = componentsById(graph);
  const feeds = (component: DiagramComponent | undefined) =>
    component !== undefined && kindsOf(component).some((kind) => isStoreKind(kind) || ['processing', 'serving'].includes(KIND_INFO[kind].category));
  // Stores the pipeline writes: an arrow into them from a processing job.
  const written = new Set<string>();
  for (const edge of graph.edges) {
    const source = byId.get(edge.from);
    if (source && kindsOf(source).some((kind) => KIND_INFO[kind].category === 'processing')) written.add(edge.to);
  }
  for (const edge of graph.edges) {
    // A dashboard or serving API drawn calling a store the pipeline writes (the request's direction, as on
    // a synchronous path: "scoring API -> Redis features") reads it.
    const caller = byId.get(edge.from);
    const called = byId.get(edge.to);
    if (caller && called && written.has(called.id) && kindsOf(called).every(isStoreKind)) {
      const callerKinds = kindsOf(caller);
      if (callerKinds.some((kind) => kind === 'bi_dashboard' || kind === 'serving_api') && !callerKinds.some(isStoreKind)) return true;
    }
    const pairs: [string, string][] = edge.undirected ? [[edge.from, edge.to], [edge.to, edge.from]] : [[edge.from, edge.to]];
    for (const [from, to] of pairs) {
      const reader = byId.get(to);
      if (!reader) continue;
      const kinds = kindsOf(reader);
      if (kinds.some((kind) => ends.has(kind) && !isStoreKind(kind))) return true;
      const readsOutputs = kinds.some((kind) => kind === 'bi_dashboard' || kind === 'serving_api') || (kinds.some((kind) => READER_KINDS.has(kind)) && feeds(byId.get(from)) && !kinds.some(isStoreKind));
      if (readsOutputs && feeds(byId.get(from))) return true;
    }
  }
  return false;
}
