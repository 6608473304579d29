import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import { kindsOf } from './component-view';
import { KIND_INFO } from './kind-info';
import { componentsById, isDataPathKind } from './find-path';
import type { OrderRule } from './flow-order';
import { againstTheGrain } from './flow-order';

/** How a component is joined into the design (see wiringOf). */
export type Wiring = 'directed' | 'twoWay' | 'headless' | 'miswired' | 'none';

/** An arrow drawn where no data could go, and the rule it breaks. */
export interface Miswire {
  edge: DiagramEdge;
  from: DiagramComponent;
  to: DiagramComponent;
  rule: OrderRule;
}

/** Whether any of a component's kinds carries data (not a scheduler, monitor, catalog or policy). */
function inDataPath(component: DiagramComponent): boolean {
  return kindsOf(component).some((kind) => isDataPathKind(kind));
}

/**
 * How each component is wired: by an arrow that makes sense (directed), by arrows with heads at both
 * ends (twoWay: joined both ways, the direction not chosen), only by lines without arrowheads (headless), only by arrows no data could follow (miswired: a dashboard feeding Airflow,
 * marts feeding Kafka), or not at all. Also returns the miswired arrows, in drawing order. A two-way
 * arrow to one of `hubs` (a box joined to most others, see hairball.ts) says no more than a bare line.
 */
export function wiringOf(graph: DiagramGraph, hubs: ReadonlySet<string> = new Set()): { wiring: Map<string, Wiring>; miswired: Miswire[] } {
  const byId = componentsById(graph);
  const wiring = new Map<string, Wiring>();
  const miswired: Miswire[] = [];
  const dataPath = new Map<string, boolean>();
  const schedules = new Map<string, boolean>();
  for (const component of graph.components) {
    dataPath.set(component.id, inDataPath(component));
    schedules.set(component.id, kindsOf(component).every((kind) => KIND_INFO[kind].category === 'orchestration'));
  }
  const raise = (id: string, state: Wiring) => {
    if (WIRING_RANK[state] > WIRING_RANK[wiring.get(id) ?? 'none']) wiring.set(id, state);
  };
  // A box in the data path is wired into its role by data arrows; Airflow pointing at it, or it
  // pointing at a monitor, says nothing about where its data comes from or goes.
  const raiseData = (id: string, other: string, state: Wiring) => raise(id, !dataPath.get(id) || dataPath.get(other) ? state : 'miswired');
  for (const edge of graph.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) continue;
    if (edge.undirected) {
      // Direction unknown: connected, unless neither way makes sense.
      const state = againstTheGrain(from, to) && againstTheGrain(to, from) ? 'miswired' : edge.twoWay && !hubs.has(from.id) && !hubs.has(to.id) ? 'twoWay' : 'headless';
      // A scheduler carries no data: its line to a job says all an arrow would.
      const beside = (id: string, other: string) => (state !== 'miswired' && schedules.get(id) && dataPath.get(other) ? 'directed' : state);
      raiseData(from.id, to.id, beside(from.id, to.id));
      raiseData(to.id, from.id, beside(to.id, from.id));
      continue;
    }
    const rule = againstTheGrain(from, to);
    if (rule) miswired.push({ edge, from, to, rule });
    raiseData(from.id, to.id, rule ? 'miswired' : 'directed');
    raiseData(to.id, from.id, rule ? 'miswired' : 'directed');
  }
  return { wiring, miswired };
}

/** How well wired, best first: a part takes its best match's state. */
export const WIRING_RANK: Record<Wiring, number> = { directed: 4, twoWay: 3, headless: 2, miswired: 1, none: 0 };
