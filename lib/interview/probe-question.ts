import type { Probe } from '../content/claim-schema';
import type { ProbeAnswer } from '../deep-dive/probe';
import type { ProbeTurn } from '../deep-dive/probe-flow';
import type { ProbeQuestion } from './probe-question-schema';

/** Longest lead-in (the interviewer quoting the learner) and question a follow-up may carry. */
export const MAX_PROBE_LEAD = 400;
export const MAX_PROBE_QUESTION = 600;

export type { ProbeQuestion } from './probe-question-schema';

/** The learner's side of a probe: its choices without their `correct` flags, or its unit; never the answer or the explanation. */
export function probeQuestion(turn: Pick<ProbeTurn, 'pointId' | 'lead' | 'question'> & { probe: Probe }): ProbeQuestion {
  const { probe } = turn;
  const base = { pointId: turn.pointId, lead: turn.lead.slice(0, MAX_PROBE_LEAD), question: turn.question.slice(0, MAX_PROBE_QUESTION) };
  if ('choices' in probe) {
    return { ...base, choices: probe.choices.map((choice) => ({ id: choice.id, text: choice.text })), multiple: probe.choices.filter((choice) => choice.correct).length > 1 };
  }
  return { ...base, unit: probe.unit };
}

/**
 * Why an answer does not fit a follow-up, or undefined when it does: a choice follow-up takes one
 * or more of its own choice ids (one only unless `multiple`), a number follow-up a finite number.
 */
export function probeAnswerProblem(question: ProbeQuestion, answer: ProbeAnswer): string | undefined {
  if (question.choices) {
    if (!('selected' in answer)) return 'This follow-up takes a choice, not a number.';
    if (answer.selected.length === 0) return 'Pick an answer.';
    const known = new Set(question.choices.map((choice) => choice.id));
    const unknown = answer.selected.find((id) => !known.has(id));
    if (unknown !== undefined) return `"${unknown.slice(0, 40)}" is not one of this follow-up's choices.`;
    if (new Set(answer.selected).size !== answer.selected.length) return 'A choice was picked twice.';
    if (!question.multiple && answer.selected.length > 1) return 'This follow-up takes one choice.';
    return undefined;
  }
  if (!('number' in answer)) return 'This follow-up takes a number, not a choice.';
  return Number.isFinite(answer.number) ? undefined : 'The answer must be a finite number.';
}

/** The learner's answer in words, from the question's own choices: "Only the files that hold ...", or "3 replicas". */
export function describeQuestionAnswer(question: ProbeQuestion, answer: ProbeAnswer): string {
  if (question.choices) {
    const picked = 'selected' in answer ? new Set(answer.selected) : new Set<string>();
    const texts = question.choices.filter((choice) => picked.has(choice.id)).map((choice) => choice.text);
    return texts.length > 0 ? texts.join('; ') : '(no choice picked)';
  }
  if (!('number' in answer)) return '(no number given)';
  return question.unit ? `${answer.number} ${question.unit}` : String(answer.number);
}
