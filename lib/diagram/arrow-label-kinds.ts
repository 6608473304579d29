import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import { kindsFromLabel } from '../canvas/classify-kind';
import type { ComponentKind } from './component-kinds';
import { kindsOf } from './component-view';
import { areEquivalent } from './kind-equivalence';
import { KIND_INFO } from './kind-info';
import { peopleReaders } from './people-readers';

/**
 * Kinds that carry data between two systems rather than being one end of it: an arrow labelled
 * "via Kafka topic" or "CDC" between two boxes says the data crosses a stream or a change capture on
 * the way (the hop), not what either box is.
 */
const TRANSPORT_KINDS: ReadonlySet<ComponentKind> = new Set(['kafka', 'cdc', 'api_gateway', 'ingestion_service', 'event_router']);

/** A box the arrow label identified: the kind it now leads with, and the arrow whose label said so. */
export interface ArrowNamedBox {
  component: DiagramComponent;
  kind: ComponentKind;
  edge: DiagramEdge;
}

/** A transport the arrow label named between two boxes, drawn into the graph as its own hop. */
export interface ArrowNamedHop {
  hop: DiagramComponent;
  edge: DiagramEdge;
}

export interface ArrowLabelReading {
  graph: DiagramGraph;
  /** Generic boxes given a kind by an arrow label ("stream job" read as Flink from "Flink, watermark 1 h"). */
  named: ArrowNamedBox[];
  /** Transports named on an arrow between two boxes that are not that transport ("via Kafka topic"). */
  hops: ArrowNamedHop[];
  /**
   * Boxes that name no system ("technicians", "engineers / OEE"), send nothing on, and receive an arrow whose
   * label says what reaches them ("anomaly alert < 10 s"): the readers of the pipeline's outputs, by id.
   */
  readers: ReadonlyMap<string, DiagramEdge>;
}

/**
 * Boxes the reader could not place, with a label, that arrows reach and none leave (each arrow with heads
 * at one end only), at least one of those arrows labelled: a person or team the data is delivered to, as an
 * interviewer reads "anomaly alert < 10 s" into "technicians". Pure; O(E).
 */
export function labelledReaders(graph: DiagramGraph): Map<string, DiagramEdge> {
  const sends = new Set<string>();
  for (const edge of graph.edges) {
    sends.add(edge.from);
    if (edge.undirected) sends.add(edge.to);
  }
  const unknown = new Set(
    graph.components
      .filter((component) => component.setAside === undefined && component.label.trim() !== '' && kindsOf(component).every((kind) => kind === 'unknown'))
      .map((component) => component.id),
  );
  const readers = new Map<string, DiagramEdge>();
  for (const edge of graph.edges) {
    if (edge.undirected || edge.label.trim() === '' || !unknown.has(edge.to) || sends.has(edge.to) || readers.has(edge.to)) continue;
    readers.set(edge.to, edge);
  }
  return readers;
}

/**
 * How far a box's own label says what it is: 'open' when it names nothing or only broad words ("Service A",
 * "Store", an unlabelled icon), 'role' when it names a role without a tool ("stream job", "object store"),
 * 'named' when it names a tool or product, or the learner said what it is (an arrow never overrides those).
 */
function openness(component: DiagramComponent): 'open' | 'role' | 'named' {
  if (component.setAside !== undefined || component.kindSource === 'learner') return 'named';
  const reading = kindsFromLabel(component.label);
  if (reading.product) return 'named';
  return reading.specific ? 'role' : 'open';
}

/**
 * Whether the label's `kind` can be what a box is: an open box takes any kind; a role box only a tool or
 * product named on the arrow (`product`) of its own stage ("object store" and S3, "stream job" and Flink),
 * or, when it sends the data, the source it stands for (a "plant gateway" sending MQTT is an edge device).
 * A label's broad term ("bridge", "raw Parquet") never overrides a role the box names itself.
 */
function fits(component: DiagramComponent, kind: ComponentKind, sends: boolean, product: boolean): boolean {
  const open = openness(component);
  if (open === 'named') return false;
  if (open === 'open') return true;
  if (!product) return false;
  const category = KIND_INFO[kind].category;
  return kindsOf(component).some((own) => {
    const ownCategory = KIND_INFO[own].category;
    return ownCategory === category || (sends && category === 'source' && ownCategory === 'ingestion');
  });
}

const hasKind = (component: DiagramComponent, kind: ComponentKind) => kindsOf(component).some((own) => areEquivalent(own, kind));

/**
 * Reads arrow labels as an interviewer does when boxes are generic ("Service A", "Store", "stream job", an
 * unlabelled icon) and the arrows carry the design: a label that names a component no box at either end
 * names identifies the generic end it fits (a source kind the sending end, any other the receiving end
 * first), which then leads with that kind; a label that names a transport (Kafka, CDC, a copy service)
 * between two boxes that are not it is drawn as its own hop between them, carrying the arrow's element
 * ids so findings point at the arrow. Only specific readings count (a tool name or a specific term, not
 * a broad word such as "service"). Returns the input graph unchanged when no label names anything new.
 * Pure; O(E) label reads (cached by lib/canvas).
 */
export function withArrowLabelKinds(graph: DiagramGraph): ArrowLabelReading {
  const byId = new Map(graph.components.map((component) => [component.id, component]));
  const named: ArrowNamedBox[] = [];
  const hops: ArrowNamedHop[] = [];
  const edges: DiagramEdge[] = [];
  const extra: DiagramComponent[] = [];
  for (const edge of graph.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    const reading = edge.label.trim() === '' ? undefined : kindsFromLabel(edge.label);
    if (!from || !to || !reading || !reading.specific) {
      edges.push(edge);
      continue;
    }
    let split: DiagramComponent | undefined;
    for (const kind of reading.kinds) {
      if (kind === 'unknown' || hasKind(from, kind) || hasKind(to, kind)) continue;
      if (TRANSPORT_KINDS.has(kind)) {
        if (split) continue;
        split = {
          id: `${edge.from}>${edge.to}#${edge.elementIds[0] ?? 'arrow'}`,
          label: edge.label,
          kind,
          kinds: [kind],
          elementIds: [...edge.elementIds],
          bounds: midway(from, to),
        };
        continue;
      }
      const ends = KIND_INFO[kind].category === 'source' ? [from, to] : [to, from];
      // A box already of the kind's stage first ("Store 2", loaded as a warehouse, takes "marts"), then the preferred end.
      const fitting = ends.map((component) => byId.get(component.id)!).filter((component) => fits(component, kind, component.id === from.id, reading.product));
      const end = fitting.find((component) => kindsOf(component).some((own) => KIND_INFO[own].category === KIND_INFO[kind].category)) ?? fitting[0];
      if (!end) continue;
      const current = byId.get(end.id)!;
      const kinds = [kind, ...kindsOf(current).filter((own) => own !== 'unknown' && own !== kind)];
      const updated: DiagramComponent = { ...current, kind, kinds };
      byId.set(end.id, updated);
      named.push({ component: updated, kind, edge });
    }
    if (split) {
      extra.push(split);
      hops.push({ hop: split, edge });
      const { undirected, twoWay } = edge;
      const half = (a: string, b: string): DiagramEdge => ({ from: a, to: b, label: edge.label, elementIds: [...edge.elementIds], ...(undirected ? { undirected } : {}), ...(twoWay ? { twoWay } : {}) });
      edges.push(half(edge.from, split.id), half(split.id, edge.to));
    } else edges.push(edge);
  }
  // Readers named by their arrow's label, and people or teams a store or a dashboard delivers to ("census DB -> bed managers").
  const readers = new Map([...peopleReaders(graph), ...labelledReaders(graph)]);
  if (named.length === 0 && hops.length === 0) return { graph, named, hops, readers };
  // A box named by several arrows keeps its last reading: refresh every record to it.
  const final = named.map((item) => ({ ...item, component: byId.get(item.component.id)! }));
  return { graph: { ...graph, components: [...graph.components.map((component) => byId.get(component.id)!), ...extra], edges }, named: final, hops, readers };
}

function midway(a: DiagramComponent, b: DiagramComponent): DiagramComponent['bounds'] {
  const x = (a.bounds.x + a.bounds.width / 2 + b.bounds.x + b.bounds.width / 2) / 2;
  const y = (a.bounds.y + a.bounds.height / 2 + b.bounds.y + b.bounds.height / 2) / 2;
  return { x, y, width: 0, height: 0 };
}
