import type { Finding, StepResult } from '../scoring/finding';
import { sortFindings } from '../scoring/score';
import { readText } from '../text/read-text';
import { readRepeatedSentence } from '../text/repeated-sentences';
import type { RepeatedSentence } from '../text/repeated-sentences';
import type { DesignAnswer } from './design-answer-schema';
import { quote } from './tally';

/**
 * Share of its score a design keeps when a prose field (use case, SLA, reason) pastes one sentence again and again
 * (lib/text/repeated-sentences.ts): the copies add nothing and stand where the missing parts belong. An interviewer
 * credits the sentence once and reads the rest as padding (golden round 20: one right CDC-and-nightly sentence pasted
 * five times over the use case and reason, 10 by hand where the sentence alone earns about 25). As the deep dive and
 * the practice questions charge it.
 */
export const PADDED_DESIGN_SHARE = 0.5;

/** The most-repeated sentence over the design's prose fields, each field read on its own; undefined when none is. */
export function paddedSentence(answer: Pick<DesignAnswer, 'useCase' | 'sla' | 'reason'>): RepeatedSentence | undefined {
  let best: RepeatedSentence | undefined;
  for (const field of [answer.useCase, answer.sla, answer.reason]) {
    const repeated = readRepeatedSentence(readText(field));
    if (repeated && (!best || repeated.count > best.count)) best = repeated;
  }
  return best;
}

/**
 * `result` with PADDED_DESIGN_SHARE of its score kept when a prose field repeats one sentence (at least MIN_REPEATS
 * times, lib/text/repeated-sentences.ts), with a finding quoting it; otherwise `result` unchanged. Pure.
 */
export function chargePadded(result: StepResult, answer: Pick<DesignAnswer, 'useCase' | 'sla' | 'reason'>): StepResult {
  if (result.score <= 0) return result;
  const repeated = paddedSentence(answer);
  if (!repeated) return result;
  const kept = Math.round(result.score * PADDED_DESIGN_SHARE);
  const finding: Finding = {
    code: 'design.repeated',
    severity: 'wrong',
    points: result.score - kept,
    message: `You wrote ${quote(repeated.text)} ${repeated.count} times. Copies add nothing and read as padding, so the design keeps ${Math.round(PADDED_DESIGN_SHARE * 100)}% of its score: say each part once and use the space for the inputs, consumers and SLAs still missing.`,
    neutral: `One sentence stands ${repeated.count} times in your design; copies add nothing.`,
  };
  return { score: kept, findings: sortFindings([...result.findings, finding]) };
}
