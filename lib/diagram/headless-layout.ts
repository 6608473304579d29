import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import { kindsOf } from './component-view';
import { KIND_INFO } from './kind-info';
import { againstTheGrain } from './flow-order';
import { THREAD_MIN_BOXES, THREAD_MIN_BREAKS, THREAD_SHARE } from './threaded-chain';

/**
 * Lines a drawing must have before its layout is read as its direction: one or two lines say too little
 * about which side the data starts on.
 */
export const LAYOUT_MIN_LINES = 3;
/**
 * How far apart, along the flow axis, two joined boxes must sit (as a share of their mean size along that
 * axis) for the layout to say which comes first: boxes stacked one above the other in a left-to-right
 * drawing say nothing about direction, and their line stays without one.
 */
export const LAYOUT_MIN_OFFSET = 0.5;

export interface LayoutReading {
  /** The graph with the lines the layout orients turned into arrows (from the upstream side). */
  graph: DiagramGraph;
  /** The lines given a direction by the layout. */
  oriented: DiagramEdge[];
  /** Which way the drawing reads: 'left-to-right', 'right-to-left', 'top-down' or 'bottom-up'. */
  axis: string;
  /**
   * The layout leaves no doubt: every box is on a line, no oriented line runs against a data platform's
   * order (flow-order.ts) and at most LAYOUT_LEVEL_SHARE of the lines join boxes level on the axis. An interviewer reads such a
   * drawing's direction as drawn ("the left-to-right order makes the direction unambiguous").
   */
  consistent: boolean;
}

/** The share of lines that may join boxes level on the flow axis (left without a direction) in a consistent layout. */
export const LAYOUT_LEVEL_SHARE = 0.2;

const centre = (component: DiagramComponent) => ({ x: component.bounds.x + component.bounds.width / 2, y: component.bounds.y + component.bounds.height / 2 });
const isCategory = (component: DiagramComponent, category: string) => kindsOf(component).every((kind) => KIND_INFO[kind].category === category);

function mean(components: readonly DiagramComponent[]): { x: number; y: number } | undefined {
  if (components.length === 0) return undefined;
  let x = 0;
  let y = 0;
  for (const component of components) {
    const c = centre(component);
    x += c.x;
    y += c.y;
  }
  return { x: x / components.length, y: y / components.length };
}

/**
 * Whether the lines form one unbranched line through most of the boxes (no box joined to three others,
 * THREAD_SHARE of the boxes and THREAD_MIN_BOXES touched): a chain threaded through every box says
 * nothing a layout could orient. Real designs branch (the stream feeds both the lake and the stream job).
 */
function threadedLine(graph: DiagramGraph): boolean {
  const neighbours = new Map<string, Set<string>>();
  for (const edge of graph.edges) {
    if (edge.from === edge.to) continue;
    for (const [a, b] of [[edge.from, edge.to], [edge.to, edge.from]] as const) {
      const set = neighbours.get(a) ?? new Set<string>();
      set.add(b);
      neighbours.set(a, set);
    }
  }
  for (const set of neighbours.values()) if (set.size > 2) return false;
  return neighbours.size >= THREAD_MIN_BOXES && neighbours.size >= THREAD_SHARE * graph.components.length;
}

/**
 * When no line in the drawing has an arrowhead (every connector a plain line, none with heads at both
 * ends), reads the direction from the layout, as an interviewer reads a whiteboard: the side the sources
 * sit on (their mean position against that of the dashboards and serving APIs; left-to-right when either
 * is missing) is where data starts, and each line runs from the box nearer that side to the box farther
 * along the flow axis. A line between boxes level on that axis (LAYOUT_MIN_OFFSET) keeps no direction.
 * Returns undefined when any line has a head, the drawing has fewer than LAYOUT_MIN_LINES lines, the
 * lines thread one unbranched line through the boxes, or the oriented lines break a data platform's
 * order (flow-order.ts) in THREAD_MIN_BREAKS places: a headless hairball stays unread. `consistent` says
 * whether the layout leaves no doubt (every box on a line, none against that order, few level lines).
 * Pure; O(V + E).
 */
export function readLayoutDirection(graph: DiagramGraph): LayoutReading | undefined {
  if (graph.edges.length < LAYOUT_MIN_LINES || graph.edges.some((edge) => !edge.undirected || edge.twoWay)) return undefined;
  const byId = new Map(graph.components.map((component) => [component.id, component]));
  const start = mean(graph.components.filter((component) => component.kind !== 'unknown' && isCategory(component, 'source')));
  const end = mean(graph.components.filter((component) => component.kind !== 'unknown' && isCategory(component, 'serving')));
  const dx = start && end ? end.x - start.x : 1;
  const dy = start && end ? end.y - start.y : 0;
  const horizontal = Math.abs(dx) >= Math.abs(dy);
  const sign = (horizontal ? dx : dy) < 0 ? -1 : 1;
  const axis = horizontal ? (sign > 0 ? 'left-to-right' : 'right-to-left') : sign > 0 ? 'top-down' : 'bottom-up';
  const oriented: DiagramEdge[] = [];
  const edges = graph.edges.map((edge) => {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to || from === to) return edge;
    const a = centre(from);
    const b = centre(to);
    const along = sign * (horizontal ? b.x - a.x : b.y - a.y);
    const size = horizontal ? (from.bounds.width + to.bounds.width) / 2 : (from.bounds.height + to.bounds.height) / 2;
    if (Math.abs(along) < LAYOUT_MIN_OFFSET * size) return edge;
    const { undirected: _undirected, ...rest } = edge;
    const directed: DiagramEdge = along > 0 ? rest : { ...rest, from: edge.to, to: edge.from };
    oriented.push(directed);
    return directed;
  });
  if (oriented.length === 0 || threadedLine(graph)) return undefined;
  // A layout whose lines run against a data platform's order in several places is boxes joined at random.
  let breaks = 0;
  for (const edge of oriented) if (againstTheGrain(byId.get(edge.from)!, byId.get(edge.to)!)) breaks += 1;
  if (breaks >= THREAD_MIN_BREAKS) return undefined;
  const level = graph.edges.length - oriented.length;
  // Every box on the lines: a box left off them says nothing of where it sits in the flow.
  const joined = new Set(graph.edges.flatMap((edge) => [edge.from, edge.to]));
  const placed = graph.components.every((component) => component.setAside !== undefined || joined.has(component.id));
  return { graph: { ...graph, edges }, oriented, axis, consistent: placed && breaks === 0 && level <= LAYOUT_LEVEL_SHARE * graph.edges.length };
}
