import type { DiagramComponent, DiagramGraph } from '../canvas/diagram-graph';
import type { CorpusSceneTruth } from './corpus-truth-schema';

/** How well the reader's graph of one scene matches its hand labels (`edgesFound`: labelled edges read; `edgesRight`: read edges that are right). */
export type CorpusAccuracy = {
  file: string;
  /** Labelled components the reader found (at their place, with their label), out of all labelled. */
  recall: number;
  /** Reader components that are labelled components, out of all the reader returned. */
  precision: number;
  /** Found components whose kind is the labelled one. */
  kindAccuracy: number;
  edgePrecision: number;
  edgeRecall: number;
  edgeF1: number;
  counts: {
    truth: number;
    read: number;
    found: number;
    kindRight: number;
    truthEdges: number;
    readEdges: number;
    edgesFound: number;
    edgesRight: number;
    /** Labelled components not found, but read in place as an unnamed component (a logo with no text): a naming miss, not a reading one. */
    unnamed: number;
  };
};

const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 1);

function contains(component: DiagramComponent, [x, y]: readonly [number, number]): boolean {
  const b = component.bounds;
  return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
}

/**
 * Matches the reader's components to the hand labels: a labelled component is found by the
 * innermost reader component whose bounds hold its point and whose label holds its words (glued
 * labels still count, a wrong one does not). Edges count when both ends are found and the
 * direction agrees (a double-headed arrow in either direction or undirected). Pure.
 */
export function corpusAccuracy(graph: DiagramGraph, truth: CorpusSceneTruth): CorpusAccuracy {
  const readerOf = new Map<string, DiagramComponent>();
  const truthOf = new Map<string, string>();
  for (const item of truth.components) {
    const want = words(item.label);
    const candidates = graph.components
      .filter((component) => contains(component, item.at) && ` ${words(component.label)} `.includes(` ${want} `) && !truthOf.has(component.id))
      .sort((a, b) => a.bounds.width * a.bounds.height - b.bounds.width * b.bounds.height);
    const hit = candidates[0];
    if (!hit) continue;
    readerOf.set(item.id, hit);
    truthOf.set(hit.id, item.id);
  }
  const found = readerOf.size;
  const unnamed = truth.components.filter((item) => !readerOf.has(item.id) && graph.components.some((component) => component.label === '' && contains(component, item.at))).length;
  const kindRight = truth.components.filter((item) => {
    const hit = readerOf.get(item.id);
    return hit !== undefined && (hit.kinds ?? [hit.kind]).includes(item.kind);
  }).length;

  const truthEdges = new Set(truth.edges.map((edge) => `${edge.from}>${edge.to}`));
  const both = new Set(truth.edges.filter((edge) => edge.both).flatMap((edge) => [`${edge.from}>${edge.to}`, `${edge.to}>${edge.from}`]));
  const matched = new Set<string>();
  let readEdges = 0;
  let correct = 0;
  for (const edge of graph.edges) {
    readEdges += 1;
    const from = truthOf.get(edge.from);
    const to = truthOf.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const forward = `${from}>${to}`;
    const backward = `${to}>${from}`;
    // A double-headed arrow is right read either way, as two arrows or as a line without heads;
    // a line without heads is right only for one.
    const key = edge.undirected || !truthEdges.has(forward) ? (both.has(forward) ? (truthEdges.has(forward) ? forward : backward) : undefined) : forward;
    if (key === undefined) continue;
    correct += 1;
    matched.add(key);
  }
  const edgesFound = matched.size;
  const edgePrecision = ratio(correct, readEdges);
  const edgeRecall = ratio(edgesFound, truthEdges.size);
  return {
    file: truth.file,
    recall: ratio(found, truth.components.length),
    precision: ratio(found, graph.components.length),
    kindAccuracy: ratio(kindRight, found),
    edgePrecision,
    edgeRecall,
    edgeF1: edgePrecision + edgeRecall > 0 ? (2 * edgePrecision * edgeRecall) / (edgePrecision + edgeRecall) : 0,
    counts: { truth: truth.components.length, read: graph.components.length, found, kindRight, truthEdges: truthEdges.size, readEdges, edgesFound, edgesRight: correct, unnamed },
  };
}

/** Totals over several scenes: component recall and precision, kind accuracy (of found components) and edge F1, from the summed counts. */
export function overallAccuracy(measured: readonly CorpusAccuracy[]): { recall: number; precision: number; kindAccuracy: number; edgeF1: number } {
  const sum = (pick: (m: CorpusAccuracy) => number) => measured.reduce((total, m) => total + pick(m), 0);
  const found = sum((m) => m.counts.found);
  const edgePrecision = ratio(sum((m) => m.counts.edgesRight), sum((m) => m.counts.readEdges));
  const edgeRecall = ratio(sum((m) => m.counts.edgesFound), sum((m) => m.counts.truthEdges));
  return {
    recall: ratio(found, sum((m) => m.counts.truth)),
    precision: ratio(found, sum((m) => m.counts.read)),
    kindAccuracy: ratio(sum((m) => m.counts.kindRight), found),
    edgeF1: edgePrecision + edgeRecall > 0 ? (2 * edgePrecision * edgeRecall) / (edgePrecision + edgeRecall) : 0,
  };
}
