import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf } from './fixtures';

// Own answers (other cases and wording than golden round 23); the interviewer's score in each title was written before
// the engine ran. Kinds: every term marked not applicable, a reading list instead of an answer, keywords in brackets
// after slogans; and the honest forms each must leave alone.
const grade = (slug: string, id: string, answer: string) => {
  const result = scoreDeepDivePrompt(promptOf(slug, id), answer);
  const status = Object.fromEntries(result.points.map((point) => [point.id, point.status]));
  return { score: Math.round((100 * result.earned) / result.available), status };
};

describe('terms marked not applicable', () => {
  it('a late-data answer that lists every term only to mark it n/a earns nothing (interviewer: 3)', () => {
    const got = grade('ride-hailing', 'surge-windows-late-data', '- Event-time windows: n/a\n- Watermark: not needed\n- Sliding window over 5 minutes: TBD\n- State checkpointing: skip');
    expect(got.score).toBeLessThanOrEqual(10);
    expect(got.status.watermark).toBe('negated');
  });

  it('one option ruled out with its reason costs a strong answer nothing (interviewer: 80)', () => {
    const base = 'Each driver position is kept in Redis, keyed by the H3 cell of the ping, with a TTL of 30 seconds so a driver who goes offline drops out of the map. The surge service reads the cell keys directly. If Redis is down, the pricing service falls back to the last published multipliers.';
    const withRuledOut = `${base}\nPersistence to disk: not needed here, because every position is rebuilt from the stream within a minute.`;
    const plain = grade('ride-hailing', 'live-geo-state', base);
    const ruled = grade('ride-hailing', 'live-geo-state', withRuledOut);
    expect(ruled.score).toBeGreaterThanOrEqual(plain.score);
    expect(ruled.score).toBeGreaterThanOrEqual(55);
  });
});

describe('a reading list instead of an answer', () => {
  it('links, titles and a pointer to the docs say nothing of the merge (interviewer: 3)', () => {
    const got = grade('healthcare-records', 'corrections-and-merges', 'https://www.hl7.org/implement/standards/product_brief.cfm?product_id=185\n\'Temporal Data and the Relational Model\' (Date, Darwen & Lorentzos), ch. 4\nKimball, *The Data Warehouse Toolkit*, ch. 5 (SCD type 2)\nSee the dbt docs on snapshots');
    expect(got.score).toBeLessThanOrEqual(10);
  });

  it('a real answer keeps its score with a reference at the end (interviewer: 75)', () => {
    const answer = 'Every Kafka partition is replicated to three brokers (replication factor 3), and min.insync.replicas=2 with acks=all means a write is acknowledged only once two replicas hold it. The producer sets enable.idempotence=true, so a retry after a lost acknowledgement does not write the order twice.';
    const plain = grade('ecommerce-data-platform', 'kafka-durability', answer);
    const cited = grade('ecommerce-data-platform', 'kafka-durability', `${answer} (See the Kafka docs on idempotence, and Kleppmann, 'Designing Data-Intensive Applications', ch. 11.)`);
    expect(cited.score).toBe(plain.score);
    expect(cited.score).toBeGreaterThanOrEqual(65);
  });
});

describe('keywords in brackets after slogans', () => {
  it('slogans with the settings in brackets list them, no more (interviewer: 5)', () => {
    const got = grade('iot-telemetry', 'kafka-telemetry-partitioning', 'Throughput is our top priority (linger.ms, batch.size, lz4). Our keys are robust and future-proof (machine_id). We follow industry best practices for scale (partition count).');
    expect(got.score).toBeLessThanOrEqual(25);
    expect(got.status['partition-count']).toBe('listed');
    expect(got.status['batching-compression']).toBe('listed');
  });

  it('a clarifying bracket inside a real answer keeps its credit (interviewer: 80)', () => {
    const got = grade('ecommerce-data-platform', 'streaming-restart', 'On restart the query resumes from its checkpoint (offsets and state in S3), not from startingOffsets, which applies only to a new query. Kafka keeps seven days of data, so the offsets it resumes from are still there to replay. The sink (Delta, written idempotently by batch id) skips a batch it already committed, so a replayed batch does not duplicate orders.');
    expect(got.score).toBeGreaterThanOrEqual(70);
  });
});
