import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { probeAnswersFromFollowUps, promptInterview, summariseFollowUps } from '../../../lib/deep-dive/follow-ups';
import type { PromptFollowUp } from '../../../lib/deep-dive/follow-up-schema';
import { scoreDeepDive, scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

const { rubric } = loadCase('ecommerce-data-platform');
const prompts = rubric.steps['deep-dive'].prompts;
const promptOf = (id: string): DeepDivePrompt => {
  const found = prompts.find((prompt) => prompt.id === id);
  if (!found) throw new Error(`no prompt ${id}`);
  return found;
};
const T = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-01T10:05:00.000Z';
const restart = promptOf('streaming-restart');
const durability = promptOf('kafka-durability');
const submitted = (probes: PromptFollowUp['probes'] = {}, extra: Partial<PromptFollowUp> = {}): PromptFollowUp => ({ submittedAt: T, probes, ...extra });

describe('the interviewer follow-ups on one deep-dive prompt', () => {
  it('asks nothing before the learner submits the answer', () => {
    const state = promptInterview(restart, 'We use checkpointing.', undefined);
    expect(state).toMatchObject({ submitted: false, open: [], settled: [], revealed: false });
    expect(state.next).toBeUndefined();
  });

  it('after submitting, asks about a point only named, quoting the learner and not the answer', () => {
    const state = promptInterview(restart, 'We use checkpointing.', submitted());
    expect(state.next?.pointId).toBe('checkpoint-wins');
    expect(state.next?.lead).toContain('checkpointing');
    expect(state.next?.lead).not.toContain('resumes from the offsets');
    expect(state.next?.question).toBe(restart.keyPoints[0]?.probe?.question);
  });

  it('asks one follow-up at a time, in the rubric order, and moves on once one is answered', () => {
    const answer = 'Maybe it resumes from the checkpoint? Kafka, replay, idempotent sink.';
    const first = promptInterview(restart, answer, submitted());
    expect(first.open.length).toBeGreaterThan(0);
    const asked = first.next?.pointId as string;
    const second = promptInterview(restart, answer, submitted({ [asked]: { answer: { selected: ['skipped'] }, answeredAt: T2 } }));
    expect(second.next?.pointId).not.toBe(asked);
    expect(second.open).not.toContain(asked);
  });

  it('asks nothing about a clear, affirmed, explained answer or a point never mentioned', () => {
    const strong = 'On restart it resumes from the offsets in its checkpoint; startingOffsets only applies with no checkpoint.';
    const state = promptInterview(restart, strong, submitted());
    expect(state.open).not.toContain('checkpoint-wins');
    // replayable-source and idempotent-sink were not mentioned: missing points are not followed up.
    expect(state.next).toBeUndefined();
  });

  it('settles a named point with a right answer (two thirds) and a wrong one (nothing)', () => {
    const named = 'We use checkpointing.';
    const before = scoreDeepDivePrompt(restart, named).earned;
    const right = promptInterview(restart, named, submitted({ 'checkpoint-wins': { answer: { selected: ['skipped'] }, answeredAt: T2 } }));
    const wrong = promptInterview(restart, named, submitted({ 'checkpoint-wins': { answer: { selected: ['read'] }, answeredAt: T2 } }));
    expect(right.scored.earned).toBeGreaterThan(before);
    expect(right.settled).toEqual([expect.objectContaining({ pointId: 'checkpoint-wins', correct: true, statusBefore: 'named', value: 5 })]);
    expect(right.settled[0]?.earned).toBeCloseTo((5 * 2) / 3);
    expect(right.settled[0]?.answer).toContain('skipped');
    expect(wrong.scored.earned).toBeLessThan(before + 1e-9);
    expect(wrong.settled[0]).toMatchObject({ correct: false, earned: 0 });
  });

  it('settles a contradicted point (the classic latest-offsets answer) with a number or choice probe', () => {
    const classic = 'After the restart it reads from the latest offsets.';
    const state = promptInterview(restart, classic, submitted());
    expect(state.next?.pointId).toBe('checkpoint-wins');
    expect(state.next?.lead).toContain('latest offsets');
    const numeric = promptInterview(durability, 'We rely on min.insync.replicas.', submitted({ 'min-isr': { answer: { number: 1 }, answeredAt: T2 } }));
    expect(numeric.settled.find((probe) => probe.pointId === 'min-isr')).toMatchObject({ answer: '1 brokers', correct: true });
  });

  it('stops asking once the model answer is shown, and says whether it was shown before settling', () => {
    const named = 'We use checkpointing.';
    const early = promptInterview(restart, named, submitted({}, { revealedAt: T2, openAtReveal: ['checkpoint-wins'] }));
    expect(early.next).toBeUndefined();
    expect(early).toMatchObject({ revealed: true, revealedBeforeSettling: true, open: ['checkpoint-wins'] });
    const unsubmitted = promptInterview(restart, named, { probes: {}, revealedAt: T2 });
    expect(unsubmitted.revealedBeforeSettling).toBe(true);
    const late = promptInterview(restart, named, submitted({ 'checkpoint-wins': { answer: { selected: ['skipped'] }, answeredAt: T2 } }, { revealedAt: T2, openAtReveal: [] }));
    expect(late).toMatchObject({ revealed: true, revealedBeforeSettling: false });
  });
});

describe('follow-ups across the step', () => {
  it('feeds stored probe answers to the step score', () => {
    const answers = { 'streaming-restart': 'We use checkpointing.' };
    const followUps = { 'streaming-restart': submitted({ 'checkpoint-wins': { answer: { selected: ['skipped'] }, answeredAt: T2 } }) };
    const without = scoreDeepDive(answers, rubric);
    const withProbe = scoreDeepDive(answers, rubric, probeAnswersFromFollowUps(followUps));
    expect(withProbe.score).toBeGreaterThan(without.score);
    expect(probeAnswersFromFollowUps(undefined)).toEqual({});
  });

  it('summarises only the prompts with follow-up activity, in case order', () => {
    const answers = { 'streaming-restart': 'We use checkpointing.', 'kafka-durability': 'Replication.' };
    const followUps = {
      'streaming-restart': submitted({ 'checkpoint-wins': { answer: { selected: ['skipped'] }, answeredAt: T2 } }),
      'kafka-durability': submitted({}, { revealedAt: T2, openAtReveal: ['replication'] }),
      'sales-star-schema': { probes: {} },
    };
    const summary = summariseFollowUps(prompts, answers, followUps);
    expect(summary.map((item) => [item.promptId, item.number])).toEqual([
      ['kafka-durability', 1],
      ['streaming-restart', 2],
    ]);
    expect(summary[0]).toMatchObject({ answerShown: true, answerShownBeforeSettling: true, probes: [] });
    expect(summary[1]).toMatchObject({ answerShown: false, probes: [expect.objectContaining({ pointId: 'checkpoint-wins', correct: true })] });
    expect(summariseFollowUps(prompts, answers, undefined)).toEqual([]);
  });
});

describe('stored follow-up answers that could not have been asked', () => {
  const named = 'We use checkpointing.';
  const right = { answer: { selected: ['skipped'] }, answeredAt: T2 };
  it('ignores answers without a submission, before it, or after the model answer was shown', () => {
    expect(probeAnswersFromFollowUps({ 'streaming-restart': { probes: { 'checkpoint-wins': right } } })).toEqual({ 'streaming-restart': {} });
    const before = { submittedAt: T2, probes: { 'checkpoint-wins': { ...right, answeredAt: T } } };
    expect(promptInterview(restart, named, before).settled).toEqual([]);
    const afterReveal = { submittedAt: T, revealedAt: T, probes: { 'checkpoint-wins': right } };
    expect(promptInterview(restart, named, afterReveal).settled).toEqual([]);
    expect(promptInterview(restart, named, { submittedAt: T, probes: { 'checkpoint-wins': right } }).settled).toHaveLength(1);
  });
});
