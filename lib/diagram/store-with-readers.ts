import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';
import { isAnyOf, kindsOf } from './component-view';
import { KIND_INFO } from './kind-info';
import { isStoreKind } from './wrong-store';

/** Categories of the boxes whose arrow into a store brings it data: ingestion, a job, another store. */
const FEEDING: ReadonlySet<string> = new Set(['ingestion', 'processing', 'storage']);

/**
 * The box that is both ends of a serving flow: a store whose label also names its readers ("Warehouse +
 * OEE dashboards", "Warehouse (dashboards 06:00)", "Warehouse dashboard 07:00"), fed by an arrow from a
 * stream, job or store. An interviewer reads such a box as the store and the dashboards it feeds, so the
 * flow from that store to its readers is drawn, inside one box. Only for flows that name no hop between
 * the two ends (`through` empty) and end at a reader that holds no data (a dashboard, an API); a box set
 * aside by its label never counts. Undefined when no box qualifies. Pure; O(V + E).
 */
export function storeWithReaders(
  graph: DiagramGraph,
  flow: { from: ReadonlySet<ComponentKind>; to: ReadonlySet<ComponentKind>; through: readonly unknown[] },
): DiagramComponent | undefined {
  if (flow.through.length > 0) return undefined;
  const readerKinds = new Set([...flow.to].filter((kind) => !isStoreKind(kind) && KIND_INFO[kind].category === 'serving'));
  if (readerKinds.size === 0) return undefined;
  const storeKinds = new Set([...flow.from].filter(isStoreKind));
  const candidates = graph.components.filter(
    (component) => component.setAside === undefined && isAnyOf(component, storeKinds) && isAnyOf(component, readerKinds),
  );
  if (candidates.length === 0) return undefined;
  const byId = new Map(graph.components.map((component) => [component.id, component]));
  const fed = (component: DiagramComponent) =>
    graph.edges.some((edge) => {
      if (edge.undirected || edge.to !== component.id || edge.from === component.id) return false;
      const from = byId.get(edge.from);
      return from !== undefined && kindsOf(from).some((kind) => FEEDING.has(KIND_INFO[kind].category));
    });
  return candidates.find(fed);
}
