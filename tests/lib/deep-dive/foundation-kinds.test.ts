import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Answers written for this test (scores an interviewer would give written first): a wrong key, clock or restart
// position is a foundation; the points built on it earn nothing.
function score(slug: string, promptId: string, text: string) {
  const prompt = loadCase(slug).rubric.steps['deep-dive'].prompts.find((item) => item.id === promptId);
  if (!prompt) throw new Error(`no prompt ${promptId}`);
  const result = scoreDeepDivePrompt(prompt, text);
  return { pct: (100 * result.earned) / result.available, points: Object.fromEntries(result.points.map((point) => [point.id, point])) };
}

describe('points built on a wrong foundation', () => {
  it('windows on ingestion time void the watermark and the recompute (iot, interviewer ~15)', () => {
    const { pct, points } = score('iot-telemetry', 'late-readings', 'We window on ingestion time, the moment each reading lands in Kafka, with a 5 minute watermark that lets us drop state, and an hourly batch job recomputes the affected rollups from the raw table.');
    expect(points['watermark']?.earned).toBe(0);
    expect(points['batch-recompute']?.builtOn?.id).toBe('event-time-windows');
    expect(pct).toBeLessThanOrEqual(25);
  });

  it('ordering the census by arrival time voids the state and watermark points (healthcare, interviewer ~15)', () => {
    const { pct, points } = score('healthcare-records', 'late-adt-census', 'We order and window the census by arrival time at the listener, because the message timestamps can be wrong. State per bed keeps the latest event, and a 30-minute watermark drops old state while a nightly job recomputes the hours.');
    expect(points['latest-wins-state']?.builtOn?.id).toBe('event-time');
    expect(pct).toBeLessThanOrEqual(25);
  });

  it('a topic keyed by plant voids the partition count, batching keeps its credit (iot, interviewer ~25)', () => {
    const { pct, points } = score('iot-telemetry', 'kafka-telemetry-partitioning', "Key the topic by plant so a plant's readings sit together, 96 partitions for parallelism, and producers batch with linger.ms and lz4.");
    expect(points['partition-count']?.earned).toBe(0);
    expect(points['batching-compression']?.earned).toBeGreaterThan(0);
    expect(pct).toBeLessThanOrEqual(40);
  });

  it('restarting from the latest offsets voids the replay, the idempotent sink stands (ecommerce, interviewer ~25)', () => {
    const { pct, points } = score('ecommerce-data-platform', 'streaming-restart', 'On restart it starts from the latest offsets because startingOffsets is latest, and Kafka replays the batch that was in flight; the Delta sink merges by key so nothing is counted twice.');
    expect(points['replayable-source']?.builtOn?.id).toBe('checkpoint-wins');
    expect(points['idempotent-sink']?.earned).toBeGreaterThan(0);
    expect(pct).toBeLessThanOrEqual(35);
  });

  it('buckets by the time a ping reaches ingestion: read as the processing clock (ride, interviewer ~15)', () => {
    const { pct, points } = score('ride-hailing', 'surge-windows-late-data', 'Count pings in 5-minute windows sliding every 30 s per H3 cell, bucketed by the time the ping hits our ingestion service (phones lie about time); a 2-minute watermark, and the state lives in RocksDB with checkpoints.');
    expect(points['event-time']?.status).toBe('contradicted');
    expect(points['sliding-window']?.earned).toBe(0);
    expect(pct).toBeLessThanOrEqual(25);
  });

  it('keeps the built-on points when the foundation is right (ride, interviewer ~90)', () => {
    const { pct, points } = score('ride-hailing', 'surge-windows-late-data', "Windows use the phone's timestamp, never when the ping reached us. A two-minute watermark says how long to wait for late pings and lets the job drop old state. Five-minute windows slide every 30 seconds per H3 cell, and the state sits in a checkpointed RocksDB store so a restart resumes without recounting.");
    expect(points['watermark']?.builtOn).toBeUndefined();
    expect(points['sliding-window']?.earned).toBeGreaterThan(0);
    expect(pct).toBeGreaterThanOrEqual(80);
  });
});
