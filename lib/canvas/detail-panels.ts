import type { Box } from './geometry';
import { boxCenter, boxGap } from './geometry';

/** A container the reader found, with what it needs to tell a detail panel from a zone of the system. */
export interface PanelCandidate {
  /** Index of the container's unit. */
  unit: number;
  box: Box;
  /** Its title ('' when it has none). */
  title: string;
  /** Component units inside it (at any depth). */
  members: readonly number[];
}

/** A component outside every candidate panel that a panel may detail. */
export interface PanelOwner {
  unit: number;
  box: Box;
  label: string;
}

/** A detail panel hangs at most this far from the box it details. */
const PANEL_GAP = 60;

/**
 * Untitled containers that show what is inside one box rather than parts of the system (the tables of
 * a "Datalake", the scripts of a "Process" step, drawn in a panel right under it): none of their
 * members has an arrow to anything outside the panel, and the panel hangs within PANEL_GAP of a
 * labelled, connected box whose centre lines up with it. Returns each such panel's unit with the box
 * it details. `edges` are the drawn connections as pairs of component units; `owners` the labelled
 * components with at least one arrow. Pure.
 */
export function detailPanels(
  candidates: readonly PanelCandidate[],
  owners: readonly PanelOwner[],
  edges: readonly (readonly [number, number])[],
): Map<number, PanelOwner> {
  const out = new Map<number, PanelOwner>();
  for (const panel of candidates) {
    if (panel.title !== '' || panel.members.length === 0) continue;
    const inside = new Set(panel.members);
    if (edges.some(([a, b]) => inside.has(a) !== inside.has(b))) continue;
    let best: PanelOwner | null = null;
    let bestGap = Infinity;
    for (const owner of owners) {
      if (inside.has(owner.unit) || owner.label === '') continue;
      const gap = boxGap(owner.box, panel.box);
      if (gap > PANEL_GAP || gap >= bestGap) continue;
      const c = boxCenter(owner.box);
      const p = panel.box;
      // Under or over it (the owner's centre above the panel's width), or beside it (within its height).
      const stacked = c.x >= p.minX && c.x <= p.maxX && (owner.box.maxY <= p.minY || owner.box.minY >= p.maxY);
      const beside = c.y >= p.minY && c.y <= p.maxY && (owner.box.maxX <= p.minX || owner.box.minX >= p.maxX);
      if (!stacked && !beside) continue;
      best = owner;
      bestGap = gap;
    }
    if (best !== null) out.set(panel.unit, best);
  }
  return out;
}
