import { describe, expect, it } from 'vitest';
import type { DiagramGraph } from '../../../lib/canvas/diagram-graph';
import { missingProbes } from '../../../lib/content/check-probes';
import { listCaseSlugs, loadCase } from '../../../lib/content/load-cases';
import type { Rubric } from '../../../lib/content/rubric-schema';
import { emptyDesignAnswer } from '../../../lib/design/design-answer-schema';
import { curveballInterview } from '../../../lib/interview/curveball-probes';
import { answerTexts, curveballForSteps, scoreCurveball } from '../../../lib/interview/score-curveball';
import type { CurveballAnswer } from '../../../lib/interview/score-curveball';
import { createMockSession } from '../../../lib/session/create-session';
import { sessionCurveballBaseline, sessionCurveballInterview } from '../../../lib/session/curveball-answer';
import { announceCurveball, finishInterview } from '../../../lib/session/interview-actions';
import { buildReportModel } from '../../../lib/report/report-model';
import { reportMarkdown } from '../../../lib/report/report-markdown';
import { scoreSession } from '../../../lib/session/score-session';
import { sessionSchema } from '../../../lib/session/session-schema';
import { answerCurveballProbe, setStepNotes, submitCurveball } from '../../../lib/session/session-actions';

const graph: DiagramGraph = { components: [], edges: [], groups: [] };
const notes = (text: string): CurveballAnswer => ({ design: emptyDesignAnswer(), notes: [{ where: 'the notes of step 4', text }], diagram: graph });
const t0 = new Date('2026-05-01T09:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

type Curveball = NonNullable<Rubric['curveball']>;
type Claim = NonNullable<Curveball['claims']>[number];
type StoredAnswer = { selected: string[] } | { number: number };
const rightAnswer = (claim: Claim): StoredAnswer => {
  const probe = claim.probe!;
  return 'choices' in probe ? { selected: probe.choices.filter((choice) => choice.correct).map((choice) => choice.id) } : { number: probe.answer };
};
const wrongAnswer = (claim: Claim): StoredAnswer => {
  const probe = claim.probe!;
  return 'choices' in probe ? { selected: [probe.choices.find((choice) => !choice.correct)!.id] } : { number: probe.answer * 10 + 100 };
};
/** A bare list of one keyword per claim: every claim is only listed, so every one needs its follow-up. */
const shortest = (words: readonly string[]) => [...words].sort((a, b) => a.split(' ').length - b.split(' ').length)[0] ?? '';
const listOf = (curveball: Curveball) => (curveball.claims ?? []).map((claim) => shortest(claim.keywords)).join(', ');

const cases = listCaseSlugs().map((slug) => [slug, loadCase(slug).rubric.curveball!] as const);

describe('every shipped curveball claim has a checkable follow-up', () => {
  it.each(cases)('%s', (slug) => {
    expect(missingProbes(loadCase(slug).rubric)).toEqual([]);
  });

  it('flags a curveball claim without a probe', () => {
    const { rubric } = loadCase('ride-hailing');
    const claims = rubric.curveball!.claims!.map((claim, index) => (index === 1 ? { ...claim, probe: undefined } : claim));
    const issues = missingProbes({ ...rubric, curveball: { ...rubric.curveball!, claims } });
    expect(issues).toEqual([expect.objectContaining({ path: ['curveball', 'claims', 1], message: expect.stringContaining('has no probe') })]);
  });
});

describe('the interviewer follows up on claims only named, listed, hedged or negated', () => {
  it.each(cases)('%s: asks nothing before the learner says the change is addressed, then one probe at a time', (_, curveball) => {
    const texts = answerTexts(notes(listOf(curveball)));
    expect(curveballInterview(texts, curveball, undefined).next).toBeUndefined();
    const submitted = { submittedAt: t0.toISOString(), probes: {} };
    const first = curveballInterview(texts, curveball, submitted);
    const claims = curveball.claims!;
    expect(first.next?.pointId).toBe(claims[0]?.id);
    expect(first.next?.lead).toMatch(/^You (?:listed|mentioned) "/);
    expect(first.open).toEqual(claims.map((claim) => claim.id));
    const answered = { ...submitted, probes: { [claims[0]!.id]: { answer: rightAnswer(claims[0]!), answeredAt: at(1).toISOString() } } };
    const second = curveballInterview(texts, curveball, answered);
    expect(second.next?.pointId).toBe(claims[1]?.id);
    expect(second.settled).toEqual([expect.objectContaining({ pointId: claims[0]!.id, correct: true })]);
  });

  it.each(cases)('%s: a right answer settles a listed claim, a wrong one leaves nothing', (_, curveball) => {
    const answer = notes(listOf(curveball));
    const claims = curveball.claims!;
    const right = Object.fromEntries(claims.map((claim) => [claim.id, rightAnswer(claim)]));
    const wrong = Object.fromEntries(claims.map((claim) => [claim.id, wrongAnswer(claim)]));
    const unprobed = scoreCurveball(answer, curveball);
    const settledRight = scoreCurveball(answer, curveball, undefined, right);
    const settledWrong = scoreCurveball(answer, curveball, undefined, wrong);
    expect(settledRight.score).toBeGreaterThan(unprobed.score);
    expect(settledWrong.score).toBeLessThan(unprobed.score);
    expect(settledRight.findings.filter((finding) => finding.code.startsWith('curveball.probe.') && finding.severity === 'good')).toHaveLength(claims.length);
    expect(settledWrong.findings.find((finding) => finding.code.startsWith('curveball.probe.'))?.message).toMatch(/You answered ".+": not right/);
  });

  it('asks nothing about a claim stated plainly, and nothing about one never mentioned', () => {
    const curveball = loadCase('ecommerce-data-platform').rubric.curveball!;
    const stated = curveball.claims!.find((claim) => claim.id === 'crypto-shredding')!;
    const state = curveballInterview(answerTexts(notes(stated.text)), curveball, { submittedAt: t0.toISOString(), probes: {} });
    expect(state.open).not.toContain('crypto-shredding');
    expect(state.open).not.toContain('raw-retention');
  });

  it('follows up on a negated claim, quoting the learner', () => {
    const curveball = loadCase('iot-telemetry').rubric.curveball!;
    const state = curveballInterview(answerTexts(notes('We will not run alert rules on the gateway at the edge.')), curveball, { submittedAt: t0.toISOString(), probes: {} });
    expect(state.next).toMatchObject({ pointId: 'edge-alerting', lead: expect.stringMatching(/^You wrote "/) });
  });

  it('gives the step pages the probes, so the panel can ask them', () => {
    const cues = curveballForSteps(loadCase('card-payments').rubric.curveball)!;
    expect(cues.claims?.every((claim) => claim.probe !== undefined)).toBe(true);
  });
});

describe('curveball follow-ups in a session', () => {
  const slug = 'healthcare-records';
  const { rubric } = loadCase(slug);
  const curveball = rubric.curveball!;

  function announced() {
    const session = createMockSession(slug, `${slug}-cb`, t0, 45);
    const baselined = announceCurveball(session, sessionCurveballBaseline(session, curveballForSteps(curveball)!), at(25));
    return setStepNotes(baselined, 'deep-dive', listOf(curveball), at(26));
  }

  it('is not submitted before the curveball is announced', () => {
    const session = createMockSession(slug, `${slug}-early`, t0, 45);
    expect(submitCurveball(session, at(3))).toBe(session);
  });

  it('is saved, keeps the first answer, validates, and counts in the session score', () => {
    const claim = curveball.claims![0]!;
    let session = submitCurveball(announced(), at(27));
    expect(session.answers.curveballFollowUp?.submittedAt).toBe(at(27).toISOString());
    expect(sessionCurveballInterview(session, curveball).next?.pointId).toBe(claim.id);
    const before = scoreSession(session, rubric).curveball!.score;
    const right = answerCurveballProbe(session, claim.id, rightAnswer(claim), at(28));
    const again = answerCurveballProbe(right, claim.id, wrongAnswer(claim), at(29));
    expect(again.answers.curveballFollowUp?.probes[claim.id]?.answer).toEqual(rightAnswer(claim));
    expect(sessionSchema.safeParse(again).success).toBe(true);
    expect(scoreSession(again, rubric).curveball!.score).toBeGreaterThan(before);
    session = answerCurveballProbe(submitCurveball(announced(), at(27)), claim.id, wrongAnswer(claim), at(28));
    const wrong = scoreSession(session, rubric).curveball!;
    expect(wrong.score).toBeLessThanOrEqual(before);
    expect(wrong.findings.find((finding) => finding.code === `curveball.probe.${claim.id}`)?.severity).toBe('wrong');
  });

  it('ignores an answer given before the learner said the change was addressed', () => {
    const claim = curveball.claims![0]!;
    const session = announced();
    const early = { ...session, answers: { ...session.answers, curveballFollowUp: { submittedAt: at(30).toISOString(), probes: { [claim.id]: { answer: rightAnswer(claim), answeredAt: at(27).toISOString() } } } } };
    expect(sessionCurveballInterview(early, curveball).settled).toEqual([]);
  });

  it('shows each answered follow-up in the report', () => {
    const claim = curveball.claims![1]!;
    const session = finishInterview(answerCurveballProbe(submitCurveball(announced(), at(27)), claim.id, rightAnswer(claim), at(28)), at(40));
    const markdown = reportMarkdown(buildReportModel({ caseTitle: 'Healthcare records', session, scored: scoreSession(session, rubric), rubric, now: at(41) }));
    expect(markdown).toContain(`The interviewer asked: ${claim.probe!.question}`);
    expect(markdown).toMatch(/: right, which settles it\./);
  });

  it('loads a stored session without the new field', () => {
    const session = announced();
    const { curveballFollowUp: _, ...answers } = session.answers;
    expect(sessionSchema.safeParse({ ...session, answers }).success).toBe(true);
  });
});
