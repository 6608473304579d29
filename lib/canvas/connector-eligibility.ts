import { effectiveUnit } from './attach-labels';
import type { BuiltUnits } from './build-units';
import type { Containment } from './detect-groups';
import type { Point } from './geometry';
import { expandBox, pointBoxDistance } from './geometry';
import { LINE_SNAP } from './resolve-edges';

/**
 * Which connectors can become edges. Every arrow can; a plain line only when both ends touch (or
 * are bound to) two different shapes — otherwise it is a separator, underline or decoration and
 * must not steal a nearby text as its "label".
 */
export function connectorEligibility(built: BuiltUnits, containment: Containment): boolean[] {
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
  return connectors.map((c) => {
    if (c.el.role === 'arrow') return true;
    const pts = c.el.points;
    if (pts.length < 2) return false;
    const a = touching(c.el.startBindingId, pts[0]!);
    const b = touching(c.el.endBindingId, pts[pts.length - 1]!);
    return a !== null && b !== null && a !== b;
  });
}
