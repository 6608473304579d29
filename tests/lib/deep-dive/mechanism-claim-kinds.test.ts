import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf } from './fixtures';

// Own inputs per kind of round-14 miss; the interviewer's score for each was written before running the engine.
const grade = (slug: string, id: string, answer: string) => {
  const result = scoreDeepDivePrompt(promptOf(slug, id), answer);
  const codes = result.findings.filter((finding) => finding.severity === 'wrong').map((finding) => finding.code);
  const status = Object.fromEntries(result.points.map((point) => [point.id, point.status]));
  return { score: Math.round((100 * result.earned) / result.available), codes, status };
};

describe('a confident wrong claim about how a mechanism works costs the point it misstates', () => {
  it('"restarts from whatever startingOffsets is set to": the checkpoint is misstated (interviewer: about 45)', () => {
    const got = grade('ecommerce-data-platform', 'streaming-restart', 'When the job comes back after the crash it restarts from whatever startingOffsets is set to, so I set it to earliest. Kafka is replayable, so the batch is reprocessed, and the output is a Delta MERGE keyed by sku so a replayed batch does not double count.');
    expect(got.codes).toContain('deep-dive.streaming-restart.wrong.mechanism.starting-offsets-on-restart');
    expect(got.score).toBeGreaterThanOrEqual(35);
    expect(got.score).toBeLessThanOrEqual(55);
  });

  it('the right statement about startingOffsets is not the claim (interviewer: 90+)', () => {
    const got = grade('ecommerce-data-platform', 'streaming-restart', 'On restart it resumes from the offsets in its checkpoint; startingOffsets is ignored once a checkpoint exists. Kafka is replayable, so the batch in flight is read again, and the Delta sink is idempotent (MERGE by key), so a replayed batch does not double count.');
    expect(got.codes.filter((code) => code.includes('mechanism'))).toEqual([]);
    expect(got.score).toBeGreaterThanOrEqual(80);
  });

  it('"the idempotent producer covers the case where the networks resend" loses the dedupe point (interviewer: about 60)', () => {
    const got = grade('card-payments', 'exactly-once-authorisations', 'Topic with replication.factor=3 and min.insync.replicas=2; the switch producer uses acks=all and enable.idempotence=true, keyed by card token. The Flink job reads with isolation.level=read_committed and writes through the two-phase-commit sink. Idempotence also handles it when Visa sends the same authorisation twice, so there is no separate dedupe step.');
    expect(got.codes).toContain('deep-dive.exactly-once-authorisations.wrong.mechanism.idempotence-covers-upstream-resends');
    expect(got.score).toBeGreaterThanOrEqual(50);
    expect(got.score).toBeLessThanOrEqual(70);
  });

  it('"the idempotent producer drops Mastercard\'s resends" loses the dedupe point and costs (interviewer: about 60)', () => {
    const got = grade('card-payments', 'exactly-once-authorisations', 'Topic with replication.factor=3 and min.insync.replicas=2; the switch producer uses acks=all and enable.idempotence=true, keyed by card token. The Flink job reads with isolation.level=read_committed and writes through the two-phase-commit sink. When Mastercard resends an authorisation the idempotent producer drops the copy, so network duplicates are taken care of.');
    // The case's own wrong claim or the shared one, never both.
    expect(got.codes.filter((code) => code.includes('.wrong.'))).toHaveLength(1);
    expect(got.status['dedupe-by-reference']).not.toBe('stated');
    expect(got.score).toBeGreaterThanOrEqual(50);
    expect(got.score).toBeLessThanOrEqual(70);
  });

  it('idempotence bounded to the producer\'s own retries is right, not the claim', () => {
    const got = grade('card-payments', 'exactly-once-authorisations', 'Idempotence only covers our producer\'s own retries; when Visa resends an authorisation it is a brand new message, so the job dedupes on the network reference.');
    expect(got.codes.filter((code) => code.includes('mechanism'))).toEqual([]);
  });

  it('"eventually consistent, so concurrent purchases settle" loses the transaction point (interviewer: under 20)', () => {
    const got = grade('card-payments', 'acid-ledger', 'Balances live in Cassandra. It is eventually consistent, so two purchases on the same account at the same moment settle on their own within a second; it is ACID per row anyway.');
    expect(got.codes).toContain('deep-dive.acid-ledger.wrong.mechanism.eventual-consistency-for-balances');
    expect(got.status['one-transaction']).toBe('contradicted');
    expect(got.score).toBeLessThanOrEqual(20);
  });
});

describe('an outdated fact keeps a strong answer off full marks without costing its point', () => {
  const strong = 'replication.factor=3 and min.insync.replicas=2 with acks=all, so an acknowledged write is on two brokers and survives one failing. enable.idempotence=true gives each batch a sequence number, so a retried batch is dropped by the broker instead of written twice.';
  it('"ZooKeeper keeps the in-sync replica list" (interviewer: about 85)', () => {
    const got = grade('ecommerce-data-platform', 'kafka-durability', `${strong} ZooKeeper keeps the list of in-sync replicas and elects the new leader.`);
    expect(got.codes).toEqual(['deep-dive.kafka-durability.outdated.zookeeper-tracks-isr']);
    expect(Object.values(got.status).every((status) => status === 'stated')).toBe(true);
    expect(got.score).toBeGreaterThanOrEqual(78);
    expect(got.score).toBeLessThan(92);
  });
  it('KRaft named as today\'s tracker is not outdated', () => {
    const got = grade('ecommerce-data-platform', 'kafka-durability', `${strong} In KRaft mode the controller quorum tracks the in-sync replicas; older clusters used ZooKeeper for that.`);
    expect(got.codes.filter((code) => code.includes('outdated'))).toEqual([]);
  });
});

describe('an in-place overwrite said in other words is the rubric\'s overwrite mistake', () => {
  it('"the new value replaces the previous one" where history is asked (interviewer: about 50)', () => {
    const got = grade('healthcare-records', 'corrections-and-merges', 'A corrected result is upserted by its natural key (order number plus LOINC code) and the new value replaces the wrong value in that row. Facts carry an enterprise patient key, and a crosswalk maps each MRN to it, so an A40 only repoints the crosswalk.');
    expect(got.codes).toContain('deep-dive.corrections-and-merges.wrong.overwrite-in-place');
    expect(got.score).toBeGreaterThanOrEqual(35);
    expect(got.score).toBeLessThanOrEqual(60);
  });
});

describe('history kept in plain words earns the history point', () => {
  it('closing the old row and adding the corrected one, with a lookup table to our own patient number (interviewer: about 85)', () => {
    const got = grade('healthcare-records', 'corrections-and-merges', "Corrections: we never delete a result. The old row is marked valid until the correction arrived, and the corrected row is added as a new row valid from then, so both versions stay. Every hospital number goes through a small lookup table to our own patient key, so when an A40 says two numbers are one person only that lookup changes. The original messages are kept untouched and each report saves the snapshot it read, so it can be reproduced.");
    expect(got.status['merge-by-business-key']).toBe('stated');
    expect(got.status['enterprise-patient-key']).toBe('stated');
    expect(got.score).toBeGreaterThanOrEqual(75);
  });
});
