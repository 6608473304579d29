import type { DeepDivePrompt } from '../content/rubric-schema';
import type { Finding, StepResult } from '../scoring/finding';
import { stepResult } from '../scoring/score';
import { asShown } from '../scoring/shown-finding';
import type { DeepDiveFollowUps } from './follow-up-schema';
import { promptInterview } from './follow-ups';

/** The part of a case's rubric the deep-dive feedback reads: its prompts (the whole rubric is read for case fit). */
export type DeepDiveCaseRubric = { steps: { 'deep-dive': { prompts: readonly DeepDivePrompt[] } } };

/**
 * The deep-dive step's feedback as practice shows it, teaching without handing over the answer:
 * a prompt not yet submitted gets one finding saying so (nothing about its key points); a submitted
 * one gets its findings in neutral words; one whose model answer was shown gets the full findings.
 * The score is the step's real score with the follow-up answers. Takes the case's rubric (its prompts, and the whole
 * rubric for reading an answer written for another business, as scoreDeepDive does); the older form with the prompts
 * first and the rubric last still works.
 */
export function deepDiveTeachingFeedback(rubric: DeepDiveCaseRubric, answers: Readonly<Record<string, string>>, followUps?: DeepDiveFollowUps): StepResult;
/** @deprecated Pass the case's rubric first: `deepDiveTeachingFeedback(rubric, answers, followUps)`. */
export function deepDiveTeachingFeedback(prompts: readonly DeepDivePrompt[], answers: Readonly<Record<string, string>>, followUps: DeepDiveFollowUps | undefined, caseRubric?: unknown): StepResult;
export function deepDiveTeachingFeedback(first: DeepDiveCaseRubric | readonly DeepDivePrompt[], answers: Readonly<Record<string, string>>, followUps?: DeepDiveFollowUps, legacyRubric?: unknown): StepResult {
  const prompts = isPromptList(first) ? first : first.steps['deep-dive'].prompts;
  const caseRubric = isPromptList(first) ? legacyRubric : first;
  let earned = 0;
  let available = 0;
  const findings: Finding[] = [];
  prompts.forEach((prompt, index) => {
    const state = promptInterview(prompt, answers[prompt.id] ?? '', followUps?.[prompt.id], caseRubric);
    earned += state.scored.earned;
    available += state.scored.available;
    if (state.revealed || state.submitted) {
      findings.push(...state.scored.findings.map((finding) => asShown(finding, state.revealed)));
      return;
    }
    const written = (answers[prompt.id] ?? '').trim() !== '';
    const message = written ? `Question ${index + 1}: submit your answer to get feedback and the interviewer's follow-up questions.` : `Question ${index + 1} is not answered yet.`;
    findings.push({ code: `deep-dive.${prompt.id}.not-submitted`, severity: 'missing', message, points: Math.max(0, state.scored.available - state.scored.earned), refs: [prompt.id] });
  });
  return stepResult(earned, available, findings);
}

function isPromptList(value: DeepDiveCaseRubric | readonly DeepDivePrompt[]): value is readonly DeepDivePrompt[] {
  return Array.isArray(value);
}
