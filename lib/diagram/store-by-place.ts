import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import { namesContentStore } from '../text/content-store-label';
import type { ComponentKind } from './component-kinds';
import { kindsOf } from './component-view';

/** Jobs that keep a store current as data arrives: what they write is a low-latency serving store. */
const STREAM_JOBS: ReadonlySet<ComponentKind> = new Set(['spark_streaming', 'flink', 'stream_processor', 'serverless_function']);
/** Jobs that build tables on a schedule: what they write for readers is a curated table. */
const BATCH_JOBS: ReadonlySet<ComponentKind> = new Set(['spark_batch', 'dbt']);

/**
 * Reads a box the reader could not place, named as a store by its content ("census store", "inventory table",
 * "readings table": lib/text/content-store-label), as what its place says it is: written by a stream job, the
 * low-latency serving store it keeps current (kind `nosql_database`, the key-value or document store of the flows'
 * live paths); written by a batch job, a curated table (`gold_layer`); both when both write it. A box no job writes,
 * or no arrow leaves (nothing is drawn reading it), stays as it was. Graphs with no such box are returned unchanged. Pure; O(V + E).
 */
export function withStoresByPlace(graph: DiagramGraph): DiagramGraph {
  const unplaced = (component: DiagramComponent) => kindsOf(component).every((kind) => kind === 'unknown');
  // "inventory table (Postgres, ops)": a relational table named by its content, which a stream job keeps current for readers.
  const relational = (component: DiagramComponent) => kindsOf(component).every((kind) => kind === 'oltp_database');
  const candidates = graph.components.filter((component) => component.setAside === undefined && (unplaced(component) || relational(component)) && namesContentStore(component.label));
  if (candidates.length === 0) return graph;
  const byId = new Map(graph.components.map((component) => [component.id, component]));
  const read = new Map<string, ComponentKind[]>();
  for (const component of candidates) {
    const writers = graph.edges.filter((edge) => !edge.undirected && edge.to === component.id).map((edge) => byId.get(edge.from)).filter((box): box is DiagramComponent => box !== undefined);
    // Between a job and what reads it: a box nothing reads may be a reader itself, or a note.
    if (!graph.edges.some((edge) => !edge.undirected && edge.from === component.id)) continue;
    const kinds: ComponentKind[] = [];
    if (writers.some((box) => kindsOf(box).some((kind) => STREAM_JOBS.has(kind)))) kinds.push('nosql_database');
    if (!relational(component) && writers.some((box) => kindsOf(box).some((kind) => BATCH_JOBS.has(kind)))) kinds.push('gold_layer');
    // A relational table keeps its kind first and serves lookups as a key-value store does.
    if (kinds.length > 0) read.set(component.id, relational(component) ? [...kindsOf(component), ...kinds] : kinds);
  }
  if (read.size === 0) return graph;
  return {
    ...graph,
    components: graph.components.map((component) => {
      const kinds = read.get(component.id);
      return kinds ? { ...component, kind: kinds[0]!, kinds } : component;
    }),
  };
}
