import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { loadAllLessons } from '../../../lib/practice/load-lessons';
import type { ShortQuestion } from '../../../lib/practice/question-schema';
import { scoreQuestion } from '../../../lib/practice/score-question';

// Inputs written for these tests, with the interviewer's reading decided before the engine ran: the right mechanism with
// a wrong limit loses the point the limit belongs to, and no more (lib/text/replica-headroom.ts, mechanism-claims.ts).
const { rubric } = loadCase('card-payments');
const prompt = rubric.steps['deep-dive'].prompts.find((item) => item.id === 'exactly-once-authorisations') as DeepDivePrompt;
const scored = (answer: string) => scoreDeepDivePrompt(prompt, answer, {}, rubric);

const rest = ' The switch producer sets enable.idempotence=true so a retry after a timeout is not written twice, keyed by card token so one card stays in order.';

describe('deep dive: min.insync.replicas equal to the replication factor', () => {
  it('loses the durable-writes point and says why (interviewer: about 60 against about 80 for RF 3 / min ISR 2)', () => {
    const wrong = scored(`The authorisations topic uses replication factor 3, min.insync.replicas=3 and acks=all, so every broker has each event.${rest}`);
    const right = scored(`The authorisations topic uses replication factor 3, min.insync.replicas=2 and acks=all, so two brokers have each event before the ack.${rest}`);
    expect(wrong.points.find((point) => point.id === 'durable-writes')?.earned).toBe(0);
    expect(right.points.find((point) => point.id === 'durable-writes')?.earned).toBeGreaterThan(0);
    const finding = wrong.findings.find((item) => item.code.endsWith('min-insync-equals-replication'));
    expect(finding?.message).toContain('NotEnoughReplicas');
    // A wrong detail costs its point only: the idempotence point keeps what it earned.
    expect(wrong.points.find((point) => point.id === 'idempotent-producer')?.earned).toBe(right.points.find((point) => point.id === 'idempotent-producer')?.earned);
    expect(wrong.earned).toBeLessThan(right.earned);
  });
});

describe('practice: "relational databases cannot be sharded"', () => {
  const question = loadAllLessons().flatMap((lesson) => lesson.questions).find((item) => item.id === 'partition-vs-shard') as ShortQuestion;
  it('fires the NoSQL-only misconception however it is worded (interviewer: about 60)', () => {
    const text = 'Partitioning cuts one table into pieces on the same server, by month say, so a query only reads its month. Sharding puts different rows on different machines to scale writes. But SQL databases cannot really be sharded, so at that scale teams switch to a NoSQL store like DynamoDB.';
    const result = scoreQuestion(question, { text });
    expect(result.findings.some((finding) => finding.code === 'practice.misconception')).toBe(true);
  });
});
