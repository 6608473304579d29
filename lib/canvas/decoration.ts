import type { Unit } from './build-units';
import type { UnitRole } from './detect-groups';
import type { Box } from './geometry';
import { containsBox } from './geometry';

/** What the reader knows about one would-be component when it decides whether it is decoration. */
export interface DecorationCandidate {
  /** Index of its unit in `units`. */
  unit: number;
  /** Its label ('' when nothing names it). */
  label: string;
  /** Whether any arrow or connecting line reaches it. */
  connected: boolean;
  /** Whether its kind is known from something other than a label (the palette, the learner's answer). */
  hinted: boolean;
}

/** Hand-drawn boxes overhang their container by a few px (as in detect-groups). */
const SLACK = 4;
/** A frame holds the drawing when it holds at least this many connected components. */
const MIN_DRAWING = 3;

const crossesBorder = (inner: Box, outer: Box): boolean =>
  !containsBox(outer, inner, SLACK) && inner.minX < outer.maxX && outer.minX < inner.maxX && inner.minY < outer.maxY && outer.minY < inner.maxY;

/**
 * Which would-be components are decoration rather than parts of the system, returned as unit indexes:
 * - an unlabelled drawn shape or icon (not an image) that no arrow reaches and nothing names: the
 *   pieces of a drawn icon, a table grid in a detail panel, a Docker whale around the deployment;
 * - an unlabelled image no arrow reaches that sits across a container's border (a Kubernetes or
 *   Docker logo on a cluster's corner), or that lies outside the container holding the whole
 *   connected drawing (a legend of logos under the diagram's border).
 * A lone unlabelled image elsewhere stays a component, unnamed, so the checklist can ask what it is.
 * Pure; `parent[i]` is the direct enclosing group of unit i (detect-groups), `role` its role.
 */
export function decorationUnits(
  candidates: readonly DecorationCandidate[],
  units: readonly Unit[],
  role: readonly UnitRole[],
  parent: readonly (number | null)[],
): Set<number> {
  const out = new Set<number>();
  const loose = candidates.filter((c) => c.label === '' && !c.connected && !c.hinted);
  if (loose.length === 0) return out;
  const ancestors = (i: number): number[] => {
    const list: number[] = [];
    let g = parent[i] ?? null;
    let guard = 0;
    while (g !== null && guard++ < 64) {
      list.push(g);
      g = parent[g] ?? null;
    }
    return list;
  };
  // The containers that hold every connected component: the drawing's own border, if it has one.
  const connected = candidates.filter((c) => c.connected);
  let holders: number[] = [];
  if (connected.length >= MIN_DRAWING) {
    holders = ancestors(connected[0]!.unit);
    for (const c of connected) {
      const mine = ancestors(c.unit);
      holders = holders.filter((g) => mine.includes(g));
      if (holders.length === 0) break;
    }
  }
  const groups: number[] = [];
  role.forEach((r, i) => {
    if (r === 'group') groups.push(i);
  });
  for (const c of loose) {
    const u = units[c.unit]!;
    if (!u.isImage) {
      out.add(c.unit);
      continue;
    }
    if (groups.some((g) => crossesBorder(u.box, units[g]!.box))) {
      out.add(c.unit);
      continue;
    }
    if (holders.length > 0) {
      const mine = ancestors(c.unit);
      if (!holders.some((g) => mine.includes(g))) out.add(c.unit);
    }
  }
  return out;
}
