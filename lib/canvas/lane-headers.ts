import type { Box } from './geometry';
import { boxHeight, boxWidth } from './geometry';

/** A box inside a lane, with what the reader knows of it. */
export interface HeaderCandidate {
  unit: number;
  box: Box;
  label: string;
  connected: boolean;
  /** Its direct container (a group unit), or null. */
  lane: number | null;
}

/** A header spans at least this share of its lane's side... */
const MIN_SPAN = 0.8;
/** ...is at most this share of the lane's other side... */
const MAX_DEPTH = 0.3;
/** ...and sits this close to the lane's left or top edge. */
const EDGE = 16;
/** Headers are names, not sentences. */
const MAX_CHARS = 40;

/**
 * Swimlane headers: a short-labelled box no arrow reaches that runs along the left (or top) edge of
 * its lane, spanning most of it ("Ingestion" down the left of a wide lane). It names the lane; it is
 * not a component. Returns header unit -> its lane. Pure.
 */
export function laneHeaders(candidates: readonly HeaderCandidate[], laneBox: (lane: number) => Box): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of candidates) {
    if (c.lane === null || c.connected || c.label === '' || c.label.length > MAX_CHARS) continue;
    const lane = laneBox(c.lane);
    const b = c.box;
    const left = b.minX - lane.minX <= EDGE && boxHeight(b) >= boxHeight(lane) * MIN_SPAN && boxWidth(b) <= boxWidth(lane) * MAX_DEPTH;
    const top = b.minY - lane.minY <= EDGE && boxWidth(b) >= boxWidth(lane) * MIN_SPAN && boxHeight(b) <= boxHeight(lane) * MAX_DEPTH;
    if (left || top) out.set(c.unit, c.lane);
  }
  return out;
}
