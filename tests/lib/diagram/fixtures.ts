import { readScene } from '../../../lib/canvas/read-scene';
import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { loadCase } from '../../../lib/content/load-cases';
import type { ComponentKind } from '../../../lib/diagram/component-kinds';
import { scoreDiagram } from '../../../lib/diagram/score-diagram';
import { buildScene } from '../../golden/diagram/draw-lib';
import type { ArrowSpec, SceneSpec } from '../../golden/diagram/draw-lib';

/** The diagram graph the canvas reader makes of a drawn scene (tests/golden/diagram/draw-lib.ts lays the boxes out). */
export const graphOf = (spec: SceneSpec) => readScene((buildScene(spec) as { elements: unknown[] }).elements);

/** A drawn scene graded against a case's rubric (content/cases/<slug>), as the diagram step grades it. */
export const grade = (slug: string, spec: SceneSpec) => scoreDiagram(graphOf(spec), loadCase(slug).rubric);

/** Every finding code of a graded diagram, in order. */
export const codes = (result: ReturnType<typeof grade>) => result.findings.map((f) => f.code);

/** The finding on one expected flow (`diagram.flow.<id>`); asserted present (tests read its severity and points). */
export const flowFinding = (result: ReturnType<typeof grade>, id: string) => result.findings.find((f) => f.code === `diagram.flow.${id}`)!;

/** Arrows joining the boxes in the order given: chain('a', 'b', 'c') is a -> b -> c. */
export const chain = (...ids: string[]): ArrowSpec[] => ids.slice(1).map((to, i) => ({ from: ids[i]!, to }));

/** A graph component of one or more kinds (the first is its kind), 100 x 50 at the origin, labelled with its id unless told. */
export function kindsBox(id: string, kinds: ComponentKind | ComponentKind[], label = id): DiagramComponent {
  const list = Array.isArray(kinds) ? kinds : [kinds];
  return { id, label, kind: list[0]!, kinds: list, elementIds: [id], bounds: { x: 0, y: 0, width: 100, height: 50 } };
}

/** A graph component of one kind, 100 x 60 at the origin. */
export const labelledBox = (id: string, label: string, kind: ComponentKind): DiagramComponent => ({ id, label, kind, kinds: [kind], elementIds: [id], bounds: { x: 0, y: 0, width: 100, height: 60 } });

/** A graph component, 100 x 50 at the origin, with other kinds it may be only when given. */
export function component(id: string, kind: ComponentKind, label = id, kinds?: ComponentKind[]): DiagramComponent {
  return { id, label, kind, ...(kinds ? { kinds } : {}), elementIds: [id], bounds: { x: 0, y: 0, width: 100, height: 50 } };
}

/** An unlabelled edge from one component id to another, drawn as one arrow (`from->to`); `extra` sets any other field. */
export function edge(from: string, to: string, extra: Partial<DiagramEdge> = {}): DiagramEdge {
  return { from, to, label: '', elementIds: [`${from}->${to}`], ...extra };
}

/** A graph of components and edges, no groups. */
export const graph = (components: DiagramComponent[], edges: DiagramEdge[]): DiagramGraph => ({ components, edges, groups: [] });

/** A graph of components joined by plain edges given as [from, to] id pairs, no groups. */
export const pairsGraph = (components: DiagramComponent[], edges: [string, string][]): DiagramGraph => ({ components, edges: edges.map(([a, b]) => edge(a, b)), groups: [] });

/** A built graph graded against a case's rubric. */
export const scoreOn = (graph: DiagramGraph, slug: string) => scoreDiagram(graph, loadCase(slug).rubric);
