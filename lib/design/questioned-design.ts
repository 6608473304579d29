import type { StepResult } from '../scoring/finding';
import { capScore } from '../scoring/score';
import { onlyAsks } from '../text/asked-field';
import type { DesignAnswer } from './design-answer-schema';
import { designFieldTexts } from './design-field-texts';
import { quote } from './tally';

/**
 * The most a design can score when its fields are questions instead of decisions ("Should we stream the ledger?",
 * "What SLA do they need?"): a question proposes nothing, so the inputs, SLA and outputs it names are not a design,
 * however right their words. An interviewer gives it almost nothing, as for a gamed answer (at most 25; 14 for such a
 * design in the round-17 review).
 */
export const QUESTIONED_DESIGN_MAX = 15;
/** The fewest asking fields that make a design a list of questions: one "why not Kinesis?" among decisions is a manner of speaking. */
export const MIN_ASKING_FIELDS = 3;

/**
 * Reads whether a design is questions in place of decisions: at least MIN_ASKING_FIELDS of its written fields only ask
 * (lib/text/asked-field.ts) and they are at least half of them. Output: the asking fields verbatim, or undefined. Pure.
 */
export function readQuestionedDesign(answer: DesignAnswer): { fields: string[] } | undefined {
  const texts = designFieldTexts(answer);
  const asking = texts.filter(onlyAsks);
  if (asking.length < MIN_ASKING_FIELDS || asking.length * 2 < texts.length) return undefined;
  return { fields: asking };
}

/** Caps at QUESTIONED_DESIGN_MAX a design whose fields are questions, with a finding quoting some of them. */
export function capQuestioned(result: StepResult, answer: DesignAnswer): StepResult {
  if (result.score <= QUESTIONED_DESIGN_MAX) return result;
  const questioned = readQuestionedDesign(answer);
  if (!questioned) return result;
  const shown = questioned.fields.slice(0, 3).map((field) => quote(field)).join(', ');
  return capScore(result, QUESTIONED_DESIGN_MAX, () => ({
    code: 'design.questioned-cap',
    severity: 'wrong',
    message: `${questioned.fields.length} of your fields are questions (${shown}${questioned.fields.length > 3 ? ', ...' : ''}), so the design is scored at most ${QUESTIONED_DESIGN_MAX} out of 100: a question proposes nothing. Ask the interviewer in the clarify step; here, answer your own questions with a decision and its reason ("the ledger streams by CDC, since fraud features must be seconds fresh").`,
    neutral: `Most of your fields are questions rather than decisions, so the design is scored at most ${QUESTIONED_DESIGN_MAX} out of 100: decide, and say why.`,
  }));
}
