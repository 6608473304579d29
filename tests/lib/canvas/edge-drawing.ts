import { readScene } from '@/lib/canvas/read-scene';
import { arrow, boundText, rect, scene } from './scene-builders';

/* Helpers for the connector-kind drawings: boxes with labels, polyline arrows, and edges read back as text. */

type Json = Record<string, unknown>;

/** A rectangle of `w` x `h` px at (x, y) with its label bound inside. */
export function labelledBox(id: string, x: number, y: number, label: string, w: number, h: number): Json[] {
  const r = rect(id, x, y, w, h);
  return [r, boundText(`${id}-t`, r, label)];
}

/** Edges as "from -> to" ("from -- to" for no direction), sorted, so a test reads like the drawing. */
export function flows(elements: Json[]): string[] {
  const g = readScene(scene(elements));
  const label = new Map(g.components.map((c) => [c.id, c.label]));
  return g.edges.map((e) => `${label.get(e.from)} ${e.undirected ? '--' : '->'} ${label.get(e.to)}`).sort();
}

/** A polyline arrow through `points` (absolute), heads as given. */
export function path(id: string, points: [number, number][], extra: Json = {}): Json {
  const [x0, y0] = points[0]!;
  return arrow(id, points[0]!, points[points.length - 1]!, { points: points.map(([x, y]) => [x - x0, y - y0]), ...extra });
}
