import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf } from './fixtures';

// Own answers; the interviewer's score for each was written before running the engine. One wrong line in a right
// durability setup (unclean leader election on) undoes the guarantee the question asks for (kind: a wrong value inside a
// right mechanism; the wrong setting is data in the case rubric's wrongClaims, read by lib/text/values.ts).
const grade = (answer: string) => {
  const result = scoreDeepDivePrompt(promptOf('ecommerce-data-platform', 'kafka-durability'), answer);
  const codes = result.findings.filter((finding) => finding.severity === 'wrong').map((finding) => finding.code);
  return { score: Math.round((100 * result.earned) / result.available), codes };
};

describe('deep dive: unclean leader election switched on', () => {
  it('in prose, beside RF 3, min ISR 2, acks=all and idempotence (interviewer: 55)', () => {
    const got = grade('Clickstream topic with three replicas across AZs and min.insync.replicas 2, producers on acks=all with enable.idempotence so retries do not duplicate. Unclean leader election is enabled as well, so a partition never sits without a leader.');
    expect(got.codes.some((code) => code.endsWith('wrong.unclean-election-on'))).toBe(true);
    expect(got.score).toBeLessThanOrEqual(70);
  });

  it('switched off, the same answer keeps its credit (interviewer: 85)', () => {
    const got = grade('Clickstream topic with three replicas across AZs and min.insync.replicas 2, producers on acks=all with enable.idempotence so retries do not duplicate. unclean.leader.election.enable=false, so an out-of-sync replica never becomes leader.');
    expect(got.codes.some((code) => code.endsWith('wrong.unclean-election-on'))).toBe(false);
    expect(got.score).toBeGreaterThanOrEqual(70);
  });
});
