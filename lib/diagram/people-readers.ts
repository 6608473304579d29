import type { DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import { namesPeople } from '../text/people-label';
import { kindsOf } from './component-view';
import { componentsById } from './find-path';
import { KIND_INFO } from './kind-info';
import { isStoreKind } from './wrong-store';

/**
 * Boxes the reader could not place whose label names people or a team (lib/text/people-label: "bed managers",
 * "ops team", "ward staff", "(finance, audit)"), that send nothing (no arrow leaves them, no line joins them) and
 * that an arrow reaches from a store or a serving box (a dashboard, an API): the people the outputs are delivered
 * to, as an interviewer reads "census DB -> bed managers". Each with the arrow that reaches it, by id. Boxes named
 * for those who send data ("drivers", "patients") are never readers. Pure; O(E).
 */
export function peopleReaders(graph: DiagramGraph): Map<string, DiagramEdge> {
  const byId = componentsById(graph);
  const sends = new Set<string>();
  for (const edge of graph.edges) {
    sends.add(edge.from);
    if (edge.undirected) sends.add(edge.to);
  }
  const people = new Set(
    graph.components
      .filter((component) => component.setAside === undefined && kindsOf(component).every((kind) => kind === 'unknown') && namesPeople(component.label))
      .map((component) => component.id),
  );
  const readers = new Map<string, DiagramEdge>();
  for (const edge of graph.edges) {
    if (edge.undirected || !people.has(edge.to) || sends.has(edge.to) || readers.has(edge.to)) continue;
    const from = byId.get(edge.from);
    if (from && kindsOf(from).some((kind) => isStoreKind(kind) || KIND_INFO[kind].category === 'serving')) readers.set(edge.to, edge);
  }
  return readers;
}
