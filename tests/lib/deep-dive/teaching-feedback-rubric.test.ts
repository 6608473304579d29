import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDive } from '../../../lib/deep-dive/score-deep-dive';
import { deepDiveTeachingFeedback } from '../../../lib/deep-dive/teaching-feedback';

// The deep-dive feedback takes the case's rubric, from which it reads the prompts and the case fit, as scoreDeepDive does.
const { rubric } = loadCase('iot-telemetry');
const other = loadCase('ride-hailing').rubric;
const T = '2026-05-01T09:00:00.000Z';

describe('deepDiveTeachingFeedback(rubric, answers, followUps)', () => {
  it('scores like scoreDeepDive, with the prompts taken from the rubric', () => {
    const answers = { 'late-readings': 'Windows on the sensor timestamp (event time), a watermark of 10 minutes so later readings are dropped, and a nightly batch job recomputes the affected minutes from the raw table.' };
    expect(deepDiveTeachingFeedback(rubric, answers).score).toBe(scoreDeepDive(answers, rubric).score);
    expect(deepDiveTeachingFeedback(rubric, {}).findings).toHaveLength(rubric.steps['deep-dive'].prompts.length);
  });

  it('reads an answer written for another business as the step does, and as the older form with the rubric last', () => {
    // Another case's model answer pasted into this case's prompt.
    const pasted = other.steps['deep-dive'].prompts.map((prompt) => prompt.keyPoints.map((point) => point.text).join(' ')).join(' ');
    const prompt = rubric.steps['deep-dive'].prompts[0]?.id as string;
    const answers = { [prompt]: pasted };
    const followUps = { [prompt]: { probes: {}, submittedAt: T } };
    const withRubric = deepDiveTeachingFeedback(rubric, answers, followUps);
    expect(withRubric.score).toBe(scoreDeepDive(answers, rubric).score);
    expect(deepDiveTeachingFeedback(rubric.steps['deep-dive'].prompts, answers, followUps, rubric)).toEqual(withRubric);
  });
});
