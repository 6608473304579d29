import type { DiagramComponent, DiagramEdge, DiagramGraph } from '../canvas/diagram-graph';
import type { CorpusSceneTruth } from './corpus-truth-schema';

/** A labelled edge the reader did not read, with what the reader has at its two ends. */
export type MissedEdge = { from: string; to: string; both: boolean; why: string };
/** A read edge no label has; `as` names the labelled ends it joins ("a -> b", "? " for no labelled end). */
export type SpuriousEdge = DiagramEdge & { as: string };

/** Edge figures of one scene with components matched by place only (see `placeEdgeReport`). */
export type PlaceEdgeReport = {
  /** Labelled edges read (in a direction the label allows), out of `wanted`. */
  found: number;
  wanted: number;
  /** Read edges that are labelled edges, out of `read`. */
  right: number;
  read: number;
  missed: MissedEdge[];
  spurious: SpuriousEdge[];
};

function holds(component: DiagramComponent, [x, y]: readonly [number, number]): boolean {
  const b = component.bounds;
  return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
}

/**
 * Compares the reader's edges of one scene with its hand labels, matching each labelled component to
 * the innermost reader component whose bounds hold its point, whatever its label (a logo the reader
 * cannot name still counts): the arrow reading judged apart from the naming. Direction rules are
 * those of `corpusAccuracy` (a double-headed label reads right either way or undirected). Pure.
 */
export function placeEdgeReport(graph: DiagramGraph, truth: CorpusSceneTruth): PlaceEdgeReport {
  const readerOf = new Map<string, string>();
  const truthOf = new Map<string, string>();
  for (const item of truth.components) {
    const hit = graph.components
      .filter((c) => holds(c, item.at) && !truthOf.has(c.id))
      .sort((a, b) => a.bounds.width * a.bounds.height - b.bounds.width * b.bounds.height)[0];
    if (!hit) continue;
    readerOf.set(item.id, hit.id);
    truthOf.set(hit.id, item.id);
  }
  const wantedKeys = new Set(truth.edges.map((e) => `${e.from}>${e.to}`));
  const both = new Set(truth.edges.filter((e) => e.both).flatMap((e) => [`${e.from}>${e.to}`, `${e.to}>${e.from}`]));
  const matched = new Set<string>();
  const spurious: SpuriousEdge[] = [];
  let right = 0;
  for (const edge of graph.edges) {
    const from = truthOf.get(edge.from);
    const to = truthOf.get(edge.to);
    const as = `${from ?? '?'} -> ${to ?? '?'}`;
    if (from === undefined || to === undefined) {
      spurious.push({ ...edge, as });
      continue;
    }
    const forward = `${from}>${to}`;
    const backward = `${to}>${from}`;
    // As in corpusAccuracy: a line without heads is right only for a double-headed label.
    const key = edge.undirected === true || !wantedKeys.has(forward) ? (both.has(forward) ? (wantedKeys.has(forward) ? forward : backward) : undefined) : forward;
    if (key === undefined) {
      spurious.push({ ...edge, as });
      continue;
    }
    right += 1;
    matched.add(key);
  }
  const touching = (id: string | undefined) => (id === undefined ? 0 : graph.edges.filter((e) => e.from === id || e.to === id).length);
  const missed: MissedEdge[] = truth.edges
    .filter((e) => !matched.has(`${e.from}>${e.to}`) && !(e.both && matched.has(`${e.to}>${e.from}`)))
    .map((e) => {
      const a = readerOf.get(e.from);
      const b = readerOf.get(e.to);
      const why = [
        a === undefined ? `no component at ${e.from}` : touching(a) === 0 ? `${e.from} has no edge` : '',
        b === undefined ? `no component at ${e.to}` : touching(b) === 0 ? `${e.to} has no edge` : '',
      ]
        .filter((w) => w !== '')
        .join(', ');
      return { from: e.from, to: e.to, both: e.both, why };
    });
  return { found: matched.size, wanted: wantedKeys.size, right, read: graph.edges.length, missed, spurious };
}
