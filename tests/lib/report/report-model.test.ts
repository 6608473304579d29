import { describe, expect, it } from 'vitest';
import { stepBudgets } from '../../../lib/interview/budgets';
import { buildReportModel } from '../../../lib/report/report-model';
import { budgetVerdict } from '../../../lib/report/report-text';
import { groupBySeverity, SEVERITY_ORDER } from '../../../lib/report/severity-groups';
import { missedPromptIds, studyNextTopics } from '../../../lib/report/study-next';
import { createSession } from '../../../lib/session/create-session';
import { sessionCurveballBaseline } from '../../../lib/session/curveball-answer';
import { addStepTime, announceCurveball, finishInterview, pauseInterview, resumeInterview } from '../../../lib/session/interview-actions';
import { scoreSession } from '../../../lib/session/score-session';
import type { Finding } from '../../../lib/scoring/finding';
import { at, frontmatter, rubric, SLUG, T0, workedMockSession, workedSession } from './fixture';

function model(session = workedSession(), now = at(60)) {
  return buildReportModel({ caseTitle: frontmatter.title, session, scored: scoreSession(session, rubric), rubric, now });
}

const finding = (severity: Finding['severity'], message: string): Finding => ({ code: `test.${message}`, severity, message, points: severity === 'hint' ? 0 : 5 });

describe('report model', () => {
  it('has one row per step with the scored numbers, the time spent and the budget', () => {
    const session = workedSession();
    const scored = scoreSession(session, rubric);
    const report = model(session);
    expect(report.total).toBe(scored.total);
    expect(report.steps.map((row) => [row.number, row.step, row.score])).toEqual(scored.steps.map((step, index) => [index + 1, step.step, step.score]));
    const budgets = stepBudgets(45);
    expect(report.steps.map((row) => row.budgetMinutes)).toEqual([budgets.clarify, budgets.estimate, budgets.design, budgets.diagram, budgets['deep-dive']]);
    expect(report.steps.map((row) => row.spentMinutes)).toEqual([7.5, 3, 0, 0, 0]);
    expect(report.spentMinutes).toBe(10.5);
    expect(report.budgetMinutes).toBe(45);
    expect(report.date).toBe('2026-03-01');
    expect(report.mode).toEqual({ mode: 'practice', durationMinutes: 45 });
  });

  it('flags a step over budget only when the time shown is more than the budget', () => {
    const base = createSession(SLUG, 'budget', T0, { mode: 'practice', durationMinutes: 45, pauses: [] });
    const exactly = model(addStepTime(base, 'clarify', 5 * 60_000));
    expect(exactly.steps[0]).toMatchObject({ spentMinutes: 5, budgetMinutes: 5, overBudget: false });
    const over = model(addStepTime(base, 'clarify', 5.1 * 60_000));
    expect(over.steps[0]).toMatchObject({ spentMinutes: 5.1, overBudget: true });
    // Less than a tenth of a minute over rounds to the budget, and the flag agrees with what is printed.
    expect(model(addStepTime(base, 'clarify', 5 * 60_000 + 1_000)).steps[0]?.overBudget).toBe(false);
    expect(model(workedSession()).steps.map((row) => row.overBudget)).toEqual([true, false, false, false, false]);
  });

  it('uses budgets scaled to the interview length', () => {
    const report = model(createSession(SLUG, 'short', T0, { mode: 'practice', durationMinutes: 20, pauses: [] }));
    expect(report.steps.reduce((sum, row) => sum + row.budgetMinutes, 0)).toBe(20);
  });

  it('describes a mock: time on the clock, pauses and paused minutes, finished or not', () => {
    let session = workedMockSession();
    session = pauseInterview(session, at(10));
    session = resumeInterview(session, at(13));
    session = pauseInterview(session, at(20));
    expect(model(session, at(30)).mode).toEqual({ mode: 'mock', durationMinutes: 45, started: true, finished: false, elapsedMinutes: 17, pauses: 2, pausedMinutes: 13 });
    session = finishInterview(session, at(40));
    expect(model(session, at(90)).mode).toEqual({ mode: 'mock', durationMinutes: 45, started: true, finished: true, elapsedMinutes: 17, pauses: 2, pausedMinutes: 23 });
  });

  it('has a curveball only when one was announced', () => {
    expect(model(workedMockSession()).curveball).toBeUndefined();
    const worked = workedMockSession();
    const announced = finishInterview(announceCurveball(worked, sessionCurveballBaseline(worked, rubric.curveball!), at(26)), at(45));
    const report = model(announced);
    expect(report.curveball).toMatchObject({ announcedAtMinute: 26 });
    expect(report.curveball?.groups.map((group) => group.severity)).toEqual(['missing']);
  });

  it('groups every finding by step, then by severity: wrong, missing, hints, earned', () => {
    const session = workedSession();
    const scored = scoreSession(session, rubric);
    const report = model(session);
    expect(report.findings.map((step) => step.step)).toEqual(scored.steps.map((step) => step.step));
    report.findings.forEach((step, index) => {
      expect(step.groups.flatMap((group) => group.findings)).toHaveLength(scored.steps[index]?.findings.length ?? -1);
      const order = step.groups.map((group) => SEVERITY_ORDER.indexOf(group.severity));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    });
    expect(report.findings[0]?.groups.map((group) => group.heading)).toEqual(['Wrong', 'Missing', 'Earned']);
  });

  it('orders severity groups and keeps the engine order inside each', () => {
    const groups = groupBySeverity([finding('good', 'g1'), finding('hint', 'h1'), finding('missing', 'm1'), finding('good', 'g2'), finding('wrong', 'w1'), finding('missing', 'm2')]);
    expect(groups.map((group) => [group.heading, group.findings.map((item) => item.message)])).toEqual([
      ['Wrong', ['w1']],
      ['Missing', ['m1', 'm2']],
      ['Hints', ['h1']],
      ['Earned', ['g1', 'g2']],
    ]);
    expect(groupBySeverity([])).toEqual([]);
  });

  it('lists the topics of the deep-dive prompts with a key point missed', () => {
    const scored = scoreSession(workedSession(), rubric);
    const prompts = rubric.steps['deep-dive'].prompts;
    const missed = missedPromptIds(scored);
    expect(missed.length).toBeGreaterThan(0);
    const expected = [...new Set(prompts.filter((prompt) => missed.includes(prompt.id)).map((prompt) => prompt.topic))];
    expect(studyNextTopics(scored, rubric).map((topic) => topic.topic)).toEqual(expected);
    expect(studyNextTopics(scored, rubric).find((topic) => topic.topic === 'kafka')?.title).toBe('Kafka');
  });

  it('does not count a prompt with every point made as missed because it was not exemplary (the depth share)', () => {
    const step = (findings: { code: string; severity: 'missing' | 'good'; refs: string[]; depth?: true }[]) => ({ total: 50, steps: [{ step: 'deep-dive' as const, score: 88, earned: 88, available: 100, findings: findings.map((item) => ({ ...item, points: 12, message: item.code })) }] });
    expect(missedPromptIds(step([{ code: 'deep-dive.kafka-durability.depth', severity: 'missing', refs: ['kafka-durability'], depth: true }]))).toEqual([]);
    // The flag decides, not the code's spelling: a depth finding under any code is not a missed point, and a missed
    // point whose code happens to end in ".depth" (a key point named "depth") still is.
    expect(missedPromptIds(step([{ code: 'deep-dive.kafka-durability.shortfall', severity: 'missing', refs: ['kafka-durability'], depth: true }]))).toEqual([]);
    expect(missedPromptIds(step([{ code: 'deep-dive.orders-index.depth', severity: 'missing', refs: ['orders-index'] }]))).toEqual(['orders-index']);
    expect(missedPromptIds(step([{ code: 'deep-dive.kafka-durability.min-isr', severity: 'missing', refs: ['kafka-durability'] }]))).toEqual(['kafka-durability']);
  });
});

describe('budget verdict', () => {
  it('says over, under or on budget, in tenths of a minute', () => {
    expect(budgetVerdict({ spentMinutes: 7.5, budgetMinutes: 5 })).toBe('2.5 min over');
    expect(budgetVerdict({ spentMinutes: 4.9, budgetMinutes: 5 })).toBe('0.1 min under');
    expect(budgetVerdict({ spentMinutes: 5.3, budgetMinutes: 5 })).toBe('0.3 min over');
    expect(budgetVerdict({ spentMinutes: 5, budgetMinutes: 5 })).toBe('on budget');
  });
});
