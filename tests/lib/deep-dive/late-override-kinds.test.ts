import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Inputs written for these tests, with the interviewer's reading decided before the engine ran: an answer that states a
// mechanism and later says "in practice we'd skip it" loses that point; one that skips an extra the prompt does not
// need keeps its score (lib/text/practice-override.ts).
const { rubric } = loadCase('ecommerce-data-platform');
const prompt = rubric.steps['deep-dive'].prompts.find((item) => item.id === 'kafka-durability') as DeepDivePrompt;
const scored = (answer: string) => scoreDeepDivePrompt(prompt, answer, {}, rubric);
const percent = (answer: string) => {
  const result = scored(answer);
  return (100 * result.earned) / result.available;
};

const core = 'The clickstream topic has replication factor 3 with min.insync.replicas=2, and producers send with acks=all, so an acknowledged event is on two brokers before the app moves on. The producers set enable.idempotence=true so a retried batch is dropped by the broker instead of written twice.';

describe('deep dive: a mechanism withdrawn in practice', () => {
  it('loses the point the override skips (interviewer: the idempotence point gone, about 60)', () => {
    const answer = `${core} That is the book answer. But honestly, in practice we'd skip the idempotence, the duplicates are rare and the dashboards tolerate them.`;
    const idempotence = scored(answer).points.find((point) => point.id === 'idempotence');
    expect(idempotence?.earned).toBe(0);
    expect(idempotence?.status).toBe('negated');
    expect(percent(answer)).toBeLessThan(percent(core));
    expect(scored(answer).findings.map((finding) => finding.message).join('\n')).toContain('withdrew');
  });

  it('keeps its score when the skipped thing is an extra the prompt does not need', () => {
    const extra = `${core} We could also mirror the topic to a second region. But honestly, in practice we'd skip the mirroring, one region is enough for clickstream.`;
    expect(percent(extra)).toBe(percent(core));
  });
});
