import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Own wordings for the round-18 kind "a watermark too short for the lateness the prompt states, taken to cover it"; the
// interviewer's score for each was written before running the engine.
const grade = (answer: string) => {
  const prompt = loadCase('healthcare-records').rubric.steps['deep-dive'].prompts.find((item) => item.id === 'late-adt-census');
  if (!prompt) throw new Error('no late-adt-census prompt');
  const result = scoreDeepDivePrompt(prompt, answer, {}, loadCase('healthcare-records').rubric);
  return { score: Math.round((100 * result.earned) / result.available), wrong: result.wrongClaims.map((hit) => hit.id) };
};

describe('a watermark shorter than the outage the question states', () => {
  it('withWatermark 15 minutes for a six-hour burst, stragglers parked in a quarantine table (interviewer: 45)', () => {
    const result = grade(
      "Order by MSH-7, the event timestamp, never arrival. Per patient I hold keyed state with the last event time and skip any event older than it, so a late transfer can't undo a discharge. withWatermark('msh7_ts', '15 minutes') for the hourly occupancy windows; stragglers beyond it land in a quarantine table the integration team looks at.",
    );
    expect(result.wrong).toContain('mechanism.short-watermark');
    expect(result.score).toBeLessThanOrEqual(58);
  });

  it('the same watermark with the past hours recomputed from the raw messages is right (interviewer: 88)', () => {
    const result = grade(
      "Order by MSH-7, the event timestamp, never arrival. Per patient I hold keyed state with the last event time and skip any event older than it, so a late transfer can't undo a discharge. withWatermark('msh7_ts', '15 minutes') for the hourly occupancy windows, and a batch job recomputes the six hours of that hospital from the raw messages once the burst has landed.",
    );
    expect(result.wrong).not.toContain('mechanism.short-watermark');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('a watermark as long as the outage is not flagged (interviewer: 60)', () => {
    const result = grade('Order by MSH-7, the event timestamp. Hourly occupancy windows with a watermark of 8 hours so the six-hour burst still lands in its hours; per patient keyed state keeps the newest event.');
    expect(result.wrong).not.toContain('mechanism.short-watermark');
  });
});
