import type { FollowUpSummary } from '../deep-dive/follow-ups';
import type { SettledProbe } from '../deep-dive/probe-flow';
import { escapeMarkdown } from './markdown-escape';
import { assertNever } from '../util/assert-never';
import { formatMinutes } from './format-minutes';
import type { ReportMode, ReportStepRow } from './report-model';

// Step pages import findingPoints from its own file, so they carry none of the report's other sentences.
import { roundPoints } from './finding-points';
export { findingPoints } from './finding-points';

/** One sentence on how the attempt was run; the page and the Markdown both print it. */
export function modeSummary(mode: ReportMode): string {
  switch (mode.mode) {
    case 'practice':
      return `Practice (untimed; budgets from a ${mode.durationMinutes}-minute interview)`;
    case 'mock': {
      if (!mode.started) return `Mock interview of ${mode.durationMinutes} minutes, not started`;
      const pauses = mode.pauses === 1 ? '1 pause' : `${mode.pauses} pauses`;
      const paused = mode.pauses > 0 ? ` (${formatMinutes(mode.pausedMinutes)} paused)` : '';
      return `Mock interview of ${mode.durationMinutes} minutes, ${mode.finished ? 'finished' : 'not finished'}: ${formatMinutes(mode.elapsedMinutes)} on the clock, ${pauses}${paused}`;
    }
    default:
      return assertNever(mode, 'report mode');
  }
}

/** `2.5 min over`, `3 min under`, `on budget`: how a step's time compares with its budget. */
export function budgetVerdict(row: Pick<ReportStepRow, 'spentMinutes' | 'budgetMinutes'>): string {
  // Tenths, so the difference of two one-decimal numbers prints without float noise.
  const difference = Math.round((row.spentMinutes - row.budgetMinutes) * 10) / 10;
  if (difference === 0) return 'on budget';
  return `${formatMinutes(Math.abs(difference))} ${difference > 0 ? 'over' : 'under'}`;
}

/** Ends a text with a full stop unless it already ends a sentence. */
export const asSentence = (text: string) => (/[.!?)]$/.test(text) ? text : `${text}.`);

/** One answered follow-up in a line: the question, the learner's answer, and what it settled. Plain text; the Markdown escapes it. */
export function followUpText(probe: SettledProbe): { question: string; answer: string; settled: string } {
  const verdict = probe.correct ? 'Right' : 'Wrong';
  return { question: probe.question, answer: probe.answer, settled: `${verdict}: the point (${probe.statusBefore} in the answer) now earns ${roundPoints(probe.earned)} of ${roundPoints(probe.value)} points.` };
}

/** A follow-up as one Markdown line. */
export function followUpLine(probe: SettledProbe): string {
  const text = followUpText(probe);
  return `${escapeMarkdown(text.question)} Your answer: ${escapeMarkdown(asSentence(text.answer))} ${text.settled}`;
}

/** The line a step's findings carry on the report when its answer was shown in practice; empty when it was not. */
export function stepAnswerShownText(step: { answerShownAt?: string | undefined }): string {
  return step.answerShownAt ? 'Answer shown: the learner asked to see this step\'s answer during practice.' : '';
}

/** Whether the model answer was shown, and when, in a sentence; empty when it was not. */
export function answerShownText(prompt: Pick<FollowUpSummary, 'answerShown' | 'answerShownBeforeSettling'>): string {
  if (!prompt.answerShown) return '';
  return prompt.answerShownBeforeSettling ? 'Answer shown before settling: the model answer was revealed while follow-ups were still open.' : 'Answer shown after settling.';
}
