import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Own wording for the round-20 kind "keywords hidden in a URL or path are credited as claims" (other cases and
// prompts than the round's answer); the interviewer's score for each was written before running the engine.
const grade = (slug: string, id: string, answer: string) => {
  const prompt = loadCase(slug).rubric.steps['deep-dive'].prompts.find((item) => item.id === id);
  if (!prompt) throw new Error(`no prompt ${id} in ${slug}`);
  const result = scoreDeepDivePrompt(prompt, answer);
  return Math.round((100 * result.earned) / result.available);
};

describe('words inside a URL or path are a name, not a claim', () => {
  it('an output path spelling "event-time-watermark-allowed-lateness" says nothing about late readings (interviewer: 5)', () => {
    expect(grade('iot-telemetry', 'late-readings', 'env.fromSource(src).sinkTo(sink("gs://plant-lake/event-time-tumbling-windows-watermark-allowed-lateness-side-output/")) // done')).toBeLessThanOrEqual(15);
  });

  it('an absolute path spelling "idempotent-producer-transactions-dedupe" says nothing about exactly-once (interviewer: 5)', () => {
    expect(grade('card-payments', 'exactly-once-authorisations', 'Deploy with --state-dir /opt/auth/idempotent-producer/transactions-read-committed/dedupe-by-network-reference and it is covered.')).toBeLessThanOrEqual(15);
  });

  it('a right answer that also names its checkpoint URL keeps its points (interviewer: 80)', () => {
    const got = grade('iot-telemetry', 'late-readings', 'Window on event time, the timestamp the sensor stamped, never arrival time. The watermark trails the highest event time by 10 minutes because gateways buffer that long when they reconnect; a reading later than that goes to a side output and is merged into the stored minute by a correction job. State is checkpointed to s3://plant-chk/alerts every minute.');
    expect(got).toBeGreaterThanOrEqual(65);
  });

  it('slash lists stay words: "min/max/avg per machine" is read as written (interviewer: same score with or without slashes)', () => {
    const base = 'Keyed by machine_id so one machine stays in order; tumbling one-minute windows on event time with a 5 minute watermark computing';
    expect(grade('iot-telemetry', 'late-readings', `${base} min/max/avg.`)).toBe(grade('iot-telemetry', 'late-readings', `${base} min, max, avg.`));
  });
});
