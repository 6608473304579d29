import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../lib/content/load-cases';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { capSkippedAsks, skippedAsks } from '../../../lib/scoring/skipped-ask';
import { questionOf } from '../practice/fixtures';

// Own answers for the round-24 kind "a two-part question answered in one part" (HL7 keying without when to ACK, hand 45;
// OLTP/OLAP contrast without the why, hand 55), on other prompts. The interviewer's score for each was written first.
const grade = (slug: string, promptId: string, answer: string) => {
  const prompt = loadCase(slug).rubric.steps['deep-dive'].prompts.find((item) => item.id === promptId);
  if (!prompt) throw new Error(`no ${promptId} prompt`);
  const result = scoreDeepDivePrompt(prompt, answer);
  return { score: Math.round((100 * result.earned) / result.available), codes: result.findings.map((finding) => finding.code) };
};
const practice = (id: string, text: string) => {
  const result = scoreQuestion(questionOf(id), { text });
  return { score: result.score, correct: result.correct, codes: result.findings.map((finding) => finding.code) };
};

describe('a part of the question left unanswered', () => {
  it('keeps at most the share of parts answered; a named point does not answer its part', () => {
    const asks = [{ text: 'keying', points: ['a'] }, { text: 'ack', points: ['b', 'c'] }];
    expect(skippedAsks(asks, [{ id: 'a', earned: 5, value: 5 }, { id: 'b', earned: 5 / 3, value: 5 }, { id: 'c', earned: 0, value: 5 }])).toEqual([asks[1]]);
    expect(skippedAsks(asks, [{ id: 'a', earned: 5, value: 5 }, { id: 'b', earned: 0, value: 5 }, { id: 'c', earned: 2.5, value: 5 }])).toEqual([]);
    expect(capSkippedAsks(asks, [{ id: 'a', earned: 5, value: 5 }], 12, 15, 'x', []).earned).toBe(7.5);
    expect(capSkippedAsks(undefined, [], 12, 15, 'x', []).earned).toBe(12);
  });

  it('live geo state kept in Redis GEO by cell, nothing on a silent phone (interviewer: 45)', () => {
    const result = grade('ride-hailing', 'live-geo-state', 'Driver positions go into Redis in memory: a GEO set per H3 cell (GEOADD driver_id lon lat), updated on every ping, so dispatch does a GEOSEARCH around the rider in about a millisecond. The surge multiplier per cell is a Redis hash keyed by the H3 cell id that the surge job overwrites every 30 seconds; pricing reads it with one HGET.');
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('durable clickstream topic with nothing on producer retries (interviewer: 55)', () => {
    const result = grade('ecommerce-data-platform', 'kafka-durability', 'Replication factor 3 so every partition has copies on three brokers, and min.insync.replicas=2 so a write is only acknowledged once two brokers hold it. The producers use acks=all, so an acknowledged event survives losing any one broker; unclean leader election stays off so an out-of-date replica never becomes leader.');
    expect(result.score).toBeLessThanOrEqual(60);
  });

  it('a full telemetry topic answer, keying and the gateway producers, is not capped (interviewer: 85)', () => {
    const result = grade('iot-telemetry', 'kafka-telemetry-partitioning', 'Key by machine_id so each machine\'s readings stay in order on one partition and the load spreads over thousands of machines. 100,000 small readings a second is only a few MB/s, so 48 partitions leave headroom for consumers to scale and for growth without repartitioning. On the gateways the producer batches: linger.ms=20 and batch.size 256 KB with lz4 compression, because tiny readings sent one by one would cost a request each; acks=all with idempotence so a retry after a network blip does not duplicate.');
    expect(result.codes).not.toContain('deep-dive.kafka-telemetry-partitioning.skipped-part');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('commit timing without the guarantee it gives (interviewer: 50)', () => {
    const result = practice('commit-after-processing', 'Turn enable.auto.commit off. The consumer polls a batch, writes it to the database in one transaction, and only after the write has succeeded calls commitSync for those offsets.');
    expect(result.score).toBeLessThanOrEqual(55);
    expect(result.correct).toBe(false);
  });

  it('small files: why queries slowed, no fix given (interviewer: 45)', () => {
    const result = practice('small-files', 'Every file is a separate object, so the engine pays a list call, an open and a footer read per file; with a new Parquet file every 5 seconds per partition there are hundreds of thousands of tiny files, and planning and scanning them costs far more than reading the data itself.');
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('an OLTP/OLAP answer that gives both the contrast and the why keeps its score (interviewer: 85)', () => {
    const result = practice('oltp-vs-olap', 'OLTP, the shop database, serves many small transactions by key: insert an order, update stock. It is row-oriented and normalised. OLAP, the warehouse, runs large scans and aggregations over years of history, columnar and denormalised into star schemas. Dashboards should not query the shop database because their heavy scans compete with checkout for CPU and IO and slow it down, so analytics reads a separate copy in the warehouse.');
    expect(result.codes).not.toContain('practice.skipped-part');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});
