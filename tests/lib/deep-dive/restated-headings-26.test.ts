import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Own wordings for the round-21 kind "an answer of headings with a verdict and nothing under them keeps a named share":
// a line that says a term again with "handled" or "done right" names the point less than a sentence does. The
// interviewer's score for each was written before running the engine.
const grade = (slug: string, id: string, answer: string) => {
  const rubric = loadCase(slug).rubric;
  const prompt = rubric.steps['deep-dive'].prompts.find((item) => item.id === id);
  if (!prompt) throw new Error(`no ${id} prompt`);
  const result = scoreDeepDivePrompt(prompt, answer, {}, rubric);
  return Math.round((100 * result.earned) / result.available);
};

describe('headings with a verdict and no mechanism', () => {
  it('surge windows: every line a term and "handled" (interviewer: 8)', () => {
    const score = grade('ride-hailing', 'surge-windows-late-data', 'Event time: we use event time.\nLate pings: handled with a watermark.\nState: managed properly.\nSurge numbers: computed correctly.');
    expect(score).toBeLessThanOrEqual(12);
  });

  it('shop durability: settings named as headings with a verdict (interviewer: 5)', () => {
    const score = grade('ecommerce-data-platform', 'kafka-durability', 'Durability: guaranteed.\nReplication: configured properly.\nAcks: handled.\nRetries: taken care of correctly.');
    expect(score).toBeLessThanOrEqual(12);
  });

  it('the same headings with the mechanism under them keep their points (interviewer: 75)', () => {
    const score = grade(
      'ride-hailing',
      'surge-windows-late-data',
      'Time: windows on the phone timestamp, not on arrival, so a burst after a tunnel does not inflate the current window.\nLate pings: a 2-minute watermark; anything later is dropped from surge and its old window state is freed.\nWindows: 5 minutes sliding every 30 seconds per H3 cell, each driver counted once by latest status.\nState: RocksDB state store, checkpointed, so a restart resumes without recounting.',
    );
    expect(score).toBeGreaterThanOrEqual(70);
  });
});
