import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Own wordings for the round-22 kinds "a failure story read as the learner's claim" and "a glossary credited as
// decisions"; the interviewer's score for each was written before running the engine.
const grade = (slug: string, id: string, answer: string) => {
  const rubric = loadCase(slug).rubric;
  const prompt = rubric.steps['deep-dive'].prompts.find((item) => item.id === id);
  if (!prompt) throw new Error(`no ${id} prompt`);
  const result = scoreDeepDivePrompt(prompt, answer, {}, rubric);
  return { score: Math.round((100 * result.earned) / result.available), wrong: result.wrongClaims.map((hit) => hit.id) };
};

describe('a failure story before the fix', () => {
  it('late telemetry: the story of rollups by arrival time, then the event-time fix (interviewer: 85)', () => {
    const result = grade(
      'iot-telemetry',
      'late-readings',
      'A while ago at a logistics firm we grouped the truck readings by arrival time. When a depot gateway came back after forty minutes offline, the whole backlog landed in one minute and the anomaly rule fired on every truck.\nHere: one-minute tumbling windows on the sensor timestamp (UTC), so a reading lands in the minute it was measured. A watermark of 5 minutes closes a window and frees its state; readings later than that still go to the raw table, and an hourly batch job recomputes the affected minutes from it and overwrites the rollups, because readings can be an hour late.',
    );
    expect(result.wrong).not.toContain('processing-time-windows');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('the same windows by arrival time claimed as the design are still wrong (interviewer: 30)', () => {
    const result = grade('iot-telemetry', 'late-readings', 'We group the readings into one-minute windows by arrival time, with a watermark of 5 minutes, and an hourly batch job recomputes the rollups from the raw table.');
    expect(result.wrong).toContain('processing-time-windows');
    expect(result.score).toBeLessThanOrEqual(60);
  });
});

describe('a glossary of the prompt\'s terms', () => {
  it('time-series terms defined, nothing laid out (interviewer: 10)', () => {
    const result = grade(
      'iot-telemetry',
      'time-series-layout',
      'Partition: a division of a table by a column.\nRollup: a summary of data over a time period.\nRetention: how long data is kept.\nParquet: a columnar file format.\nCompaction: a process that merges small files.',
    );
    expect(result.score).toBeLessThanOrEqual(25);
  });
});
