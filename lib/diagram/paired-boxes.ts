import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import { joinsTwoNames } from '../text/joined-names';
import { kindsOf } from './component-view';
import type { KindCategory } from './kind-info';
import { KIND_INFO } from './kind-info';

/** Stages of a design; a box naming tools of two of them is two components drawn as one. */
const DATA_STAGES: ReadonlySet<KindCategory> = new Set(['source', 'ingestion', 'processing', 'storage', 'serving', 'orchestration', 'operations']);

/**
 * Boxes whose label joins two names ("Kafka + Flink"; lib/text's joinsTwoNames) that pair two components of different stages that are not the design's whole line ("Kafka + Flink",
 * "Snowflake + BI", "Scoring API + Redis features"): fewer than the kitchen-sink stages, so each still earns its
 * parts and flows, but which of the pair an arrow means is not drawn. Returned only when there are at least
 * `atLeast` of them: one such box is shorthand an interviewer lets pass, a diagram drawn in pairs is docked
 * (round-19 blind grade: 82 for a right design with seven paired boxes, where its drawing with one box each scores
 * about 96). Pure; never throws.
 */
export function pairedBoxes(graph: DiagramGraph, atLeast: number): DiagramComponent[] {
  const paired = graph.components.filter((component) => {
    if (component.setAside !== undefined || !joinsTwoNames(component.label)) return false;
    const stages = new Set(kindsOf(component).map((kind) => KIND_INFO[kind].category).filter((stage) => DATA_STAGES.has(stage)));
    return stages.size === 2;
  });
  return paired.length >= atLeast ? paired : [];
}
