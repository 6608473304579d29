import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Inputs written for these tests, with the interviewer's reading decided before the engine ran: event time, allowed
// lateness and final results said in Kafka Streams, Beam or Dataflow terms are the same mechanism as Spark's or Flink's
// (lib/text/concept-map.ts STREAM_PROCESSOR_TERMS). Vendors are equal.
const { rubric } = loadCase('ride-hailing');
const prompt = rubric.steps['deep-dive'].prompts.find((item) => item.id === 'surge-windows-late-data') as DeepDivePrompt;
const pointOf = (answer: string, id: string) => scoreDeepDivePrompt(prompt, answer, {}, rubric).points.find((point) => point.id === id);

describe('deep dive: event time and lateness in Kafka Streams or Beam words', () => {
  it.each([
    // Kafka Streams: a TimestampExtractor reading the ping's own time, a grace period bounding how late a ping may come.
    'We run it as a Kafka Streams app. A custom TimestampExtractor reads the phone timestamp from each ping, so the windows use when the ping happened. The windows are hopping, five minutes advancing every 30 seconds, with a grace period of two minutes: a ping up to two minutes late still updates its window, anything later is dropped and counted.',
    // Beam / Dataflow: timestamps assigned from the ping, allowed lateness on the sliding windows.
    'On Dataflow with Beam we assign each element the phone timestamp with WithTimestamps, then apply sliding windows of five minutes every 30 seconds withAllowedLateness of two minutes, so pings that are up to two minutes late still land in their window and later ones are dropped from it.',
  ])('earns event time and the lateness bound for %j', (answer) => {
    expect(pointOf(answer, 'event-time')?.status).toBe('stated');
    expect(pointOf(answer, 'watermark')?.status).toBe('stated');
  });

  it('still reads a Kafka Streams window on arrival time as wrong, not as event time', () => {
    const answer = 'Kafka Streams with the WallclockTimestampExtractor, so each ping is windowed by when it reaches the app; a grace period of two minutes drops anything later.';
    expect(pointOf(answer, 'event-time')?.earned ?? 0).toBe(0);
  });
});
