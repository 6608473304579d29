import { sarcasticSpans } from '../text/sarcasm';
import type { DesignAnswer } from './design-answer-schema';
import type { Names } from './design-index';
import { readSlaByUseCase } from './sla-by-use-case';

/**
 * The learner's sarcastic sentence that names a freshness meeting the case's need (`needed`, seconds, within
 * `tolerance` times), in the use case, SLA or reason: "Sure, a nightly batch will totally meet the 5-minute SLA",
 * "Sure, we'll totally never need real time, fraudsters wait for the nightly batch anyway" (lib/text/sarcasm.ts). Like
 * a freshness named only under a negation, it mocks the need rather than designing for it. Undefined when none. Pure.
 */
export function sarcasticNeed(answer: Pick<DesignAnswer, 'useCase' | 'sla' | 'reason'>, needed: number, useCases: Names, tolerance: number): string | undefined {
  for (const text of [answer.sla, answer.useCase, answer.reason]) {
    for (const span of sarcasticSpans(text)) {
      const reading = readSlaByUseCase(span.text, useCases);
      if ([...reading.asserted, ...reading.negated].some((stated) => stated.seconds <= needed * tolerance)) return span.text;
    }
  }
  return undefined;
}
