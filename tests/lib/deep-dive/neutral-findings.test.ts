import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { neutralPointMessage } from '../../../lib/deep-dive/neutral-message';
import { scoreDeepDive } from '../../../lib/deep-dive/score-deep-dive';

const { rubric } = loadCase('ecommerce-data-platform');
const keyPointTexts = rubric.steps['deep-dive'].prompts.flatMap((prompt) => prompt.keyPoints.map((point) => point.text));

describe('deep-dive findings that teach without handing over the answer', () => {
  const answers: Record<string, string>[] = [
    {},
    { 'kafka-durability': 'replication factor, min.insync.replicas, idempotence' },
    { 'streaming-restart': 'We will NOT use a checkpoint. After a restart it reads from the latest offsets.' },
    { 'sales-star-schema': 'Maybe one row per order item? We use dimensions.' },
  ];
  it.each(answers.map((answer, index) => [index, answer] as const))('answer %i: every finding short of full marks has a neutral message without the key point text', (_index, answer) => {
    const result = scoreDeepDive(answer, rubric);
    for (const finding of result.findings.filter((item) => item.severity !== 'good')) {
      expect(finding.neutral, finding.code).toBeDefined();
      for (const text of keyPointTexts) expect(finding.neutral).not.toContain(text);
    }
  });

  it('quotes the learner in the neutral message and keeps the full message for after the reveal', () => {
    const result = scoreDeepDive({ 'streaming-restart': 'After a restart it reads from the latest offsets.' }, rubric);
    const wrong = result.findings.find((finding) => finding.code === 'deep-dive.streaming-restart.wrong.latest-on-restart');
    expect(wrong?.neutral).toContain('latest offsets');
    expect(wrong?.neutral).not.toContain('checkpoint');
    expect(wrong?.message).toContain('checkpoint');
  });

  it('says what is missing from the gap when the content gives one, and a position otherwise', () => {
    expect(neutralPointMessage({ status: 'missing' }, 'what happens to the offsets after a restart', { index: 0, count: 3 })).toBe('Your answer does not say what happens to the offsets after a restart.');
    expect(neutralPointMessage({ status: 'missing' }, undefined, { index: 1, count: 3 })).toBe('Your answer leaves out one of the points an interviewer expects here (2 of 3).');
    expect(neutralPointMessage({ status: 'stated', quote: 'x' }, undefined, { index: 0, count: 1 })).toBeUndefined();
    expect(neutralPointMessage({ status: 'named', quote: 'checkpointing' }, 'where it resumes', { index: 0, count: 1 })).toContain('"checkpointing"');
  });
});
