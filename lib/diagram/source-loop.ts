import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import { kindsOf } from './component-view';
import type { ComponentKind } from './component-kinds';
import { componentsById, isDataPathKind } from './find-path';
import { KIND_INFO } from './kind-info';

/** One arrow that writes what the analytical side made back into an operational source. */
export interface SourceLoop {
  /** The operational database the pipeline reads from (the shop's Postgres, the trip database). */
  source: DiagramComponent;
  /** The box the arrow leaves: a store or job the source's data reached through storage. */
  from: DiagramComponent;
  edge: DiagramEdge;
}

/**
 * Stores whose data is the platform's own copy, written for analysis: an arrow from one of these, or from
 * a box fed by one, back into the source is reverse ETL into the system of record. Operational serving
 * stores (a cache, a key-value or time-series store) are not analytical: the pipeline may feed them.
 */
const ANALYTICAL_STORES: ReadonlySet<ComponentKind> = new Set(['object_store', 'table_format', 'bronze_layer', 'silver_layer', 'gold_layer', 'warehouse', 'realtime_olap']);

const isOperationalSource = (component: DiagramComponent) => kindsOf(component).includes('oltp_database');
const isAnalyticalStore = (component: DiagramComponent) => kindsOf(component).some((kind) => ANALYTICAL_STORES.has(kind));
/** A box the loop may leave from: anything on the data path but an entry point (a CDC connector, a gateway, a broker). */
const leavesAnalytics = (component: DiagramComponent) =>
  kindsOf(component).some((kind) => kind === 'unknown' || (isDataPathKind(kind) && KIND_INFO[kind].category !== 'ingestion' && KIND_INFO[kind].category !== 'source'));

/**
 * Arrows that close a loop back into an operational source: the OLTP database feeds the pipeline (a
 * directed route leaves it), the route reaches an analytical store (the lake, the warehouse), and an
 * arrow from that store, or from a box downstream of it, points back into the same database ("SF -> PG,
 * sync back"). An interviewer stops on it: analytics written into the system of record adds load to the
 * database the platform exists to protect, and the CDC re-reads its own output as new changes.
 *
 * Not a loop: a database that nothing reads from (a census or serving database a job writes to), a
 * feature or serving store, a cache, a reverse-ETL tool into a CRM that is not the source, and lines
 * without arrowheads (no direction is said). Pure; O(V + E) per source database.
 */
export function sourceLoops(graph: DiagramGraph): SourceLoop[] {
  const byId = componentsById(graph);
  const out = new Map<string, DiagramEdge[]>();
  for (const edge of graph.edges) {
    if (edge.undirected || edge.from === edge.to) continue;
    const list = out.get(edge.from);
    if (list) list.push(edge);
    else out.set(edge.from, [edge]);
  }
  const loops: SourceLoop[] = [];
  for (const source of graph.components) {
    if (!isOperationalSource(source) || source.setAside) continue;
    // Walk downstream of the source; `landed` marks boxes reached through an analytical store.
    const landed = new Set<string>();
    const seen = new Set<string>([source.id]);
    const queue: [string, boolean][] = [[source.id, false]];
    while (queue.length > 0) {
      const [at, through] = queue.shift()!;
      for (const edge of out.get(at) ?? []) {
        const next = byId.get(edge.to);
        if (!next || next.id === source.id) continue;
        const stored = through || isAnalyticalStore(next);
        const visited = stored ? landed : seen;
        if (visited.has(next.id)) continue;
        visited.add(next.id);
        queue.push([next.id, stored]);
      }
    }
    for (const id of landed) {
      const from = byId.get(id)!;
      if (!leavesAnalytics(from)) continue;
      for (const edge of out.get(id) ?? []) if (edge.to === source.id) loops.push({ source, from, edge });
    }
  }
  return loops;
}
