import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { readCadence, readSchedule } from '../text/cadence';
import { scheduleWeighed, slowSideTask } from '../text/slow-side-task';
import type { DesignAnswer } from './design-answer-schema';
import { getDesignIndex, mentions } from './design-index';
import type { DesignCase } from './design-index';
import { formatDuration } from './format-duration';
import { readSla } from './parse-sla';
import { quote } from './tally';

/** A schedule this slow or slower is a batch job's: once a day (nightly, end of day, daily). */
const DAY_SECONDS = 86_400;
/** A use case this fresh or fresher is out of any daily job's reach (a scheduled job is only as fresh as its last run). */
const FRESH_NEED_SECONDS = 15 * 60;

/**
 * The most a design can score when it serves a use case that needs minutes or less from a daily schedule while
 * dressing it in stream terms ("fraud scoring by a nightly micro-batch with a 5 s watermark"): batch and streaming
 * crossed, so the path that must answer in seconds runs once a night. An interviewer reads it as not knowing which
 * path is synchronous and signs it far below the mid-80s its right sources would earn (golden round 20: 38 by hand),
 * as a design whose SLA is a hundred times looser than the need (FAR_MISSED_DESIGN_MAX.far in score-design.ts).
 */
export const SCHEDULE_CROSSED_DESIGN_MAX = 40;

/** Where a fresh use case is said to come from a daily schedule: the learner's clause, the schedule words, the use case and its need. */
export type CrossedSchedule = { clause: string; schedule: string; useCase: string; needed: number };

/**
 * The first clause of the use case, SLA or reason that names a use case needing FRESH_NEED_SECONDS or less (not under a
 * negation) and says, in one piece not negated, a schedule of a day or slower together with a stream term or a fresh
 * figure ("a nightly micro-batch with a 5 s watermark", "a real-time score from the daily batch"). A schedule ruled out
 * ("not nightly", "instead of a nightly job") is a negated piece and does not count, nor does a clause about a slow side
 * task ("the fraud model is retrained nightly", "a nightly backfill beside the stream"; lib/text/slow-side-task.ts), one
 * that weighs the schedule against the need ("five minutes rules out a nightly job") or one that also names a slower
 * use case ("real-time surge and a daily trips dashboard": the schedule may be that one's).
 * Undefined when no clause crosses them. Pure.
 */
export function readCrossedSchedule(answer: Pick<DesignAnswer, 'useCase' | 'sla' | 'reason'>, rubric: DesignCase): CrossedSchedule | undefined {
  const index = getDesignIndex(rubric);
  const fresh = new Map((rubric.steps.design.useCases ?? []).filter((item) => item.freshnessSeconds !== undefined && item.freshnessSeconds <= FRESH_NEED_SECONDS).map((item) => [item.id, item]));
  if (fresh.size === 0) return undefined;
  for (const field of [answer.useCase, answer.sla, answer.reason]) {
    for (const clause of readSla(field)) {
      const found = mentions(index.useCases, clause.text).filter((mention) => !mention.negated);
      const named = found.find((mention) => fresh.has(mention.id));
      // A clause naming a slower use case too ("real-time surge and a daily trips dashboard") may give it the schedule.
      if (!named || found.some((mention) => !fresh.has(mention.id))) continue;
      if (slowSideTask(clause.text) !== undefined || scheduleWeighed(clause.text) !== undefined) continue;
      for (const piece of clause.pieces) {
        if (piece.negated) continue;
        const schedule = readSchedule(piece.text);
        if (schedule?.seconds === undefined || schedule.seconds < DAY_SECONDS) continue;
        const streamed = readCadence(piece.text)?.style === 'stream' || piece.seconds.some((seconds) => seconds <= FRESH_NEED_SECONDS);
        const useCase = fresh.get(named.id);
        if (streamed && useCase) return { clause: clause.text, schedule: schedule.said, useCase: useCase.label, needed: useCase.freshnessSeconds ?? FRESH_NEED_SECONDS };
      }
    }
  }
  return undefined;
}

/**
 * `result` scored at most SCHEDULE_CROSSED_DESIGN_MAX when the design serves a fresh use case from a daily schedule
 * dressed in stream terms (readCrossedSchedule), with a finding quoting the clause; otherwise unchanged. Pure.
 */
export function capCrossedSchedule(result: StepResult, answer: Pick<DesignAnswer, 'useCase' | 'sla' | 'reason'>, rubric: DesignCase): StepResult {
  const crossed = readCrossedSchedule(answer, rubric);
  if (!crossed) return result;
  return capScore(result, SCHEDULE_CROSSED_DESIGN_MAX, () => ({
    code: 'design.schedule-crossed-cap',
    severity: 'wrong',
    message: `You write ${quote(crossed.clause)}: ${quote(crossed.schedule)} runs once a day, but ${crossed.useCase} needs results within ${formatDuration(crossed.needed)}, and stream terms beside a daily schedule do not make it fresh. The design is scored at most ${SCHEDULE_CROSSED_DESIGN_MAX} out of 100: say which path runs continuously and which on a schedule, and serve the fresh one from the stream.`,
    neutral: `You write ${quote(crossed.clause)}: a daily schedule cannot serve a use case that needs minutes or less, so the design is scored at most ${SCHEDULE_CROSSED_DESIGN_MAX} out of 100.`,
    refs: ['freshnessSeconds'],
  }));
}
