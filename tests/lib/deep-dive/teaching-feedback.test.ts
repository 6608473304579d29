import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDive } from '../../../lib/deep-dive/score-deep-dive';
import { deepDiveTeachingFeedback } from '../../../lib/deep-dive/teaching-feedback';
import { asShown, visibleMessage } from '../../../lib/scoring/shown-finding';

const { rubric } = loadCase('ecommerce-data-platform');
const prompts = rubric.steps['deep-dive'].prompts;
const keyPointTexts = prompts.flatMap((prompt) => prompt.keyPoints.map((point) => point.text));
const T = '2026-03-01T10:00:00.000Z';
const messages = (result: { findings: { message: string }[] }) => result.findings.map((finding) => finding.message).join('\n');

describe('deep-dive feedback that teaches without handing over the answer', () => {
  it('before anything is done, says only which questions are not answered, at 0', () => {
    const result = deepDiveTeachingFeedback(prompts, {}, undefined);
    expect(result.score).toBe(0);
    expect(result.findings.map((finding) => finding.message).sort()).toEqual(['Question 1 is not answered yet.', 'Question 2 is not answered yet.', 'Question 3 is not answered yet.']);
    for (const text of keyPointTexts) expect(messages(result)).not.toContain(text);
  });

  it('asks for a submission before giving feedback on a written answer, keeping the real score', () => {
    const answers = { 'kafka-durability': 'Replication factor 3 across three brokers, acks=all with min.insync.replicas=2.' };
    const result = deepDiveTeachingFeedback(prompts, answers, undefined);
    expect(result.score).toBe(scoreDeepDive(answers, rubric).score);
    expect(messages(result)).toContain('Question 1: submit your answer');
    for (const text of keyPointTexts) expect(messages(result)).not.toContain(text);
  });

  it('after submitting, gives neutral findings; after showing the answer, the full ones', () => {
    const answers = { 'streaming-restart': 'We use checkpointing.' };
    const submitted = deepDiveTeachingFeedback(prompts, answers, { 'streaming-restart': { submittedAt: T, probes: {} } });
    expect(messages(submitted)).toContain('Named, not explained: you wrote "checkpointing"');
    for (const text of keyPointTexts) expect(messages(submitted)).not.toContain(text);
    const shown = deepDiveTeachingFeedback(prompts, answers, { 'streaming-restart': { submittedAt: T, probes: {}, revealedAt: T, openAtReveal: ['checkpoint-wins'] } });
    expect(messages(shown)).toContain('It resumes from the offsets in its checkpoint');
    expect(shown.findings.every((finding) => finding.neutral === undefined)).toBe(true);
  });

  it('picks the message to show', () => {
    const finding = { code: 'x', severity: 'missing' as const, message: 'full answer', neutral: 'neutral words', points: 1 };
    expect(visibleMessage(finding, false)).toBe('neutral words');
    expect(visibleMessage(finding, true)).toBe('full answer');
    expect(visibleMessage({ ...finding, neutral: undefined }, false)).toBe('full answer');
    expect(asShown(finding, false)).toEqual({ code: 'x', severity: 'missing', message: 'neutral words', points: 1 });
  });
});
