import { depthCost } from '../scoring/depth';
import { DEPTH_WHY_CLAUSES, readDepth } from '../text/depth';
import type { DepthOptions } from '../text/depth';
import { readText } from '../text/read-text';
import type { DesignAnswer } from './design-answer-schema';
import type { Tally } from './tally';

/**
 * The depth bar of a high-level design: the deep-dive bar (why on two or more parts, a failure walked through, an
 * alternative weighed), except that alerts and dashboards are what a design serves, not what it monitors, so naming
 * them weighs no alternative. Golden set, rounds 0-13: 75 strong and unusual designs, every one signed 80-93 by hand
 * and none higher; complete designs that state every field without this depth are the 84-90 an interviewer signs.
 */
export const DESIGN_DEPTH: DepthOptions = { whyClauses: DEPTH_WHY_CLAUSES, failures: 1, monitoring: false };

/** Every field of a design as one text, a sentence per field or row, so the depth reader sees the whole design. */
export function designProse(answer: DesignAnswer): string {
  const rows = [
    ...answer.inputs.map((row) => [row.name, row.format, row.rate].filter((part) => part !== '').join(', ')),
    ...answer.outputs.map((row) => [row.consumer, row.store].filter((part) => part !== '').join(': ')),
  ];
  return [answer.useCase, answer.sla, answer.reason, ...rows]
    .map((part) => part.trim().replace(/[.;:,\s]+$/, ''))
    .filter((part) => part !== '')
    .join('. ');
}

/**
 * The last points of a design (lib/scoring/depth.ts: DEPTH_POINTS of 100, scaled in from 85% of the points earned)
 * are for a design that says why its parts hold, walks through a failure (late or replayed data, a crash, a re-run)
 * and weighs an alternative. Charged to the tally as one `design.depth` finding (severity missing) whose points make
 * the score what the depth rule leaves, so the findings still add up to the score. Returns the points charged (0 for
 * an exemplary design or one below the share where depth counts). Pure apart from the tally it adds to.
 */
export function scoreDesignDepth(tally: Tally, answer: DesignAnswer): number {
  const { cost, finding } = depthCost(tally.earned, tally.available, readDepth(readText(designProse(answer)), DESIGN_DEPTH), 'design.depth');
  if (!finding || !(cost > 0) || !(tally.earned > cost)) return 0;
  // Earned E of A less `cost` is the same share as E of A + charged.
  const charged = Math.round(((tally.available * cost) / (tally.earned - cost)) * 10) / 10;
  if (!(charged > 0)) return 0;
  tally.available += charged;
  tally.findings.push({ ...finding, points: charged });
  return charged;
}
