import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import { kindsOf } from './component-view';
import { componentsById, isDataPathKind } from './find-path';
import { againstTheGrain } from './flow-order';

/**
 * A drawing is read as boxes threaded in a line, not a design, when its arrows form lines with no
 * branch (no box has two arrows in or two arrows out) through at least THREAD_SHARE of its boxes (and
 * THREAD_MIN_BOXES of them), and the line breaks the order of a data platform in at least
 * THREAD_MIN_BREAKS places. Real designs branch: the stream feeds both the lake and the stream job, a
 * scheduler sits beside the jobs it runs. Measured on the golden scenes: no drawn design, strong or
 * mediocre, is an unbranched line through most of its boxes with two breaks.
 */
export const THREAD_SHARE = 0.7;
export const THREAD_MIN_BOXES = 6;
export const THREAD_MIN_BREAKS = 2;

/** One place a threaded line breaks the order: an arrow no data could follow, or data passed through a box beside the data path. */
export interface ThreadBreak {
  /** What is drawn, in the learner's labels: '"Tableau" → "Snowflake"' or '"Debezium" → "Airflow" → "Pricing API"'. */
  drawn: string;
  /** Why data cannot go that way, in the field's words. */
  why: string;
  /** The boxes and arrows involved. */
  refs: string[];
}

export interface ThreadedChain {
  /** Boxes on the line(s). */
  boxes: number;
  breaks: ThreadBreak[];
}

const quote = (component: DiagramComponent) => `"${component.label || component.kind}"`;
const carriesData = (component: DiagramComponent) => kindsOf(component).some((kind) => isDataPathKind(kind));

/**
 * Whether the drawing is boxes threaded in a line in an order no data could follow (see THREAD_SHARE),
 * and where the line breaks the order; undefined for anything that branches or keeps the order. O(V + E).
 */
export function findThreadedChain(graph: DiagramGraph): ThreadedChain | undefined {
  const byId = componentsById(graph);
  const into = new Map<string, DiagramEdge[]>();
  const out = new Map<string, DiagramEdge[]>();
  const pairs = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.from === edge.to || !byId.has(edge.from) || !byId.has(edge.to)) continue;
    const key = `${edge.from}\u0000${edge.to}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    for (const [map, at] of [
      [out, edge.from],
      [into, edge.to],
    ] as const) {
      const list = map.get(at);
      if (list) list.push(edge);
      else map.set(at, [edge]);
    }
  }
  let touched = 0;
  for (const component of graph.components) {
    const ins = into.get(component.id)?.length ?? 0;
    const outs = out.get(component.id)?.length ?? 0;
    if (ins > 1 || outs > 1) return undefined;
    if (ins + outs > 0) touched += 1;
  }
  if (touched < THREAD_MIN_BOXES || touched < THREAD_SHARE * graph.components.length) return undefined;
  const breaks: ThreadBreak[] = [];
  for (const edge of graph.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to || edge.undirected || !pairs.delete(`${edge.from}\u0000${edge.to}`)) continue;
    const rule = againstTheGrain(from, to);
    if (rule) breaks.push({ drawn: `${quote(from)} → ${quote(to)}`, why: rule.why, refs: [...from.elementIds, ...to.elementIds, ...edge.elementIds] });
    // Data handed on through a scheduler, monitor or catalog: the line runs through a box that carries none.
    const onward = out.get(to.id)?.[0];
    const after = onward ? byId.get(onward.to) : undefined;
    if (after && carriesData(from) && !carriesData(to) && carriesData(after)) {
      breaks.push({
        drawn: `${quote(from)} → ${quote(to)} → ${quote(after)}`,
        why: `${quote(to)} carries no data: it schedules, watches or describes the jobs beside the data path`,
        refs: [...from.elementIds, ...to.elementIds, ...after.elementIds, ...edge.elementIds, ...onward!.elementIds],
      });
    }
  }
  if (breaks.length < THREAD_MIN_BREAKS) return undefined;
  return { boxes: touched, breaks };
}
