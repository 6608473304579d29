import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';
import { kindsOf } from './component-view';
import type { KindCategory } from './kind-info';
import { KIND_INFO } from './kind-info';

/**
 * A box is one component. Two related tools in one box ("Kafka + Debezium", "Postgres / S3", "Flink
 * -> Redis") are one component drawn with its neighbour; a box naming tools of this many different
 * stages (stream, processing, storage, scheduling...) is a list of the design, not a part of it.
 */
export const KITCHEN_SINK_STAGES = 3;

/**
 * One box that fills this many consecutive stops of a flow (source, named hops, sink) draws the flow
 * inside a label instead of with arrows ("Postgres CDC + Kafka + Flink" as one box).
 */
export const KITCHEN_SINK_STOPS = 3;

/** A box naming tools of several stages: its kinds and the stages they span, in the box's order. */
export interface KitchenSink {
  component: DiagramComponent;
  stages: KindCategory[];
}

/** How a stage reads in a finding ("stream, processing and storage"). */
const STAGE_WORD: Record<KindCategory, string> = {
  source: 'source',
  ingestion: 'ingestion',
  processing: 'processing',
  storage: 'storage',
  serving: 'serving',
  orchestration: 'scheduling',
  operations: 'operations',
  control: 'governance',
  unknown: 'unknown',
};

/** The stages a component's kinds belong to, in the order of its kinds. */
function stagesOf(kinds: readonly ComponentKind[]): KindCategory[] {
  const out: KindCategory[] = [];
  for (const kind of kinds) {
    const stage = KIND_INFO[kind].category;
    if (stage !== 'unknown' && !out.includes(stage)) out.push(stage);
  }
  return out;
}

/**
 * The boxes of a graph that name tools of KITCHEN_SINK_STAGES or more stages, by component id. Such a
 * box earns only a small share of each part and flow it names (see score-diagram's KITCHEN_SINK_SHARE).
 */
export function kitchenSinks(graph: DiagramGraph): Map<string, KitchenSink> {
  const out = new Map<string, KitchenSink>();
  for (const component of graph.components) {
    const kinds = kindsOf(component);
    if (kinds.length < KITCHEN_SINK_STAGES) continue;
    const stages = stagesOf(kinds);
    if (stages.length >= KITCHEN_SINK_STAGES) out.set(component.id, { component, stages });
  }
  return out;
}

/** "ingestion, processing and storage". */
export function describeStages(stages: readonly KindCategory[]): string {
  const words = stages.map((stage) => STAGE_WORD[stage]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The graph without the given components and the arrows that touch them (a view; nothing is copied but the lists). */
export function withoutComponents(graph: DiagramGraph, ids: ReadonlySet<string> | ReadonlyMap<string, unknown>): DiagramGraph {
  return {
    ...graph,
    components: graph.components.filter((component) => !ids.has(component.id)),
    edges: graph.edges.filter((edge) => !ids.has(edge.from) && !ids.has(edge.to)),
  };
}

/**
 * The component of a flow's path that fills the most consecutive stops of the flow on its own, and how
 * many: the path's first box counts as the source plus the named hops it is, a middle box as the hops it
 * is, the last box as the hops it is plus the sink. `advance` is the path search's hop counter.
 */
export function mostStopsInOneBox(
  components: readonly DiagramComponent[],
  advance: (component: DiagramComponent, done: number) => number,
): { component: DiagramComponent; stops: number } | undefined {
  let best: { component: DiagramComponent; stops: number } | undefined;
  let done = 0;
  components.forEach((component, i) => {
    const after = advance(component, done);
    const stops = after - done + (i === 0 ? 1 : 0) + (i === components.length - 1 ? 1 : 0);
    done = after;
    if (!best || stops > best.stops) best = { component, stops };
  });
  return best;
}
