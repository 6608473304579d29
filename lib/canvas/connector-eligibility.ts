import { effectiveUnit } from './attach-labels';
import { isHead } from './arrowheads';
import type { BuiltUnits } from './build-units';
import type { Containment } from './detect-groups';
import type { Point } from './geometry';
import { expandBox, pointBoxDistance } from './geometry';
import { ConnectorPaths } from './junctions';
import { LINE_SNAP } from './resolve-edges';
import type { WorkBudget } from './work-budget';

/**
 * Which connectors can become edges. Every arrow can, and so can a line with an arrowhead (people
 * draw arrows with the line tool). A plain line only when both ends touch (or are bound to) two
 * different shapes, or one end touches a shape and the other lies on another connector (a leg of
 * a split or a merge, see junctions.ts); otherwise it is a separator, underline or decoration and
 * must not steal a nearby text as its "label".
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
  return connectors.map((c, ci) => {
    if (c.el.role === 'arrow' || isHead(c.el.startArrowhead) || isHead(c.el.endArrowhead)) return true;
    const pts = c.el.points;
    if (pts.length < 2) return false;
    const start = pts[0]!;
    const end = pts[pts.length - 1]!;
    const a = touching(c.el.startBindingId, start);
    const b = touching(c.el.endBindingId, end);
    if (a !== null && b !== null) return a !== b;
    if (a === null && b === null) return false;
    return onConnector(a === null ? start : end, ci);
  });
}
