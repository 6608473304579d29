/**
 * Which way a connector points, from its two arrowhead fields. Excalidraw 0.18 offers "arrow",
 * "triangle" and "triangle_outline" (heads: the flow goes that way) and "bar", "dot", "circle",
 * "circle_outline", "diamond", "diamond_outline", "crowfoot_one", "crowfoot_many",
 * "crowfoot_one_or_many" (markers: an end cap, an ER cardinality or a UML aggregation, which say
 * nothing about the direction of a flow). A value we do not know is read as a head, as before.
 */

export type Direction = 'forward' | 'backward' | 'both' | 'none';

const MARKERS: ReadonlySet<string> = new Set([
  'bar',
  'dot',
  'circle',
  'circle_outline',
  'diamond',
  'diamond_outline',
  'crowfoot_one',
  'crowfoot_many',
  'crowfoot_one_or_many',
]);

/** Is this arrowhead field (null = none) a head that gives a direction? */
export function isHead(arrowhead: string | null): boolean {
  return arrowhead !== null && !MARKERS.has(arrowhead);
}

/** The direction of a connector drawn from its start to its end: toward the end(s) with a head. */
export function connectorDirection(startArrowhead: string | null, endArrowhead: string | null): Direction {
  const start = isHead(startArrowhead);
  const end = isHead(endArrowhead);
  if (start && end) return 'both';
  if (end) return 'forward';
  if (start) return 'backward';
  return 'none';
}
