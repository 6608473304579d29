import type { Rubric } from '../content/rubric-schema';
import { summariseFollowUps } from '../deep-dive/follow-ups';
import type { FollowUpSummary } from '../deep-dive/follow-ups';
import { stepBudgets } from '../interview/budgets';
import { elapsedMs } from '../interview/interview-clock';
import type { Interview } from '../interview/interview-schema';
import type { SessionScore } from '../session/score-session';
import { ANSWER_STEPS } from '../session/session-schema';
import type { AnswerStep, Session } from '../session/session-schema';
import { getStep } from '../steps/steps';
import type { StepId } from '../steps/steps';
import { assertNever } from '../util/assert-never';
import { msToMinutes } from './format-minutes';
import { groupBySeverity } from './severity-groups';
import type { SeverityGroup } from './severity-groups';
import { studyNextTopics } from './study-next';
import type { StudyTopic } from './study-next';

export type ReportStepRow = {
  step: StepId;
  number: number;
  title: string;
  score: number;
  /** Active time on the step's page, in minutes to one decimal. */
  spentMinutes: number;
  /** The step's share of the interview's length (lib/interview/budgets.ts). */
  budgetMinutes: number;
  overBudget: boolean;
};

export type ReportMode =
  | { mode: 'practice'; durationMinutes: number }
  | {
      mode: 'mock';
      durationMinutes: number;
      started: boolean;
      finished: boolean;
      /** Clock time, pauses excluded. */
      elapsedMinutes: number;
      pauses: number;
      pausedMinutes: number;
    };

export type ReportStepFindings = {
  step: StepId;
  number: number;
  title: string;
  score: number;
  groups: SeverityGroup[];
  /** When the learner pressed "Show the answer" on this step's feedback in practice (ISO time); absent when never. */
  answerShownAt?: string;
};

export type ReportCurveball = { score: number; announcedAtMinute: number; groups: SeverityGroup[] };

/** Everything the report page and the Markdown export show, computed once so the two cannot disagree. */
export type ReportModel = {
  caseTitle: string;
  /** `YYYY-MM-DD` (UTC) of when the interview started, or the session was created. */
  date: string;
  total: number;
  mode: ReportMode;
  steps: ReportStepRow[];
  spentMinutes: number;
  budgetMinutes: number;
  curveball?: ReportCurveball;
  findings: ReportStepFindings[];
  studyNext: StudyTopic[];
  /** The interviewer's deep-dive follow-ups: question, the learner's answer, what it settled; and model answers shown. */
  followUps: FollowUpSummary[];
};

export type ReportInput = { caseTitle: string; session: Session; scored: SessionScore; rubric: Rubric; now: Date };

/** Wall time between the start and the end (or now) that the clock did not count. */
function pausedMs(interview: Interview, now: Date): number {
  if (!interview.startedAt) return 0;
  const end = interview.finishedAt ? new Date(interview.finishedAt).getTime() : now.getTime();
  return Math.max(0, end - new Date(interview.startedAt).getTime() - elapsedMs(interview, now));
}

function reportMode(interview: Interview, now: Date): ReportMode {
  switch (interview.mode) {
    case 'practice':
      return { mode: 'practice', durationMinutes: interview.durationMinutes };
    case 'mock':
      return {
        mode: 'mock',
        durationMinutes: interview.durationMinutes,
        started: interview.startedAt !== undefined,
        finished: interview.finishedAt !== undefined,
        elapsedMinutes: msToMinutes(elapsedMs(interview, now)),
        pauses: interview.pauses.length,
        pausedMinutes: msToMinutes(pausedMs(interview, now)),
      };
    default:
      return assertNever(interview.mode, 'interview mode');
  }
}

export function buildReportModel({ caseTitle, session, scored, rubric, now }: ReportInput): ReportModel {
  const budgets = stepBudgets(session.interview.durationMinutes);
  const steps = scored.steps.map(({ step, score }): ReportStepRow => {
    const { number, title } = getStep(step);
    const spentMinutes = msToMinutes(session.stepTimes[step] ?? 0);
    // Compared on the rounded value, so the flag always agrees with the numbers printed beside it.
    return { step, number, title, score, spentMinutes, budgetMinutes: budgets[step], overBudget: spentMinutes > budgets[step] };
  });
  const findings = scored.steps.map(({ step, score, findings: stepFindings }): ReportStepFindings => {
    const { number, title } = getStep(step);
    const answerShownAt = (ANSWER_STEPS as readonly StepId[]).includes(step) ? session.answersShown?.[step as AnswerStep] : undefined;
    return { step, number, title, score, groups: groupBySeverity(stepFindings), ...(answerShownAt ? { answerShownAt } : {}) };
  });
  const curveball = scored.curveball ? { score: scored.curveball.score, announcedAtMinute: scored.curveball.announcedAtMinute, groups: groupBySeverity(scored.curveball.findings) } : undefined;
  return {
    caseTitle,
    date: new Date(session.interview.startedAt ?? session.createdAt).toISOString().slice(0, 10),
    total: scored.total,
    mode: reportMode(session.interview, now),
    steps,
    spentMinutes: msToMinutes(Object.values(session.stepTimes).reduce((sum, ms) => sum + ms, 0)),
    budgetMinutes: session.interview.durationMinutes,
    ...(curveball ? { curveball } : {}),
    findings,
    studyNext: studyNextTopics(scored, rubric),
    followUps: summariseFollowUps(rubric.steps['deep-dive'].prompts, session.answers.deepDive, session.answers.deepDiveFollowUps, rubric),
  };
}
