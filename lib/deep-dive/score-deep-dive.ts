import type { Rubric } from '../content/rubric-schema';
import { findKeyword } from '../practice/keyword-matcher';
import type { Finding, StepResult } from '../scoring/finding';
import { stepResult } from '../scoring/score';
import { analyse } from '../text/analyse';
import { MAX_DEEP_DIVE_ANSWER } from './limits';

export type DeepDiveRubric = Rubric['steps']['deep-dive'];
/** The learner's answer to each prompt, by prompt id. */
export type DeepDiveAnswers = Readonly<Record<string, string>>;

const POINTS_PER_KEY_POINT = 5;

/** Scores one prompt: each key point is earned when the answer names it (by keyword, stem or synonym). */
export function scoreDeepDivePrompt(prompt: DeepDiveRubric['prompts'][number], answer: string): { earned: number; available: number; findings: Finding[] } {
  const text = analyse(answer.slice(0, MAX_DEEP_DIVE_ANSWER));
  const findings: Finding[] = [];
  let earned = 0;
  for (const point of prompt.keyPoints) {
    const keywords = point.keywords.length > 0 ? point.keywords : [point.text];
    const hit = answer.trim() === '' ? undefined : findKeyword(text, keywords);
    if (hit !== undefined) {
      earned += POINTS_PER_KEY_POINT;
      findings.push({ code: `deep-dive.${prompt.id}.${point.id}`, severity: 'good', points: POINTS_PER_KEY_POINT, message: `${point.text} (you mentioned "${hit}")`, refs: [prompt.id] });
    } else {
      findings.push({ code: `deep-dive.${prompt.id}.${point.id}`, severity: 'missing', points: POINTS_PER_KEY_POINT, message: `Not covered: ${point.text}`, refs: [prompt.id] });
    }
  }
  return { earned, available: prompt.keyPoints.length * POINTS_PER_KEY_POINT, findings };
}

/** Scores the deep-dive step: the key points of every prompt the case asks, answered or not. */
export function scoreDeepDive(answers: DeepDiveAnswers, rubric: { steps: { 'deep-dive': DeepDiveRubric } }): StepResult {
  let earned = 0;
  let available = 0;
  const findings: Finding[] = [];
  for (const prompt of rubric.steps['deep-dive'].prompts) {
    const scored = scoreDeepDivePrompt(prompt, answers[prompt.id] ?? '');
    earned += scored.earned;
    available += scored.available;
    findings.push(...scored.findings);
  }
  return stepResult(earned, available, findings);
}
