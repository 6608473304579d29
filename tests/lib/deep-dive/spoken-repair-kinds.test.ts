import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Inputs written for these tests, each with the score an interviewer gives it decided before the engine ran: a spoken
// repair replaces the words before it, the reason a rejected option fails is reasoning, and the learner's last word
// wins (lib/text/retraction.ts, rejected-option.ts, clause-roles.ts).
const { rubric } = loadCase('ecommerce-data-platform');
const prompt = rubric.steps['deep-dive'].prompts.find((item) => item.id === 'kafka-durability') as DeepDivePrompt;
const scored = (answer: string) => {
  const result = scoreDeepDivePrompt(prompt, answer);
  return { percent: (100 * result.earned) / result.available, wrong: result.wrongClaims.map((claim) => claim.id) };
};

describe('deep dive: a spoken self-correction keeps the corrected answer', () => {
  it.each([
    // Repaired to acks=all with the reason acks=1 loses data (interviewer: about 88).
    'Replication factor 3 so each partition lives on three brokers. Producer acks=1, wait no, make that acks=all, because with acks=1 the leader confirms alone and if it crashes before a follower fetches the record, that record is lost. min.insync.replicas=2 on the topic so an ack means two replicas hold it. enable.idempotence=true so a retry after a timeout is dropped by producer id and sequence number instead of written twice.',
    // The same, the repair in other words and the reason set aside with "rather than" (interviewer: about 85).
    'We keep three replicas per partition. The producer sets acks=all rather than acks=1, since with acks=1 an acknowledged event is gone when the leader dies before replicating. min.insync.replicas=2, so the leader confirms only once two copies are in sync. And the producer is idempotent, so retries never duplicate a click.',
  ])('scores %j at least 80, with no acks=1 wrong claim', (answer) => {
    const result = scored(answer);
    expect(result.wrong).not.toContain('acks-one-durable');
    expect(result.wrong).not.toContain('acks-one-replicated');
    expect(result.percent).toBeGreaterThanOrEqual(80);
  });

  it('a retraction to the wrong setting still costs the points it took back (interviewer: about 30)', () => {
    const result = scored('Replication factor 3 and min.insync.replicas=2 with acks=all. Actually no, scratch that, acks=1 is enough because the followers copy it anyway, so it is already durable. Idempotent producer for retries so no duplicates.');
    expect(result.percent).toBeLessThanOrEqual(50);
  });

  it('acks=1 chosen with its cost stated is still acks=1 (interviewer: about 45)', () => {
    const result = scored('Replication factor 3. We use acks=1 for throughput; with acks=1 a few clicks are lost if a leader dies, which is fine for analytics. min.insync.replicas=2. Idempotent producer so retries do not duplicate.');
    expect(result.wrong.some((id) => id.startsWith('acks-one'))).toBe(true);
  });
});
