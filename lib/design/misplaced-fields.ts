import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { pointsToOtherField } from '../text/field-pointer';
import { isToolList } from '../text/tool-list';
import type { DesignAnswer } from './design-answer-schema';
import { MAX_DESIGN_FIELD_CHARS, MAX_USE_CASE_CHARS } from './design-bounds';
import { namedIds } from './design-index';
import type { DesignIndex } from './design-index';
import { parseSlaDurations } from './parse-sla';

/**
 * What right content in the wrong field costs: an interviewer reads the SLAs wherever the learner wrote them ("surge
 * <= 30 s; dashboard by 07:00" in the use-case field, the SLA field listing tools) and the use cases in the paragraph a
 * field points to ("see reason"), and docks a little for the digging, not the content (golden round 23: a ride-hailing
 * design with its fields swapped, 55; a card design written as one paragraph behind "see reason", 48).
 */
export const MISPLACED_FIELD_CHARGE = 4;

/** A field the engine read from another field: which, and where its content was found. */
export type MovedField = { field: 'SLA' | 'use case'; from: 'use case' | 'reason' };

/** Whether a text states a freshness (a duration or schedule read by parse-sla.ts). */
const statesFreshness = (text: string) => parseSlaDurations(text).length > 0;

/**
 * The design with its SLA and use case read from where the learner wrote them, when their own fields do not hold them:
 * - an SLA field that points elsewhere ("see reason") or holds only a list of tools ("Kafka, Flink, Redis": another
 *   field's content) is read from the use-case field when that states a freshness, else from the reason when that does;
 *   an SLA field that says something vague of its own ("the best possible", "in time") is the learner's SLA, and stays;
 * - a use-case field that points elsewhere is read from the reason when the reason names a use case of the case.
 * A blank field is left blank (nothing written there is not content in the wrong place), and a field that says what it
 * should is left as typed. Output: the answer as read and the fields moved (empty when none). Pure.
 */
export function readMisplacedFields(answer: DesignAnswer, index: DesignIndex): { answer: DesignAnswer; moved: MovedField[] } {
  const moved: MovedField[] = [];
  let read = answer;
  const sla = answer.sla.trim();
  if (pointsToOtherField(sla) || (isToolList(sla) && !statesFreshness(sla))) {
    const useCase = pointsToOtherField(answer.useCase) ? '' : answer.useCase;
    if (statesFreshness(useCase)) {
      read = { ...read, sla: useCase.slice(0, MAX_DESIGN_FIELD_CHARS) };
      moved.push({ field: 'SLA', from: 'use case' });
    } else if (statesFreshness(answer.reason)) {
      read = { ...read, sla: answer.reason.slice(0, MAX_DESIGN_FIELD_CHARS) };
      moved.push({ field: 'SLA', from: 'reason' });
    }
  }
  if (pointsToOtherField(answer.useCase) && namedIds(index.useCases, answer.reason).length > 0) {
    read = { ...read, useCase: answer.reason.slice(0, MAX_USE_CASE_CHARS) };
    moved.push({ field: 'use case', from: 'reason' });
  }
  return { answer: read, moved };
}

/** The design scored MISPLACED_FIELD_CHARGE lower per field read from another field, with a finding naming them. */
export function chargeMisplacedFields(result: StepResult, moved: readonly MovedField[]): StepResult {
  if (moved.length === 0) return result;
  const charge = moved.length * MISPLACED_FIELD_CHARGE;
  const where = moved.map((item) => `the ${item.field} from your ${item.from}`).join(' and ');
  return capScore(result, Math.max(0, result.score - charge), () => ({
    code: 'design.misplaced-fields',
    severity: 'missing',
    message: `Read ${where}, where you wrote it, ${charge} points off: put each part in its own field (the freshness per use case in the SLA, the business needs in the use case) so the interviewer does not have to dig for it.`,
    neutral: `Some parts of your design are written in another field; put each in its own field.`,
  }));
}
