import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { asksOnly } from '../../../lib/text/questions-only';
import { readText } from '../../../lib/text/read-text';

// Own wordings for the round-19 kind "the prompt's headings asked back as questions earn hedged points" (another case and
// prompt than the round's answer); the interviewer's score for each was written before running the engine.
const grade = (answer: string) => {
  const prompt = loadCase('ecommerce-data-platform').rubric.steps['deep-dive'].prompts.find((item) => item.id === 'streaming-restart');
  if (!prompt) throw new Error('no streaming-restart prompt');
  const result = scoreDeepDivePrompt(prompt, answer);
  return { score: Math.round((100 * result.earned) / result.available), codes: result.findings.map((finding) => finding.code) };
};

describe('an answer of questions only claims nothing', () => {
  it('"Checkpoint location? Replay from Kafka? Idempotent sink: Delta or MERGE? Which one should I detail?" (interviewer: 5)', () => {
    const result = grade('Checkpoint location? Replay from Kafka or startingOffsets? Idempotent sink: Delta or MERGE? Which one should I go into?');
    expect(result.score).toBeLessThanOrEqual(10);
    expect(result.codes).toContain('deep-dive.streaming-restart.questions-only');
  });

  it('questions the learner answers are statements: "Where does it resume? From the offsets in its checkpoint." (interviewer: 55)', () => {
    const result = grade('Where does it resume? From the offsets in its checkpoint, so startingOffsets is ignored on a restart. What about the batch in flight? Kafka replays it.');
    expect(result.codes).not.toContain('deep-dive.streaming-restart.questions-only');
    expect(result.score).toBeGreaterThanOrEqual(40);
  });

  it('one question alone is not read as asking back', () => {
    expect(asksOnly(readText('Would a checkpoint on S3 be enough?'))).toBe(false);
    expect(asksOnly(readText('Checkpoint? Idempotent sink?'))).toBe(true);
  });
});
