import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDive } from '../../../lib/deep-dive/score-deep-dive';

const { rubric } = loadCase('ecommerce-data-platform');

describe('deep-dive scoring', () => {
  it('gives no points to empty answers and names every key point missed', () => {
    const result = scoreDeepDive({}, rubric);
    expect(result.score).toBe(0);
    expect(result.findings.filter((finding) => finding.severity === 'missing')).toHaveLength(9);
  });

  it('credits key points by keyword, stem and synonym', () => {
    const result = scoreDeepDive(
      {
        'kafka-durability': 'Replication factor 3, acks=all with min.insync.replicas=2, and an idempotent producer so retries do not duplicate.',
        'streaming-restart': 'It resumes from the checkpoint offsets; startingOffsets is ignored. Kafka can replay, and the sink must be idempotent (a Delta merge).',
      },
      rubric,
    );
    const good = result.findings.filter((finding) => finding.severity === 'good').map((finding) => finding.code);
    expect(good).toEqual(
      expect.arrayContaining([
        'deep-dive.kafka-durability.replication',
        'deep-dive.kafka-durability.min-isr',
        'deep-dive.kafka-durability.idempotence',
        'deep-dive.streaming-restart.checkpoint-wins',
        'deep-dive.streaming-restart.idempotent-sink',
      ]),
    );
    expect(result.score).toBeGreaterThan(50);
    expect(result.score).toBeLessThan(100);
  });

  it('is the same every time and never throws on hostile input', () => {
    const hostile = { 'kafka-durability': '<script>alert(1)</script>'.repeat(1000), 'sales-star-schema': '\u0000\uffff'.repeat(5000) };
    expect(scoreDeepDive(hostile, rubric)).toEqual(scoreDeepDive(hostile, rubric));
  });
});
