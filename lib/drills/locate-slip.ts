import type { DataFigure } from './read-answer';
import { readDataFigures } from './read-answer';
import { POWER_OF_TEN_SLIPS } from '../units/power-slips';

/** How close a figure must be to the working's to be the same step (a rounded 13 TB for 12.96 TB). */
const SAME_TOLERANCE = 0.05;
/** How close a ratio must be to a slip's factor to read as that slip. */
const SLIP_TOLERANCE = 0.03;

/** Factors a slip in one step produces, each named as a finding says it. */
const SLIPS: readonly { factor: number; says: string }[] = [
  // Powers of ten in the words the estimate worksheet's decimal slip uses for the same mistake.
  ...POWER_OF_TEN_SLIPS.map((slip) => ({ factor: slip.factor, says: `a factor of ${slip.label}: ${slip.says}` })),
  { factor: 8, says: 'a factor of 8: bits and bytes mixed up' },
  { factor: 60, says: 'a factor of 60: seconds against minutes (or minutes against hours)' },
  { factor: 3600, says: 'a factor of 3,600: seconds against hours' },
  { factor: 24, says: 'a factor of 24: hours against days' },
  { factor: 1.024 ** 3, says: 'a factor of 1.074: binary units (GiB) mixed with decimal ones (GB)' },
  { factor: 1.024 ** 4, says: 'a factor of 1.1: binary units (TiB) mixed with decimal ones (TB)' },
];

const same = (a: number, b: number, tolerance: number) => a > 0 && b > 0 && Math.abs(a / b - 1) <= tolerance;

/** The slip that turns the working's figure into the learner's, or undefined. */
function slipBetween(learner: DataFigure, working: DataFigure): { factor: number; says: string } | undefined {
  const ratio = learner.bytes / working.bytes;
  const size = ratio >= 1 ? ratio : 1 / ratio;
  return SLIPS.find((slip) => same(size, slip.factor, slip.factor < 2 ? 0.006 : SLIP_TOLERANCE));
}

/**
 * Where a worked answer to a size drill went wrong, as a sentence, or undefined when it cannot tell. Reads the
 * sizes and sizes per second of the answer (its steps) and of the drill's explanation (the right working), and
 * names the first step of the answer that matches no step of the working but is one slip (10x, 1,000x, 8x, 60x,
 * binary for decimal units) away from a step of the same kind: `the slip is at "130 TB", where the working has
 * 13 TB (a factor of 10: ...)`. An answer that gives only its final figure gets a sentence asking for the steps,
 * since the step that slipped cannot be seen.
 */
export function locateSlip(answer: string, explanation: string): string | undefined {
  const steps = readDataFigures(answer);
  const working = readDataFigures(explanation);
  if (working.length === 0) return undefined;
  if (steps.length <= 1) {
    return 'Only the final figure is given, so the step where it went wrong cannot be seen: write each step with its unit (the rate, one copy, the copies) and the slip shows itself.';
  }
  let lastRight: DataFigure | undefined;
  for (const step of steps) {
    const kin = working.filter((figure) => figure.perSecond === step.perSecond);
    if (kin.some((figure) => same(step.bytes, figure.bytes, SAME_TOLERANCE))) {
      lastRight = step;
      continue;
    }
    for (const figure of kin) {
      const slip = slipBetween(step, figure);
      if (slip === undefined) continue;
      const after = lastRight === undefined ? '' : ` The steps up to ${lastRight.text} hold.`;
      return `The slip is at ${step.text}, where the working has ${figure.text} (${slip.says}).${after}`;
    }
    // A step of its own (an intermediate the explanation does not write) says nothing either way.
  }
  return undefined;
}

