import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import { kindsOf } from './component-view';
import { componentsById, isDataPathKind } from './find-path';
import type { OrderRule } from './flow-order';
import { againstTheGrain } from './flow-order';
import { KIND_INFO } from './kind-info';

/** An arrow no data could follow that a box's data comes through (see misfedBoxes). */
export interface MisplacedFeed {
  edge: DiagramEdge;
  from: DiagramComponent;
  to: DiagramComponent;
  rule: OrderRule;
}

const carriesData = (component: DiagramComponent) => component.setAside === undefined && kindsOf(component).some((kind) => isDataPathKind(kind));
const isSource = (component: DiagramComponent) => kindsOf(component).some((kind) => KIND_INFO[kind].category === 'source');

/**
 * Boxes whose data comes only through an arrow no data could follow (see flow-order.ts): the head of
 * such an arrow and everything downstream of it, unless data also reaches the box from where the
 * drawing starts. "Sensors -> dashboards -> Flink -> lake -> Kafka -> TimescaleDB": the dashboards feed
 * Flink, so Flink, the lake, Kafka and TimescaleDB hold data that came the wrong way, and a flow read
 * from Kafka is a flow of nothing. Where the drawing starts: a source system (its data is its own) or a
 * box nothing carries data into (its upstream is simply not drawn, which is no error of order).
 * Returns each such box with the first misplaced arrow its data comes through. Only arrows between
 * boxes that carry data count (Airflow pointing at Kafka says nothing about where Kafka's data comes
 * from); a line without arrowheads carries data either way it makes sense. O(V + E).
 */
export function misfedBoxes(graph: DiagramGraph): Map<string, MisplacedFeed> {
  const byId = componentsById(graph);
  const onward = new Map<string, string[]>();
  const fed = new Set<string>();
  const misplaced: MisplacedFeed[] = [];
  const link = (a: string, b: string) => {
    const list = onward.get(a);
    if (list) list.push(b);
    else onward.set(a, [b]);
    fed.add(b);
  };
  for (const edge of graph.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to || from === to || !carriesData(from) || !carriesData(to)) continue;
    const rule = againstTheGrain(from, to);
    if (edge.undirected) {
      if (!rule) link(from.id, to.id);
      if (!againstTheGrain(to, from)) link(to.id, from.id);
      continue;
    }
    if (rule) {
      misplaced.push({ edge, from, to, rule });
      fed.add(to.id);
    } else link(from.id, to.id);
  }
  const out = new Map<string, MisplacedFeed>();
  if (misplaced.length === 0) return out;
  // Data that starts where the drawing starts, carried along arrows that make sense.
  const clean = new Set<string>();
  const queue: string[] = [];
  for (const component of graph.components) {
    if (!carriesData(component) || (fed.has(component.id) && !isSource(component))) continue;
    clean.add(component.id);
    queue.push(component.id);
  }
  for (let head = 0; head < queue.length; head += 1) {
    for (const next of onward.get(queue[head]!) ?? []) {
      if (clean.has(next)) continue;
      clean.add(next);
      queue.push(next);
    }
  }
  // Data that came through a misplaced arrow, carried on to every box it reaches and nothing clean feeds.
  const tainted: string[] = [];
  for (const feed of misplaced) {
    if (clean.has(feed.to.id) || out.has(feed.to.id)) continue;
    out.set(feed.to.id, feed);
    tainted.push(feed.to.id);
  }
  for (let head = 0; head < tainted.length; head += 1) {
    const feed = out.get(tainted[head]!)!;
    for (const next of onward.get(tainted[head]!) ?? []) {
      if (clean.has(next) || out.has(next)) continue;
      out.set(next, feed);
      tainted.push(next);
    }
  }
  return out;
}
