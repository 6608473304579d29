import { describe, expect, it } from 'vitest';
import { applySessionAction } from '../../../lib/session/apply-action';
import { finishInterview } from '../../../lib/session/interview-actions';
import { isStepAnswerShown } from '../../../lib/session/answer-shown';
import { buildReportModel } from '../../../lib/report/report-model';
import { reportMarkdown } from '../../../lib/report/report-markdown';
import { scoreSession } from '../../../lib/session/score-session';
import { showStepAnswer } from '../../../lib/session/session-actions';
import { sessionSchema } from '../../../lib/session/session-schema';
import type { Session } from '../../../lib/session/session-schema';
import { at, frontmatter, rubric, workedMockSession, workedSession } from './fixture';

const report = (session: Session) => buildReportModel({ caseTitle: frontmatter.title, session, scored: scoreSession(session, rubric), rubric, now: at(60) });

describe('"Show the answer" on a step', () => {
  it('is recorded once, with when, and changes no score', () => {
    const worked = workedSession();
    const shown = showStepAnswer(worked, 'estimate', at(5));
    expect(shown.answersShown).toEqual({ estimate: at(5).toISOString() });
    expect(showStepAnswer(shown, 'estimate', at(9))).toBe(shown);
    expect(sessionSchema.parse(shown)).toEqual(shown);
    expect(scoreSession(shown, rubric)).toEqual(scoreSession(worked, rubric));
    expect(isStepAnswerShown(shown, 'estimate')).toBe(true);
    expect(isStepAnswerShown(shown, 'design')).toBe(false);
  });

  it('goes through the store\'s actions and leaves the rest of the session as it was', () => {
    const worked = workedSession();
    const { session } = applySessionAction(worked, { type: 'showStepAnswer', step: 'clarify' }, at(3));
    expect(session.answersShown?.clarify).toBe(at(3).toISOString());
    expect(session.answers).toEqual(worked.answers);
    expect(session.steps).toEqual(worked.steps);
  });

  it('loads a stored session that never showed an answer', () => {
    const { answersShown: _none, ...older } = workedSession();
    expect(sessionSchema.safeParse(older).success).toBe(true);
  });

  it('is not taken in a finished mock, whose feedback is shown in full anyway', () => {
    const finished = finishInterview(workedMockSession(), at(40));
    expect(showStepAnswer(finished, 'design', at(41))).toBe(finished);
    expect(isStepAnswerShown(finished, 'design')).toBe(true);
    expect(isStepAnswerShown(workedMockSession(), 'design')).toBe(false);
  });

  it('appears on the report and its Markdown for that step only', () => {
    const shown = showStepAnswer(showStepAnswer(workedSession(), 'estimate', at(5)), 'diagram', at(6));
    const model = report(shown);
    expect(model.findings.filter((step) => step.answerShownAt).map((step) => step.step)).toEqual(['estimate', 'diagram']);
    const markdown = reportMarkdown(model);
    const estimate = markdown.slice(markdown.indexOf('### 2. '), markdown.indexOf('### 3. '));
    expect(estimate).toContain('Answer shown');
    const design = markdown.slice(markdown.indexOf('### 3. '), markdown.indexOf('### 4. '));
    expect(design).not.toContain('Answer shown');
    expect(reportMarkdown(report(workedSession()))).not.toContain('Answer shown:');
  });
});
