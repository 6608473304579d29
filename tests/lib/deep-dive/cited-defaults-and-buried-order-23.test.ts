import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf } from './fixtures';

// Own answers for the round-21 kinds; the interviewer's score for each was written before running the engine.
const grade = (slug: string, id: string, answer: string) => {
  const result = scoreDeepDivePrompt(promptOf(slug, id), answer);
  const codes = result.findings.filter((finding) => finding.severity === 'wrong').map((finding) => finding.code);
  const status = Object.fromEntries(result.points.map((point) => [point.id, point.status]));
  return { score: Math.round((100 * result.earned) / result.available), codes, status };
};

describe('a default the learner cites is not their setting', () => {
  it('"clients before 3.0 defaulted to acks=1" next to an explicit acks=all costs nothing (interviewer: 85)', () => {
    const got = grade('card-payments', 'exactly-once-authorisations', 'Topic: replication.factor=3, min.insync.replicas=2. The switch producer sets acks=all and enable.idempotence=true explicitly, because clients before 3.0 defaulted to acks=1 and our switch library is old. The Flink consumer reads with isolation.level=read_committed and writes through its two-phase-commit sink, and the velocity features dedupe on the network reference, since Visa can resend an authorisation.');
    expect(got.codes.filter((code) => code.includes('.wrong.'))).toEqual([]);
    expect(got.score).toBeGreaterThanOrEqual(75);
  });

  it('a wrongly cited default leaned on instead of a setting costs the point about it (interviewer: 60)', () => {
    const got = grade('card-payments', 'exactly-once-authorisations', 'replication.factor=3, and min.insync.replicas defaults to 2 so the topic is already safe with acks=all. The switch producer sets acks=all and enable.idempotence=true. Flink reads with isolation.level=read_committed and commits through the two-phase-commit sink; the features dedupe on the network reference because Visa resends.');
    expect(got.codes.some((code) => code.includes('default.min-insync-replicas'))).toBe(true);
    expect(got.status['durable-writes']).toBe('contradicted');
    expect(got.score).toBeGreaterThanOrEqual(45);
    expect(got.score).toBeLessThanOrEqual(75);
  });

  it('a wrongly cited default next to the learner\'s own setting costs once, the point stands (interviewer: 80)', () => {
    const got = grade('card-payments', 'exactly-once-authorisations', 'min.insync.replicas defaults to 3, which is too strict, so we set min.insync.replicas=2 with replication.factor=3. The switch producer sets acks=all and enable.idempotence=true. Flink reads with isolation.level=read_committed and commits through the two-phase-commit sink; the features dedupe on the network reference because Visa resends.');
    expect(got.codes.some((code) => code.includes('wrong-default.min-insync-replicas'))).toBe(true);
    expect(got.status['durable-writes']).toBe('stated');
    expect(got.score).toBeGreaterThanOrEqual(70);
    expect(got.score).toBeLessThanOrEqual(90);
  });
});

describe('a wrong claim buried in a long, otherwise right answer is caught', () => {
  it('"the whole topic is kept in order" in the middle costs the keying point (interviewer: 55)', () => {
    const got = grade('iot-telemetry', 'kafka-telemetry-partitioning', 'Key each reading by machine_id, so all sensors of a machine land on one partition and the alert job keeps that machine\'s state in one task. 48 partitions give room to 100,000 readings a second. Kafka keeps ordering across the whole topic anyway, so we can add partitions later without thinking about it. Gateways batch with linger.ms=20 and lz4 compression, acks=all with idempotence, and buffer locally when the link is down.');
    expect(got.codes.some((code) => code.includes('topic-wide-order'))).toBe(true);
    expect(got.status['key-by-machine']).toBe('contradicted');
    expect(got.score).toBeLessThanOrEqual(70);
  });
});
