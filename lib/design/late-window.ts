import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { readWindowEmissions } from '../text/window-emission';
import { withoutWithdrawn } from '../text/withdrawn-text';
import type { WindowEmission } from '../text/window-emission';
import type { DesignAnswer } from './design-answer-schema';
import { getDesignIndex, namedIds } from './design-index';
import type { DesignCase } from './design-index';
import { formatDuration } from './format-duration';
import { strictestUseCase } from './strictest-use-case';
import { quote } from './tally';

/** A window emitting this many times later than the need or more breaks it by a multiple, not by rounding (score-sla.ts SLA_NEAR_CAP_FACTOR). */
export const LATE_WINDOW_FACTOR = 4;

/**
 * The most a design can score when the window that computes its most urgent result emits LATE_WINDOW_FACTOR times
 * later than that result is needed or more ("5-minute tumbling windows" for alerts within 10 seconds): the right
 * mechanism with a number that lets through what the business built it to catch. Interviewers sign it as mediocre, as
 * a near-missed SLA (score-design.ts NEAR_MISSED_DESIGN_MAX, 55; golden round 22: 58).
 */
export const LATE_WINDOW_DESIGN_MAX = 55;

/** The case's strictest use case: its id, label, need (seconds) and the ids of its outputs. */
function strictNeed(rubric: DesignCase): { id: string; label: string; need: number; outputs: Set<string> } | undefined {
  const design = rubric.steps.design;
  const strict = strictestUseCase(design);
  if (!strict) return undefined;
  const { id, label } = strict;
  return { id, label, need: strict.freshnessSeconds, outputs: new Set(design.outputs.filter((output) => output.useCase === id).map((output) => output.id)) };
}

/**
 * The first window in the design's use case or reason that computes the strictest use case's result (its sentence
 * names that use case or one of its outputs) and emits LATE_WINDOW_FACTOR times later than it is needed or more,
 * with the need; undefined otherwise. Pure.
 */
export function lateWindow(answer: DesignAnswer, rubric: DesignCase): { window: WindowEmission; need: number; label: string } | undefined {
  const strict = strictNeed(rubric);
  if (!strict) return undefined;
  const index = getDesignIndex(rubric);
  for (const text of [answer.reason, answer.useCase]) {
    // What the learner took back ("tumbling 5-minute windows... no wait, sliding every 30 s") is not their window.
    for (const window of readWindowEmissions(withoutWithdrawn(text).text)) {
      if (window.seconds < strict.need * LATE_WINDOW_FACTOR) continue;
      const forStrict = namedIds(index.useCases, window.sentence).includes(strict.id) || namedIds(index.outputs, window.sentence).some((id) => strict.outputs.has(id));
      if (forStrict) return { window, need: strict.need, label: strict.label };
    }
  }
  return undefined;
}

/** Caps at LATE_WINDOW_DESIGN_MAX a design whose most urgent result comes from a window that emits too late, quoting it. */
export function capLateWindow(result: StepResult, answer: DesignAnswer, rubric: DesignCase): StepResult {
  const late = lateWindow(answer, rubric);
  if (!late) return result;
  const every = formatDuration(late.window.seconds);
  return capScore(result, LATE_WINDOW_DESIGN_MAX, () => ({
    code: 'design.window-misses-need',
    severity: 'wrong',
    message: `${quote(late.window.verbatim)} emits a result only every ${every}, so ${late.label} can come up to ${every} after the event, but it must come within ${formatDuration(late.need)}: the design is scored at most ${LATE_WINDOW_DESIGN_MAX} out of 100. The mechanism is right; size the window (or slide it, or fire per event) for the case's number.`,
    neutral: `${quote(late.window.verbatim)} emits later than ${late.label} needs, so the design is scored at most ${LATE_WINDOW_DESIGN_MAX} out of 100: check the window against the deadline.`,
    refs: ['freshnessSeconds'],
  }));
}
