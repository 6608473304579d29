import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { readAcceptedLoss } from '../../../lib/text/accepted-loss';
import { readText } from '../../../lib/text/read-text';

// Own wordings for the round-20 kind "a loss of late data called fine earns full marks" ("all but a few are handled;
// the few later ones are dropped, which is fine"); the interviewer's score for each was written before running the engine.
const grade = (slug: string, promptId: string, answer: string) => {
  const prompt = loadCase(slug).rubric.steps['deep-dive'].prompts.find((item) => item.id === promptId);
  if (!prompt) throw new Error(`no ${promptId} prompt`);
  const result = scoreDeepDivePrompt(prompt, answer);
  return { score: Math.round((100 * result.earned) / result.available), codes: result.findings.map((finding) => finding.code) };
};
const LOSS = 'mechanism.late-data-loss-accepted';

describe('late data let go and called fine, where the question needs it back', () => {
  const short = 'Windows are on the device timestamp, 1-minute tumbling, with withWatermark of 30 seconds. ';

  it('a reconnect burst "discarded ... acceptable for minute averages" costs like a wrong claim (interviewer: 40)', () => {
    const result = grade('iot-telemetry', 'late-readings', `${short}Readings that show up after that are discarded; we lose a handful after a reconnect, but that is acceptable for minute averages.`);
    expect(result.codes).toContain(`deep-dive.late-readings.wrong.${LOSS}`);
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('the same drop with the batch recompute that brings them back is no mistake (interviewer: 80)', () => {
    const result = grade(
      'iot-telemetry',
      'late-readings',
      `${short}Readings later than that are discarded from the stream, which is fine: a nightly Spark batch job recomputes the affected minutes from the raw readings table and merges them into the rollups.`,
    );
    expect(result.codes).not.toContain(`deep-dive.late-readings.wrong.${LOSS}`);
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('where no point asks for late data back, a dropped late ping costs nothing (ride-hailing live positions)', () => {
    const result = grade('ride-hailing', 'live-geo-state', 'Positions live in Redis with GEOADD per city and a TTL of 30 s. A ping that arrives late is ignored, which is fine because the next one comes 4 seconds later.');
    expect(result.codes.some((code) => code.endsWith(LOSS))).toBe(false);
  });
});

describe('reading an accepted loss', () => {
  const said = (text: string) => readAcceptedLoss(readText(text)) !== undefined;

  it('reads a loss of data called fine, acceptable or not mattering', () => {
    expect(said('Events older than the watermark get dropped and that is okay for a daily count.')).toBe(true);
    expect(said("Missing the odd late record doesn't really matter for the dashboard.")).toBe(true);
  });

  it('does not read a loss denied, a loss of copies, or a loss with its remedy', () => {
    expect(said('Dropping late events would not be acceptable here.')).toBe(false);
    expect(said('Duplicate messages are dropped by the dedupe step, which is fine.')).toBe(false);
    expect(said('Late events are dropped from the stream, which is fine since the hourly job backfills them from raw.')).toBe(false);
    expect(said('The state is fine and nothing is lost.')).toBe(false);
  });
});
