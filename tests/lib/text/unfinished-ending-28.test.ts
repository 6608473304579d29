import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { readUnfinishedEnding } from '../../../lib/text/unfinished-ending';
import { questionOf } from '../practice/fixtures';

// Own answers for the round-24 kind "an answer that trails off unfinished" (hand 45 for both golden ones), on other
// prompts and wordings. The interviewer's score for each was written before the engine ran.
const deepDive = (slug: string, promptId: string, answer: string) => {
  const prompt = loadCase(slug).rubric.steps['deep-dive'].prompts.find((item) => item.id === promptId);
  if (!prompt) throw new Error(`no ${promptId} prompt`);
  const result = scoreDeepDivePrompt(prompt, answer);
  return { score: Math.round((100 * result.earned) / result.available), codes: result.findings.map((finding) => finding.code) };
};

describe('an answer that stops mid-clause', () => {
  it('reads the cut last line, and not a finished one', () => {
    expect(readUnfinishedEnding('Key by patient.\n\nand then I\'d')?.line).toBe("and then I'd");
    expect(readUnfinishedEnding('State is dropped, and late events are')?.line).toBe('State is dropped, and late events are');
    expect(readUnfinishedEnding('dim_product - sku, brand\nand the customer dim which would be...')).toBeDefined();
    expect(readUnfinishedEnding('Compact the files nightly, that is what I would do')).toBeUndefined();
    expect(readUnfinishedEnding('Turn enable.idempotence on')).toBeUndefined();
    expect(readUnfinishedEnding('Watermark: 10 minutes.')).toBeUndefined();
    expect(readUnfinishedEnding('dim_product - sku, name, category, brand')).toBeUndefined();
    expect(readUnfinishedEnding('And')).toBeUndefined();
  });

  it('exactly-once that stops at the sink (interviewer: 40)', () => {
    const result = scoreQuestion(questionOf('end-to-end-exactly-once'), { text: 'Kafka is the replayable source, so a failed batch can be read again from its offsets. The checkpoint records the offsets each micro-batch covers, so after a crash Spark re-runs exactly that batch. And the sink has to be' });
    expect(result.findings.map((finding) => finding.code)).toContain('practice.unfinished');
    expect(result.score).toBeLessThanOrEqual(60);
  });

  it('late telemetry windows that trail off before the late path (interviewer: 40)', () => {
    const result = deepDive('iot-telemetry', 'late-readings', "Window on the sensor's timestamp, not arrival time: one-minute tumbling windows in Spark with withWatermark of 70 minutes so readings up to an hour late still land in their minute. Anomaly detection compares each minute with the machine's rolling baseline, and for readings later than the watermark I'd");
    expect(result.codes).toContain('deep-dive.late-readings.unfinished');
    expect(result.score).toBeLessThanOrEqual(60);
  });

  it('a complete small-files answer with no full stop at the end is not cut (interviewer: 85)', () => {
    const result = scoreQuestion(questionOf('small-files'), { text: 'Every file costs the engine a list call, an open and a footer read, so thousands of tiny Parquet files make query planning and scans slow. Fix it by compacting them into files of a few hundred MB (OPTIMIZE or a nightly compaction job) and by triggering the stream every few minutes instead of every 5 seconds so each write is bigger, that is what I would do' });
    expect(result.findings.map((finding) => finding.code)).not.toContain('practice.unfinished');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });
});
