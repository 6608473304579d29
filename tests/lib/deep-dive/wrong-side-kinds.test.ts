import { describe, expect, it } from 'vitest';
// Full credit on the points is 100 - DEPTH_POINTS without an exemplary answer's depth (lib/scoring/depth.ts).
import { DEPTH_POINTS } from '../../../lib/scoring/depth';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { percent, pointOf, promptOf } from './fixtures';

const durability = promptOf('ecommerce-data-platform', 'kafka-durability');
const star = promptOf('ecommerce-data-platform', 'sales-star-schema');
const exactlyOnce = promptOf('card-payments', 'exactly-once-authorisations');
const ackPrompt = promptOf('healthcare-records', 'kafka-ordering-ack');
const surge = promptOf('ride-hailing', 'surge-windows-late-data');
const late = promptOf('iot-telemetry', 'late-readings');

// Interviewer scores written before the engine ran: the right setting on the wrong side is wrong.
describe('a setting on the wrong side of the pipeline earns nothing', () => {
  it('min ISR and idempotence "on the consumers" (interviewer: about 25)', () => {
    const answer = 'On the consumers we set min.insync.replicas=2 and enable.idempotence=true, and the consumer group uses acks=all, so a broker failure loses nothing and retries are not duplicated. Replication factor 3 across three brokers.';
    expect(pointOf(durability, answer, 'idempotence')).toMatchObject({ status: 'contradicted', misplacedOn: 'consumers', misplacedBelongs: 'the producer' });
    expect(pointOf(durability, answer, 'min-isr')?.earned).toBe(0);
    expect(percent(durability, answer)).toBeLessThanOrEqual(40);
  });

  it('a checkpoint in the producer and a watermark on the sink (interviewer: about 25)', () => {
    const answer = "Windows on event time from the phone's timestamp. The producer keeps the checkpoint so a restart resumes from the right offsets, and a 10 minute watermark on the sink handles late pings.";
    expect(pointOf(surge, answer, 'state-checkpoint')?.status).toBe('contradicted');
    expect(pointOf(surge, answer, 'watermark')?.status).toBe('contradicted');
    expect(percent(surge, answer)).toBeLessThanOrEqual(40);
  });

  it('a watermark on the Kafka producer (interviewer: about 55)', () => {
    const answer = "Windows on the sensor's event timestamp; we put a 15-minute watermark on the Kafka producer so late readings are handled; a nightly batch job recomputes the day from the raw files.";
    expect(pointOf(late, answer, 'watermark')?.earned).toBe(0);
    expect(percent(late, answer)).toBeLessThanOrEqual(70);
  });

  it('the finding says where the setting belongs, in the learner\'s words', () => {
    const answer = 'We turn on enable.idempotence in the consumers so retries do not duplicate authorisations.';
    const finding = scoreDeepDivePrompt(exactlyOnce, answer).findings.find((item) => item.code.endsWith('.idempotent-producer'));
    expect(finding?.severity).toBe('wrong');
    expect(finding?.message).toContain('"enable.idempotence" on "consumers"');
    expect(finding?.message).toContain('setting of the producer');
  });

  it('each setting on its own side keeps full credit (interviewer: about 95)', () => {
    const answer = 'Topic with replication factor 3 and min.insync.replicas=2. The switch producer uses acks=all and enable.idempotence=true so retries do not duplicate, keyed by card token for order. Consumers set isolation.level=read_committed and commit offsets together with the results in one transaction. Dedupe on the network reference because the network itself resends.';
    expect(percent(exactlyOnce, answer)).toBeGreaterThanOrEqual(100 - DEPTH_POINTS);
  });
});

describe('one crucial inversion in confident prose costs its point', () => {
  it('acks=1 "since the followers already have the write" (interviewer: about 55)', () => {
    const answer = 'RF=3 and min.insync.replicas=2, and the switch produces with acks=1 since the followers already have the write before the ack. The idempotent producer drops retry duplicates by sequence number. Consumers read_committed and commit offsets with the results in one transaction. Dedupe on the network reference for resends from the network.';
    const scored = scoreDeepDivePrompt(exactlyOnce, answer);
    expect(scored.wrongClaims.map((hit) => hit.id)).toContain('acks-one-replicated');
    // Within 10 of the interviewer's 55 (62.5 once merged with the rule that stacked wrong claims cost once).
    expect(percent(exactlyOnce, answer)).toBeLessThanOrEqual(65);
  });

  it('acks=1 "safe because every replica has it" before the HL7 ACK (interviewer: about 55)', () => {
    const answer = "Key by patient MRN so one patient's messages stay in one partition and in order. The listener produces with acks=1, which is safe because replication factor 3 means every replica has it, and sends the HL7 ACK after Kafka confirms the write. Idempotent producer, and dedupe downstream on MSH-10 since the engine retries.";
    expect(pointOf(ackPrompt, answer, 'ack-after-durable')?.earned).toBe(0);
    expect(percent(ackPrompt, answer)).toBeLessThanOrEqual(60);
  });

  it('a list with acks=1 is one mistake, not an inversion; rejecting acks=1 is right', () => {
    const listed = scoreDeepDivePrompt(durability, 'Replication factor 3, min.insync.replicas=2 and acks=1. Idempotent producer so retries do not duplicate.');
    expect(listed.wrongClaims.map((hit) => hit.id)).not.toContain('acks-one-replicated');
    const strong = 'Replication factor 3 across three brokers. Producers use acks=all with min.insync.replicas=2, so an ack means two replicas have the event; we never use acks=1 because it only waits for the leader. enable.idempotence=true so retries do not duplicate.';
    expect(percent(durability, strong)).toBeGreaterThanOrEqual(100 - DEPTH_POINTS);
  });
});

describe('a dimension named as the fact table undoes the model built on it', () => {
  it('dim_customer as the fact table: dimensions and the SCD built on them earn nothing (interviewer: about 10)', () => {
    const answer = 'dim_customer is the fact table: one row per customer with lifetime revenue; products and dates join it as dimensions, and SCD2 keeps customer history.';
    expect(pointOf(star, answer, 'scd')).toMatchObject({ earned: 0, builtOn: { id: 'dimensions' } });
    expect(percent(star, answer)).toBeLessThanOrEqual(15);
  });

  it('the fact table named first ("The fact table is dim_date") is read too', () => {
    expect(scoreDeepDivePrompt(star, 'The fact table is dim_date, one row per day, and orders and products are its dimensions.').wrongClaims.map((hit) => hit.id)).toContain('dimension-as-fact');
  });

  it('a right star schema keeps full credit (interviewer: about 95)', () => {
    const answer = 'The fact table is fct_order_lines, one row per order line. It joins dim_date, dim_product (with category) and dim_customer. Product and customer are SCD type 2 so a category change keeps the old rows for past sales.';
    expect(percent(star, answer)).toBeGreaterThanOrEqual(100 - DEPTH_POINTS);
  });
});
