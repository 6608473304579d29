import type { DeepDivePrompt } from '../content/rubric-schema';
import type { DeepDiveFollowUps, PromptFollowUp } from './follow-up-schema';
import type { ProbeAnswer } from './probe';
import { nextProbe, openProbes, settledProbes } from './probe-flow';
import type { ProbeTurn, SettledProbe } from './probe-flow';
import { scoreDeepDivePrompt } from './score-deep-dive';
import type { DeepDiveProbeAnswers, PromptResult } from './score-deep-dive';

/**
 * The probe answers of one prompt's stored follow-ups, by key point id. Follow-ups are asked only
 * after the answer is submitted and never after the model answer was shown, so a stored answer
 * outside that window (a hand-edited or damaged file) is not counted.
 */
export function promptProbeAnswers(followUp: PromptFollowUp | undefined): Record<string, ProbeAnswer> {
  if (!followUp?.submittedAt) return {};
  const { submittedAt, revealedAt } = followUp;
  const inWindow = (answeredAt: string) => Date.parse(answeredAt) >= Date.parse(submittedAt) && (revealedAt === undefined || Date.parse(answeredAt) <= Date.parse(revealedAt));
  return Object.fromEntries(Object.entries(followUp.probes).filter(([, record]) => inWindow(record.answeredAt)).map(([pointId, record]) => [pointId, record.answer]));
}

/** Every stored probe answer, by prompt id then key point id, as `scoreDeepDive` takes them. */
export function probeAnswersFromFollowUps(followUps: DeepDiveFollowUps | undefined): DeepDiveProbeAnswers {
  return Object.fromEntries(Object.entries(followUps ?? {}).map(([promptId, followUp]) => [promptId, promptProbeAnswers(followUp)]));
}

/** Where one deep-dive prompt stands in the interview: its score, the follow-up to ask now, those answered. */
export type PromptInterview = {
  scored: PromptResult;
  /** Submitted: the learner said the answer is done, so the interviewer may follow up. */
  submitted: boolean;
  /** The follow-up to ask now; only after submitting, and never once the model answer was shown. */
  next?: ProbeTurn;
  /** Key point ids whose follow-up is still open. */
  open: string[];
  settled: SettledProbe[];
  revealed: boolean;
  /** The model answer was shown while a follow-up was still open (or before submitting). */
  revealedBeforeSettling: boolean;
};

/**
 * Reads one prompt's answer and stored follow-ups: scored with the probe answers, then the next
 * follow-up the interviewer asks. Showing the model answer ends the follow-ups of that prompt (they
 * would only test reading), so its open points stay as they were. `caseRubric` (the case's whole rubric) lets an
 * answer written for another business be read as such (see scoreDeepDivePrompt).
 */
export function promptInterview(prompt: DeepDivePrompt, answer: string, followUp: PromptFollowUp | undefined, caseRubric?: unknown): PromptInterview {
  const answers = promptProbeAnswers(followUp);
  const scored = scoreDeepDivePrompt(prompt, answer, answers, caseRubric);
  const submitted = followUp?.submittedAt !== undefined;
  const revealed = followUp?.revealedAt !== undefined;
  const open = submitted ? openProbes(prompt.keyPoints, scored.points) : [];
  const next = submitted && !revealed ? nextProbe(prompt.keyPoints, scored.points) : undefined;
  const revealedBeforeSettling = revealed && (!submitted || (followUp?.openAtReveal?.length ?? 0) > 0);
  return { scored, submitted, ...(next ? { next } : {}), open, settled: settledProbes(prompt.keyPoints, scored.points, answers), revealed, revealedBeforeSettling };
}

/** One prompt's follow-ups as the report and `grade session --json` show them. */
export type FollowUpSummary = {
  promptId: string;
  /** The prompt's position in the case, from 1. */
  number: number;
  question: string;
  /** Answered follow-ups, in rubric order, with what each settled. */
  probes: SettledProbe[];
  /** Key point ids whose follow-up was never answered. */
  open: string[];
  answerShown: boolean;
  /** The model answer was shown before the follow-ups were settled (or before the answer was submitted). */
  answerShownBeforeSettling: boolean;
};

/**
 * The follow-ups of every prompt that has any (submitted, probed or answer shown), in the case's
 * order. `answers` and `followUps` are the session's deep-dive answers and follow-ups; `caseRubric` the case's rubric.
 */
export function summariseFollowUps(prompts: readonly DeepDivePrompt[], answers: Readonly<Record<string, string>>, followUps: DeepDiveFollowUps | undefined, caseRubric?: unknown): FollowUpSummary[] {
  const summaries: FollowUpSummary[] = [];
  prompts.forEach((prompt, index) => {
    const followUp = followUps?.[prompt.id];
    if (!followUp) return;
    const state = promptInterview(prompt, answers[prompt.id] ?? '', followUp, caseRubric);
    if (!state.submitted && !state.revealed && state.settled.length === 0) return;
    summaries.push({ promptId: prompt.id, number: index + 1, question: prompt.question, probes: state.settled, open: state.open, answerShown: state.revealed, answerShownBeforeSettling: state.revealedBeforeSettling });
  });
  return summaries;
}
