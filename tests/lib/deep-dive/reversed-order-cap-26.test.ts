import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import type { ProbeAnswer } from '../../../lib/deep-dive/probe';
import { REVERSED_ORDER_MAX_SCORE } from '../../../lib/deep-dive/reversed-order-cap';

// Own wordings for the round-22 kind "two steps in the reverse order cost only their point": where a failure between
// the steps breaks the guarantee the prompt asks about, the whole answer is capped. The interviewer's score for each
// was written before running the engine.
const grade = (slug: string, id: string, answer: string, probes: Readonly<Record<string, ProbeAnswer>> = {}) => {
  const rubric = loadCase(slug).rubric;
  const prompt = rubric.steps['deep-dive'].prompts.find((item) => item.id === id);
  if (!prompt) throw new Error(`no ${id} prompt`);
  const result = scoreDeepDivePrompt(prompt, answer, probes, rubric);
  return { score: Math.round((100 * result.earned) / result.available), codes: result.findings.map((finding) => finding.code) };
};

describe('a reversed order caps the prompt', () => {
  it('card authorisations: offsets committed before the features are written, the rest right (interviewer: 30)', () => {
    const result = grade(
      'card-payments',
      'exactly-once-authorisations',
      'Topic auth-events with replication factor 3 and min.insync.replicas=2; the switch produces with acks=all and enable.idempotence=true, keyed by card token so one card stays in order.\nThe fraud consumer reads with isolation.level=read_committed. For each batch it commits the offsets first, then updates the features in Redis.\nThe network can resend an authorisation, so we drop repeats by the network reference kept in state for a day.',
    );
    expect(result.codes).toContain('deep-dive.exactly-once-authorisations.reversed-order');
    expect(result.score).toBeLessThanOrEqual(REVERSED_ORDER_MAX_SCORE);
  });

  it('the same answer in the right order is not capped (interviewer: 85)', () => {
    const result = grade(
      'card-payments',
      'exactly-once-authorisations',
      'Topic auth-events with replication factor 3 and min.insync.replicas=2; the switch produces with acks=all and enable.idempotence=true, keyed by card token so one card stays in order.\nThe fraud consumer reads with isolation.level=read_committed and runs as a Kafka transaction: it writes the features and commits the offsets atomically in the same transaction, so a crash before the commit replays the batch and nothing is counted twice.\nThe network can resend an authorisation, so we drop repeats by the network reference kept in state for a day.',
    );
    expect(result.codes).not.toContain('deep-dive.exactly-once-authorisations.reversed-order');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('shop stream restart: the micro-batch offsets committed before the sink write (interviewer: 30)', () => {
    const result = grade(
      'ecommerce-data-platform',
      'streaming-restart',
      'On restart the query reads its checkpoint and carries on from the offsets stored there; startingOffsets only matters for a brand-new query with no checkpoint, so latest does not skip anything.\nEach micro-batch: Spark commits the offsets of the batch, then writes the batch to the Delta sink.',
    );
    expect(result.codes).toContain('deep-dive.streaming-restart.reversed-order');
    expect(result.score).toBeLessThanOrEqual(REVERSED_ORDER_MAX_SCORE);
  });

  it('a right follow-up answer on the reversed point lifts the cap (hospital listener)', () => {
    const answer =
      'Key on the EMPI patient id so an admit, transfer and discharge of one patient stay in one partition in order. The listener sends the ack back on receipt and then writes to Kafka with acks=all; RF 3, min.insync.replicas=2. Rhapsody resends unacknowledged messages, so dedupe on MSH-10 downstream.';
    const capped = grade('healthcare-records', 'kafka-ordering-ack', answer);
    expect(capped.score).toBeLessThanOrEqual(REVERSED_ORDER_MAX_SCORE);
    const settled = grade('healthcare-records', 'kafka-ordering-ack', answer, { 'ack-after-durable': { selected: ['lost'] } });
    expect(settled.codes).not.toContain('deep-dive.kafka-ordering-ack.reversed-order');
    expect(settled.score).toBeGreaterThan(REVERSED_ORDER_MAX_SCORE);
  });
});
