import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { percent, promptOf } from './fixtures';

const records = promptOf('card-payments', 'seven-year-records');
const ordering = promptOf('healthcare-records', 'kafka-ordering-ack');
const telemetry = promptOf('iot-telemetry', 'kafka-telemetry-partitioning');

// Interviewer scores written before the engine ran: the right mechanism with one wrong detail loses that point only.
describe('a wrong detail inside the right mechanism costs that point, and the finding names the right value', () => {
  it('Object Lock in governance mode said to protect the records (interviewer: about 60)', () => {
    const answer = 'Every ledger entry lands as Parquet, partitioned by day, in an S3 bucket that uses governance mode Object Lock for seven years, which guarantees nobody can tamper with them. After 13 months a lifecycle rule moves objects to Glacier Deep Archive. SSE-KMS encryption, CloudTrail logs every read, and only card tokens are written.';
    const scored = scoreDeepDivePrompt(records, answer);
    expect(scored.points.find((point) => point.id === 'object-lock')?.status).toBe('contradicted');
    expect(percent(records, answer)).toBeGreaterThanOrEqual(50);
    expect(percent(records, answer)).toBeLessThanOrEqual(65);
    expect(scored.findings.find((item) => item.code.endsWith('.wrong.governance-mode-lock'))?.message).toContain('compliance mode');
  });

  it('governance mode named as the rejected option keeps the point', () => {
    const answer = 'Object Lock in compliance mode with a seven-year retention, because governance mode can be bypassed by an admin. Lifecycle to Glacier after 13 months, SSE-KMS, CloudTrail on reads, tokens only, Parquet partitioned by date.';
    expect(scoreDeepDivePrompt(records, answer).points.find((point) => point.id === 'object-lock')?.status).toBe('stated');
  });

  it('acks=1 next to the ACK-after-write (interviewer: about 40)', () => {
    const answer = 'Partition key is the facility plus MRN, so one patient stays in order on one partition. We return the HL7 ACK to the interface engine only once the Kafka send completes; acks=1 is fine for that since the leader persisted it.';
    const scored = scoreDeepDivePrompt(ordering, answer);
    expect(scored.points.find((point) => point.id === 'ack-after-durable')?.status).toBe('contradicted');
    expect(percent(ordering, answer)).toBeGreaterThanOrEqual(25);
    expect(scored.findings.find((item) => item.code.endsWith('.wrong.acks-one-enough'))?.message).toContain('acks=all');
  });

  it('a made-up per-partition message limit (interviewer: about 65)', () => {
    const answer = 'Key by machine id so each machine keeps its order and its alert state in one task. Each partition can only handle 2,000 messages per second, so I need 25 partitions now and 50 after the doubling. Gateways batch with linger.ms=10 and lz4 compression, acks=all and idempotence on so a retry adds no duplicate.';
    const scored = scoreDeepDivePrompt(telemetry, answer);
    expect(scored.points.find((point) => point.id === 'partition-count')?.status).toBe('contradicted');
    expect(percent(telemetry, answer)).toBeGreaterThanOrEqual(55);
    expect(scored.findings.find((item) => item.code.endsWith('.wrong.partition-rate-limit'))?.message).toContain('tens of megabytes');
  });

  it('one partition read by one consumer is no rate limit', () => {
    const answer = 'Key by machine id so one machine stays in order. Each partition can only be read by one consumer of the group, and a second broker holds its replica, so 96 partitions let the alert job scale to 96 tasks after the doubling. Batch with linger.ms and lz4, acks=all with idempotence so retries add no duplicate.';
    expect(scoreDeepDivePrompt(telemetry, answer).points.find((point) => point.id === 'partition-count')?.status).toBe('stated');
  });
});
