import { kindsFromLabel } from '../canvas/classify-kind';
import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import type { CapFinding } from '../scoring/score';

/**
 * Highest score (0-100) of a diagram whose boxes are lists of alternatives (undecidedDesign). Round 21's
 * interviewer signs a linear chain where every box lists four tools ("Kafka / Kinesis / Pulsar / Event Hubs",
 * "Flink / Spark / Beam / Kafka Streams") 18: "no decision anywhere... an interviewer asks 'which one?' for
 * every box". Near the gamed bound (25), as for other diagrams that name the right words for no design.
 */
export const UNDECIDED_CAP = 20;

/** How many products a box must list as alternatives to be a choice not made. */
const ALTERNATIVES = 3;

/** How many such boxes, and what share of the boxes, make the design undecided rather than one open choice. */
const UNDECIDED_BOXES = 3;
const UNDECIDED_SHARE = 0.5;

/** Separators of alternatives in a label: `A / B / C`, `A or B or C`, `A | B | C`. */
const ALTERNATIVE_SEPARATOR = /\s+\/\s+|\s*\|\s*|\s+or\s+/i;

/**
 * The products a box lists as alternatives ("Kafka / Kinesis / Pulsar"): each part of its label between
 * separators names a product (lib/canvas kindsFromLabel, `product`). Two related tools in one box ("Postgres / S3",
 * "Kafka + Debezium") are a pair, not a list; a part that names no product ("orders / payments / stock")
 * is not an alternative. Empty when the box lists fewer than ALTERNATIVES products.
 */
export function alternativesOf(component: DiagramComponent): string[] {
  const parts = component.label.split(ALTERNATIVE_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < ALTERNATIVES) return [];
  const products = parts.filter((part) => kindsFromLabel(part).product);
  return products.length >= ALTERNATIVES && products.length === parts.length ? products : [];
}

/**
 * The boxes of a diagram that list alternatives instead of a choice, when there are UNDECIDED_BOXES or more
 * and they are at least UNDECIDED_SHARE of the boxes: the design makes no decision, whatever kinds its lists
 * happen to name. Empty otherwise. Pure; never throws.
 */
export function undecidedDesign(graph: DiagramGraph): DiagramComponent[] {
  const boxes = graph.components.filter((component) => component.setAside === undefined);
  const undecided = boxes.filter((component) => alternativesOf(component).length > 0);
  return undecided.length >= UNDECIDED_BOXES && undecided.length >= boxes.length * UNDECIDED_SHARE ? undecided : [];
}

/** The finding that holds such a diagram at UNDECIDED_CAP (capScore gives it the points the cap takes). */
export function undecidedFinding(undecided: readonly DiagramComponent[]): CapFinding {
  const quoted = undecided.slice(0, 3).map((component) => `"${component.label}"`).join(', ');
  return {
    code: 'diagram.undecided-options',
    severity: 'wrong',
    message: `${undecided.length} of the boxes list alternatives instead of a choice (${quoted}): a box names the one tool the design uses, and the interviewer asks "which one?" of every list. Pick one per box and say why (the team knows it, the latency, the cost); until then the diagram is scored at most ${UNDECIDED_CAP} out of 100.`,
    refs: undecided.flatMap((component) => component.elementIds).sort(),
  };
}
