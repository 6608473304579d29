import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';
import { isAnyOf, kindsOf } from './component-view';
import { componentsById } from './find-path';
import { KIND_INFO } from './kind-info';
import { isStoreKind } from './wrong-store';

/** Batch jobs: what they compute lands in a table someone reads, even when the table is not drawn. */
const BATCH_JOBS: ReadonlySet<ComponentKind> = new Set(['spark_batch', 'dbt']);

/** Categories whose arrow into a job brings it data to compute on. */
const FEEDING: ReadonlySet<string> = new Set(['source', 'ingestion', 'processing', 'storage']);

/**
 * A serving flow's reader drawn fed straight by a batch job ("Spark OEE job -> OEE dashboards"), the job
 * itself fed with data: the dashboards read what the job computes, in a table the drawing leaves out.
 * An interviewer reads the path and asks where the results land; the flow is half drawn. Only for flows
 * from stores to readers with no named hop; the job and the reader must be separate boxes and the
 * reader must hold no data. Returns the job, the reader and the arrow, or undefined. Pure; O(E).
 */
export function jobFedReader(
  graph: DiagramGraph,
  flow: { from: ReadonlySet<ComponentKind>; to: ReadonlySet<ComponentKind>; through: readonly unknown[] },
): { job: DiagramComponent; reader: DiagramComponent; edge: DiagramEdge } | undefined {
  if (flow.through.length > 0 || ![...flow.from].every(isStoreKind)) return undefined;
  const readers = new Set([...flow.to].filter((kind) => !isStoreKind(kind) && KIND_INFO[kind].category === 'serving'));
  if (readers.size === 0) return undefined;
  const byId = componentsById(graph);
  const fed = (job: DiagramComponent) =>
    graph.edges.some((edge) => {
      if (edge.undirected || edge.to !== job.id) return false;
      const from = byId.get(edge.from);
      return from !== undefined && from.id !== job.id && kindsOf(from).some((kind) => FEEDING.has(KIND_INFO[kind].category));
    });
  for (const edge of graph.edges) {
    if (edge.undirected) continue;
    const job = byId.get(edge.from);
    const reader = byId.get(edge.to);
    if (!job || !reader || job.id === reader.id || job.setAside || reader.setAside) continue;
    if (!isAnyOf(job, BATCH_JOBS) || !isAnyOf(reader, readers) || kindsOf(reader).some(isStoreKind)) continue;
    if (fed(job)) return { job, reader, edge };
  }
  return undefined;
}
