import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import type { ComponentKind } from './component-kinds';
import { isAnyOf } from './component-view';
import type { GraphPath } from './find-path';
import { START, UNSEEN, graphIndex, hopCounter, pathTo, seedSources } from './find-path';
import { againstTheGrain } from './flow-order';

/** A flow drawn but for one arrow: the drawn part before and after the gap, and the two boxes to connect. */
export interface FlowGap {
  /** From a source of the flow to `from`, along arrows (may be just the source). */
  left: GraphPath;
  /** From `to` to a sink of the flow, along arrows (may be just the sink). */
  right: GraphPath;
  /** The box the missing arrow leaves. */
  from: DiagramComponent;
  /** The box the missing arrow enters. */
  to: DiagramComponent;
  /** Arrows drawn on the completed route: the route has `drawn + 1` arrows. */
  drawn: number;
  /** An arrow drawn between the two boxes the wrong way (to -> from), if there is one. */
  reversed?: DiagramEdge;
}

export interface GapQuery {
  from: ReadonlySet<ComponentKind>;
  to: ReadonlySet<ComponentKind>;
  through: readonly ReadonlySet<ComponentKind>[];
  /** Kinds a path may pass through in the middle (as in findFlowPath). */
  hopAllowed: (component: DiagramComponent) => boolean;
  /**
   * Boxes a route read as the flow may pass between two consecutive stops (source, named hops, sink)
   * beyond the stops themselves: a longer leg is boxes lined up, not the flow with one arrow left out.
   */
  maxExtraPerLeg: number;
}

const GOAL = -1;

/**
 * The one arrow that would complete a flow drawn but for it: a route along drawn arrows from a source
 * (through the named hops in order) to a box X, and from a box Y on to a sink, such that one arrow
 * X -> Y, which data could take, makes the flow. Picks the completion with the most drawn arrows
 * (each leg between stops direct, see `maxExtraPerLeg`). Undefined when no single arrow completes it
 * or nothing is drawn. Forward search from the sources and backward search from the sinks over
 * (component, hops visited) states, then a join: O((V * hops)^2) at worst, pruned by length.
 */
export function findFlowGap(graph: DiagramGraph, query: GapQuery): FlowGap | undefined {
  const { position, adjacency, incoming } = graphIndex(graph);
  const { advance, overEdge } = hopCounter(query.through);
  const components = graph.components;
  const size = components.length;
  const hops = query.through.length;
  const states = size * (hops + 1);
  const middleOk = (component: DiagramComponent) => query.hopAllowed(component) || isAnyOf(component, query.to);

  // Forward: every state reachable from a source, with its distance in arrows; only states a walk may
  // leave (a source, or a box allowed in the middle) can be the tail of the missing arrow.
  const previous = new Int32Array(states).fill(UNSEEN);
  const via: (DiagramEdge | undefined)[] = new Array<DiagramEdge | undefined>(states);
  const forwardDistance = new Int32Array(states);
  const forward = new Int32Array(states);
  let forwardTail = seedSources(components, query.from, advance, previous, forward);
  let leavable = 0;
  const tails = new Int32Array(states);
  for (let head = 0; head < forwardTail; head += 1) {
    const here = forward[head]!;
    const done = Math.floor(here / size);
    const component = components[here - done * size]!;
    if (previous[here] !== START && !middleOk(component)) continue;
    tails[leavable++] = here;
    for (const { next, edge, hops: named } of adjacency.directed.get(component.id) ?? []) {
      const state = advance(next, overEdge(named, done)) * size + position.get(next.id)!;
      if (previous[state] !== UNSEEN) continue;
      previous[state] = here;
      via[state] = edge;
      forwardDistance[state] = forwardDistance[here]! + 1;
      forward[forwardTail++] = state;
    }
  }

  // Backward: every (box, hops done after it) from which the drawn arrows reach a sink with every hop
  // visited, with its distance; each such box is a middle box or the sink, so it can be the head.
  const next = new Int32Array(states).fill(UNSEEN);
  const nextVia: (DiagramEdge | undefined)[] = new Array<DiagramEdge | undefined>(states);
  const backwardDistance = new Int32Array(states);
  const backward = new Int32Array(states);
  let backwardTail = 0;
  for (let i = 0; i < size; i += 1) {
    if (!isAnyOf(components[i]!, query.to)) continue;
    const state = hops * size + i;
    next[state] = GOAL;
    backward[backwardTail++] = state;
  }
  for (let head = 0; head < backwardTail; head += 1) {
    const here = backward[head]!;
    const done = Math.floor(here / size);
    const component = components[here - done * size]!;
    for (const { next: tail, edge, hops: named } of incoming.get(component.id) ?? []) {
      if (!middleOk(tail)) continue;
      const at = position.get(tail.id)!;
      for (let before = 0; before <= hops; before += 1) {
        if (advance(component, overEdge(named, before)) !== done) continue;
        const state = before * size + at;
        if (next[state] !== UNSEEN) continue;
        next[state] = here;
        nextVia[state] = edge;
        backwardDistance[state] = backwardDistance[here]! + 1;
        backward[backwardTail++] = state;
      }
    }
  }

  // Join: the longest drawn completion; both lists are in order of distance, so walk them from the end.
  // The completed route visits each box once (the part after the gap shares no box with the part
  // before), and no leg between consecutive stops passes more than maxExtraPerLeg other boxes. A box
  // on the route is a stop when the hops visited go up there; the first and last boxes are the ends.
  // `onLeft` marks every box of the route built so far (the part before the gap, then after it).
  const onLeft = new Uint8Array(size);
  const route: number[] = [];
  const routeOk = (tailState: number, headState: number): boolean => {
    onLeft.fill(0);
    route.length = 0;
    // Each box once: a walk back into a box already passed ("Kafka -> Flink -> Kafka") is no longer route.
    for (let at = tailState; at !== START; at = previous[at]!) {
      if (onLeft[at % size]) return false;
      onLeft[at % size] = 1;
      route.push(at);
    }
    route.reverse();
    for (let at = headState; at !== GOAL; at = next[at]!) {
      if (onLeft[at % size]) return false;
      onLeft[at % size] = 1;
      route.push(at);
    }
    let extras = 0;
    for (let i = 1; i + 1 < route.length; i += 1) {
      if (Math.floor(route[i]! / size) > Math.floor(route[i - 1]! / size)) extras = 0;
      else if (++extras > query.maxExtraPerLeg) return false;
    }
    return true;
  };
  let best: { tail: number; head: number; drawn: number } | undefined;
  for (let f = leavable - 1; f >= 0; f -= 1) {
    const tailState = tails[f]!;
    const tailDone = Math.floor(tailState / size);
    const x = components[tailState - tailDone * size]!;
    for (let b = backwardTail - 1; b >= 0; b -= 1) {
      const headState = backward[b]!;
      const drawn = forwardDistance[tailState]! + backwardDistance[headState]!;
      if (drawn <= (best?.drawn ?? 0)) break;
      const headDone = Math.floor(headState / size);
      const y = components[headState - headDone * size]!;
      if (y === x || advance(y, tailDone) !== headDone || againstTheGrain(x, y) || !routeOk(tailState, headState)) continue;
      best = { tail: tailState, head: headState, drawn };
      break;
    }
  }
  if (!best) return undefined;
  const left = pathTo(best.tail, size, components, previous, via);
  const right: GraphPath = { componentIds: [], edges: [] };
  for (let at = best.head; at !== GOAL; at = next[at]!) {
    right.componentIds.push(components[at % size]!.id);
    const edge = nextVia[at];
    if (edge) right.edges.push(edge);
  }
  const from = components[best.tail % size]!;
  const to = components[best.head % size]!;
  const reversed = graph.edges.find((edge) => !edge.undirected && edge.from === to.id && edge.to === from.id);
  return reversed ? { left, right, from, to, drawn: best.drawn, reversed } : { left, right, from, to, drawn: best.drawn };
}
