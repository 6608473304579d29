import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf, roundedPercent, statusOf } from './fixtures';

// Scores are an interviewer's, written before the engine ran (golden round 23 kinds, new cases and wording).
describe('deep dives: a mechanism put for later, another tool\'s vocabulary, a rejected option', () => {
  const telemetry = promptOf('iot-telemetry', 'kafka-telemetry-partitioning');
  const restart = promptOf('ecommerce-data-platform', 'streaming-restart');

  it('a sink made idempotent "if we had time" is named, not designed: part credit (interviewer: 60)', () => {
    const committed = 'On restart the query resumes from the offsets in its checkpoint location, not from startingOffsets, and Kafka replays the batch that was in flight. The sink is a MERGE into the Delta inventory table keyed on SKU and warehouse, so a replayed batch does not double count.';
    const deferred = 'On restart the query resumes from the offsets in its checkpoint location, not from startingOffsets, and Kafka replays the batch that was in flight. If we had time, we would make the sink a MERGE into the Delta table keyed on SKU and warehouse.';
    expect(statusOf(restart, deferred, 'idempotent-sink')).toBe('hedged');
    const score = roundedPercent(restart, deferred);
    expect(score).toBeGreaterThanOrEqual(50);
    expect(score).toBeLessThanOrEqual(85);
    expect(score).toBeLessThan(roundedPercent(restart, committed));
  });

  it('Kinesis shards for a Kafka telemetry topic map to partitions, capped below full marks (interviewer: 70)', () => {
    const answer = 'Partition key = machine id, so one machine\'s readings hash to the same shard and stay in order for the anomaly job. For 100,000 small readings a second I would provision about 100 shards up front, since resharding later moves keys; each Flink subtask reads its shards through a shard iterator. Gateways batch readings and compress them, acks from every replica before they drop their local buffer.';
    const result = scoreDeepDivePrompt(telemetry, answer);
    expect(result.points.find((point) => point.id === 'partition-count')?.status).not.toBe('missing');
    const score = roundedPercent(telemetry, answer);
    expect(score).toBeGreaterThanOrEqual(55);
    expect(score).toBeLessThanOrEqual(80);
  });

  it('Flink savepoints and a two-phase-commit sink in a Spark restart answer cost (interviewer: 55)', () => {
    const answer = 'The job comes back from its last savepoint, which holds the Kafka offsets, so it carries on where it stopped and re-reads what came after. The keyed state per SKU is restored with it, and the two-phase commit sink only commits when the checkpoint barrier completes, so no row is written twice.';
    const result = scoreDeepDivePrompt(restart, answer);
    expect(result.findings.map((finding) => finding.code)).toContain('deep-dive.streaming-restart.wrong-engine-term.savepoint');
    const score = roundedPercent(restart, answer);
    expect(score).toBeGreaterThanOrEqual(35);
    expect(score).toBeLessThanOrEqual(72);
  });

  it('a Spark answer that names Flink only to set it aside is not charged (interviewer: 86)', () => {
    const answer = 'Unlike Flink there is no savepoint to pick: the query resumes from the offset and commit logs in its checkpoint location, and startingOffsets is ignored. Kafka replays the batch in flight, and the sink is a Delta MERGE keyed on SKU, so the replay writes nothing twice.';
    const result = scoreDeepDivePrompt(restart, answer);
    expect(result.findings.some((finding) => finding.code.includes('wrong-engine-term') || finding.code.includes('other-vocabulary'))).toBe(false);
    expect(roundedPercent(restart, answer)).toBeGreaterThanOrEqual(80);
  });
});
