import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { readFieldsCommitment } from '../text/commitment';
import { readText } from '../text/read-text';
import type { DesignAnswer } from './design-answer-schema';
import { quote } from './tally';

/**
 * The most a design can score when it chooses nothing: most of its written fields only offer possibilities ("could be
 * CDC or a nightly dump, depending", "Snowflake or BigQuery or Redshift, whichever", "it depends on stakeholders") and
 * at least MIN_OFFERED_FIELDS do. It names the right words only as candidates, so no design is proposed; an interviewer
 * gives almost nothing for it, as for a gamed answer.
 */
export const UNCOMMITTED_DESIGN_MAX = 20;
/** The fewest offering fields that make a design uncommitted: one "it depends" in a committed design is a manner of speaking. */
export const MIN_OFFERED_FIELDS = 3;

/** The free-text fields of a design, in form order (the format is a one-word choice, left out). */
function designTexts(answer: DesignAnswer): string[] {
  return [
    ...answer.inputs.flatMap((input) => [input.name, input.rate]),
    answer.useCase,
    answer.sla,
    ...answer.outputs.flatMap((output) => [output.consumer, output.store]),
    answer.reason,
  ].filter((text) => text.trim() !== '');
}

/**
 * Reads whether a design chooses nothing (see UNCOMMITTED_DESIGN_MAX). Input: the design as the engine reads it.
 * Output: the fields that only offer, verbatim with their cue words, or undefined when the design commits. Pure.
 */
export function readUncommittedDesign(answer: DesignAnswer): { fields: { text: string; cue: string }[] } | undefined {
  const reading = readFieldsCommitment(designTexts(answer).map((text) => readText(text)));
  if (!reading.uncommitted || reading.offered < MIN_OFFERED_FIELDS) return undefined;
  return { fields: reading.fields.filter((field) => field.offered).map((field) => ({ text: field.text, cue: field.cue ?? '' })) };
}

/** Caps a design that chooses nothing at UNCOMMITTED_DESIGN_MAX, with a finding quoting the options it listed. */
export function capUncommitted(result: StepResult, answer: DesignAnswer): StepResult {
  if (result.score <= UNCOMMITTED_DESIGN_MAX) return result;
  const uncommitted = readUncommittedDesign(answer);
  if (!uncommitted) return result;
  const shown = uncommitted.fields.slice(0, 3).map((field) => quote(field.text)).join(', ');
  return capScore(result, UNCOMMITTED_DESIGN_MAX, () => ({
    code: 'design.uncommitted-cap',
    severity: 'wrong',
    message: `You listed options but did not choose (${shown}${uncommitted.fields.length > 3 ? ', ...' : ''}), so the design is scored at most ${UNCOMMITTED_DESIGN_MAX} out of 100: an interviewer credits the design you choose and why, not the candidates you name. Pick one source mode, one SLA and one store per reader, and say why.`,
    neutral: `Most of your fields list options without choosing one, so the design is scored at most ${UNCOMMITTED_DESIGN_MAX} out of 100: choose, and say why.`,
  }));
}
