import { effectiveUnit } from './attach-labels';
import { isHead } from './arrowheads';
import type { BuiltUnits } from './build-units';
import type { Containment } from './detect-groups';
import type { Point } from './geometry';
import { expandBox, pointBoxDistance } from './geometry';
import { ConnectorPaths } from './junctions';
import { LINE_SNAP, SPECK_SNAP } from './resolve-edges';
import type { WorkBudget } from './work-budget';

/**
 * Which connectors can become edges. Every arrow can, and so can a line with an arrowhead (people
 * draw arrows with the line tool). A plain line only when both ends touch (or are bound to) two
 * different shapes, or one end touches a shape and the other lies on another connector or on a
 * junction dot another connector also reaches (a leg of a split or a merge, see junctions.ts), or
 * both ends lie on such dots (a trunk between two junctions); otherwise it is a separator, underline
 * or decoration and must not steal a nearby text as its "label".
 */
export function connectorEligibility(built: BuiltUnits, containment: Containment, budget: WorkBudget): boolean[] {
  const { units, connectors, ownerOf } = built;
  const touching = (bindingId: string | null, p: Point): number | null => {
    const owner = bindingId !== null ? ownerOf.get(bindingId) : undefined;
    if (owner?.kind === 'unit') return effectiveUnit(owner.index, containment);
    let best: number | null = null;
    let bestD = Infinity;
    for (const j of containment.index.query(expandBox({ minX: p.x, minY: p.y, maxX: p.x, maxY: p.y }, LINE_SNAP))) {
      const u = effectiveUnit(j, containment);
      if (containment.role[u] !== 'component') continue;
      const d = pointBoxDistance(p, units[j]!.box);
      if (d <= LINE_SNAP && (d < bestD || (d === bestD && best !== null && u < best))) {
        best = u;
        bestD = d;
      }
    }
    return best;
  };
  let paths: ConnectorPaths | null = null;
  const onConnector = (p: Point, self: number): boolean => {
    paths ??= new ConnectorPaths(
      connectors.map((c) => (c.clusterUnit === null && c.el.points.length >= 2 ? c.el.points : null)),
      connectors.map((c) => c.el.box),
      budget,
    );
    return paths.through(p, self).length > 0;
  };
  // Junction dots: the specks each connector's tips sit on (bound, or within SPECK_SNAP px).
  const dotOf = (bindingId: string | null, p: Point): number | null => {
    const owner = bindingId !== null ? ownerOf.get(bindingId) : undefined;
    if (owner?.kind === 'unit' && units[owner.index]!.tiny) return owner.index;
    let found: number | null = null;
    for (const j of containment.index.query(expandBox({ minX: p.x, minY: p.y, maxX: p.x, maxY: p.y }, SPECK_SNAP))) {
      if (units[j]!.tiny && pointBoxDistance(p, units[j]!.box) <= SPECK_SNAP && (found === null || j < found)) found = j;
    }
    return found;
  };
  const hasDots = units.some((u) => u.tiny);
  const tipDots = connectors.map((c): [number | null, number | null] => {
    const pts = c.el.points;
    if (!hasDots || c.clusterUnit !== null || pts.length < 2) return [null, null];
    return [dotOf(c.el.startBindingId, pts[0]!), dotOf(c.el.endBindingId, pts[pts.length - 1]!)];
  });
  const tipsOnDot = new Map<number, number>();
  for (const dots of tipDots) for (const d of dots) if (d !== null) tipsOnDot.set(d, (tipsOnDot.get(d) ?? 0) + 1);
  /** A tip on a dot that another connector's tip also reaches: a junction, not a loose end. */
  const onJunction = (ci: number, end: 0 | 1): boolean => {
    const d = tipDots[ci]![end];
    return d !== null && (tipsOnDot.get(d) ?? 0) >= 2;
  };
  return connectors.map((c, ci) => {
    if (c.el.role === 'arrow' || isHead(c.el.startArrowhead) || isHead(c.el.endArrowhead)) return true;
    const pts = c.el.points;
    if (pts.length < 2) return false;
    const start = pts[0]!;
    const end = pts[pts.length - 1]!;
    const a = touching(c.el.startBindingId, start);
    const b = touching(c.el.endBindingId, end);
    if (a !== null && b !== null) return a !== b;
    if (a === null && b === null) return onJunction(ci, 0) && onJunction(ci, 1);
    return onJunction(ci, a === null ? 0 : 1) || onConnector(a === null ? start : end, ci);
  });
}
