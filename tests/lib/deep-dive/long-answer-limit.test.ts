import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { deepDiveAnswerTextSchema } from '../../../lib/deep-dive/answer-text-schema';
import { MAX_DEEP_DIVE_ANSWER } from '../../../lib/deep-dive/limits';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { createSession } from '../../../lib/session/create-session';
import { sessionSchema } from '../../../lib/session/session-schema';

// Kind: a strong written answer longer than the old 4,000-character cut lost the points it made at its end.
const rubric = loadCase('ride-hailing').rubric;
const prompt = rubric.steps['deep-dive'].prompts.find((item) => item.id === 'location-topic-partitioning');
if (!prompt) throw new Error('ride-hailing has no location-topic-partitioning prompt');

// A careful candidate sets the scene at length before the decision: ~5,500 characters that decide nothing about keys.
const preamble = Array.from(
  { length: 30 },
  (_, index) =>
    `Context ${index + 1}: the dispatch team reviews the city rollout in week ${index + 2}, the runbook lists who is on call for region ${index + 3}, and the dashboards show the morning rush in borough ${index + 4}.`,
).join(' ');
const decision = ' So the decision: the location topic is keyed by driver_id, so all the pings of one driver land in one partition and stay in the order they were written.';

describe('a deep-dive answer up to 10,000 characters is graded whole', () => {
  it('the preamble is past the old 4,000-character cut and within the limit', () => {
    expect(preamble.length).toBeGreaterThan(4_500);
    expect((preamble + decision).length).toBeLessThanOrEqual(MAX_DEEP_DIVE_ANSWER);
  });

  it('a point made after 5,000 characters of context earns its points', () => {
    const scored = scoreDeepDivePrompt(prompt, preamble + decision, {}, rubric);
    const keyed = scored.points.find((point) => point.id === 'key-by-driver');
    expect(keyed?.earned).toBeGreaterThan(0);
    const withoutDecision = scoreDeepDivePrompt(prompt, preamble, {}, rubric);
    expect(withoutDecision.points.find((point) => point.id === 'key-by-driver')?.earned ?? 0).toBe(0);
  });

  it('the schema takes 10,000 characters and refuses 10,001 with the length, the excess and what to do', () => {
    expect(deepDiveAnswerTextSchema.safeParse('x'.repeat(MAX_DEEP_DIVE_ANSWER)).success).toBe(true);
    const refused = deepDiveAnswerTextSchema.safeParse('y'.repeat(12_345));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('The answer is 12,345 characters, 2,345 over the 10,000 limit: shorten it to have it graded.');
  });

  it('a saved session keeps a 9,000-character answer', () => {
    const session = createSession('ride-hailing', 'long-answer', new Date('2026-01-05T10:00:00Z'));
    const long = `${preamble}${decision}`.padEnd(9_000, ' More context on the rollout.');
    const stored = { ...session, answers: { ...session.answers, deepDive: { 'location-topic-partitioning': long } } };
    const parsed = sessionSchema.safeParse(stored);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.answers.deepDive['location-topic-partitioning']).toHaveLength(9_000);
  });
});
