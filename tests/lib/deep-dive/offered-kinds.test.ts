import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

// Inputs written for these tests, each with the share an interviewer gives it decided before the engine ran: a point is
// earned by what the learner chooses and says why, not by naming candidates (lib/text/commitment.ts).
const { rubric } = loadCase('ecommerce-data-platform');
const prompt = rubric.steps['deep-dive'].prompts.find((item) => item.id === 'kafka-durability') as DeepDivePrompt;
const percent = (answer: string) => {
  const result = scoreDeepDivePrompt(prompt, answer);
  return (100 * result.earned) / result.available;
};

describe('deep dive: mechanisms named only as options earn almost nothing', () => {
  it.each([
    // Every setting offered with "could"/"or maybe" and the choice deferred (interviewer: about 10).
    'Replication could be 3, or maybe 2. The min.insync.replicas could be 2 depending on the cluster. An idempotent producer could help too, there are trade-offs.',
    // Suggestions to consider, never taken (interviewer: about 10).
    'You might consider a replication factor of 3. You could also use min.insync.replicas of 2 so writes need two replicas. Idempotence might be useful, it depends on the producer.',
  ])('scores %j at most 25', (answer) => {
    expect(percent(answer)).toBeLessThanOrEqual(25);
  });

  it('says which option was listed and not chosen', () => {
    const result = scoreDeepDivePrompt(prompt, 'Replication could be 3, or maybe 2. An idempotent producer could help too, there are trade-offs.');
    const messages = result.findings.map((finding) => finding.message).join('\n');
    expect(messages).toContain('as an option');
    expect(messages).toContain('but did not choose');
    expect(result.points.find((point) => point.id === 'replication')?.offered).toBeDefined();
  });
});

describe('deep dive: a committed answer keeps its credit', () => {
  it('keeps mild modality ("I would", "we\'d") at full credit (interviewer: about 90)', () => {
    const answer = "I would use a replication factor of 3 so every partition has copies on three brokers, with min.insync.replicas=2 and acks=all so a write is acknowledged only once two replicas have it. We'd enable the idempotent producer so retries do not create duplicates.";
    expect(percent(answer)).toBeGreaterThanOrEqual(80);
  });

  it('reads options followed by a choice as that choice (interviewer: about 85)', () => {
    const answer = "Replication factor 2 or 3? I'd go with 3, because with 2 one broker down leaves a single copy. min.insync.replicas=2 with acks=all, so a write is acknowledged only when two replicas have it, and the idempotent producer so retries do not duplicate.";
    expect(percent(answer)).toBeGreaterThanOrEqual(75);
  });

  it('gives an offered point less than the same point chosen', () => {
    const offered = 'Replication could be 3, or maybe 2. It depends on the cluster and there are trade-offs.';
    const chosen = 'Replication factor 3, because one broker down still leaves two copies. It depends on nothing else.';
    expect(percent(offered)).toBeLessThan(percent(chosen));
  });
});
