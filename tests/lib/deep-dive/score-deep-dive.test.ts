import { describe, expect, it } from 'vitest';
import { listCaseSlugs, loadCase } from '../../../lib/content/load-cases';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { DEPTH_POINTS } from '../../../lib/scoring/depth';
import { POINTS_PER_KEY_POINT, WRONG_CLAIM_COST, scoreDeepDive, scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { EXEMPLARY_HELD_SHARE } from '../../../lib/deep-dive/exemplary-ceiling';

const { rubric } = loadCase('ecommerce-data-platform');
const prompts = rubric.steps['deep-dive'].prompts;
const promptOf = (id: string): DeepDivePrompt => {
  const found = prompts.find((prompt) => prompt.id === id);
  if (!found) throw new Error(`no prompt ${id}`);
  return found;
};
const statusOf = (promptId: string, answer: string) => Object.fromEntries(scoreDeepDivePrompt(promptOf(promptId), answer).points.map((point) => [point.id, point.status]));

describe('deep-dive scoring', () => {
  it('gives no points to empty answers and names every key point missed', () => {
    const result = scoreDeepDive({}, rubric);
    expect(result.score).toBe(0);
    expect(result.findings.filter((finding) => finding.severity === 'missing')).toHaveLength(9);
  });

  it('credits key points stated in the learner own words', () => {
    const result = scoreDeepDive(
      {
        'kafka-durability': 'Replication factor 3, acks=all with min.insync.replicas=2, and an idempotent producer so retries do not duplicate.',
        'streaming-restart': 'It resumes from the checkpoint offsets; startingOffsets is ignored. Kafka can replay, and the sink must be idempotent (a Delta merge).',
      },
      rubric,
    );
    const good = result.findings.filter((finding) => finding.severity === 'good').map((finding) => finding.code);
    expect(good).toEqual(
      expect.arrayContaining([
        'deep-dive.kafka-durability.replication',
        'deep-dive.kafka-durability.min-isr',
        'deep-dive.kafka-durability.idempotence',
        'deep-dive.streaming-restart.checkpoint-wins',
        'deep-dive.streaming-restart.idempotent-sink',
      ]),
    );
    expect(result.score).toBeGreaterThan(50);
    expect(result.score).toBeLessThan(100);
  });

  it('is the same every time and never throws on hostile input', () => {
    const hostile = { 'kafka-durability': '<script>alert(1)</script>'.repeat(1000), 'sales-star-schema': '\u0000\uffff'.repeat(5000) };
    expect(scoreDeepDive(hostile, rubric)).toEqual(scoreDeepDive(hostile, rubric));
    expect(() => scoreDeepDivePrompt(promptOf('kafka-durability'), 42 as unknown as string)).not.toThrow();
  });
});

describe('negation earns nothing and is quoted', () => {
  it.each([
    ['streaming-restart', 'We will NOT use a checkpoint.', 'checkpoint-wins'],
    ['streaming-restart', "We won't need a checkpoint; the job simply restarts.", 'checkpoint-wins'],
    ['streaming-restart', 'A checkpoint is overkill, it can restart without one.', 'checkpoint-wins'],
    ['kafka-durability', 'No need for idempotence, retries are rare.', 'idempotence'],
    ['kafka-durability', 'enable.idempotence=false because retries are rare.', 'idempotence'],
    ['kafka-durability', 'We skip replication to save disk; replication is unnecessary.', 'replication'],
    ['sales-star-schema', 'No SCD type 2 history, we just overwrite the product row.', 'scd'],
  ])('%s: "%s" does not earn %s', (promptId, answer, pointId) => {
    const scored = scoreDeepDivePrompt(promptOf(promptId), answer);
    const point = scored.points.find((item) => item.id === pointId);
    expect(point?.earned).toBe(0);
    const finding = scored.findings.find((item) => item.code === `deep-dive.${promptId}.${pointId}`);
    expect(finding?.severity).not.toBe('good');
  });

  it('quotes the learner in the finding and says why it matters', () => {
    const scored = scoreDeepDivePrompt(promptOf('streaming-restart'), 'We will NOT use a checkpoint.');
    const finding = scored.findings.find((item) => item.code === 'deep-dive.streaming-restart.checkpoint-wins');
    expect(finding).toMatchObject({ severity: 'wrong' });
    expect(finding?.message).toContain('"We will NOT use a checkpoint."');
    expect(finding?.message).toContain('resumes from the offsets in its checkpoint');
  });
});

describe('the classic wrong answers cost points', () => {
  it.each([
    ['streaming-restart', 'It restarts from the latest offsets.', 'latest-on-restart'],
    ['streaming-restart', 'After the crash the job resumes from the latest offset in Kafka.', 'latest-on-restart'],
    ['streaming-restart', 'On restart startingOffsets wins, so it reads from earliest.', 'starting-offsets-wins'],
    ['streaming-restart', 'Setting failOnDataLoss=false gives us exactly-once.', 'fail-on-data-loss-exactly-once'],
    ['streaming-restart', 'Continuous mode gives exactly-once because Spark decides the duration.', 'continuous-exactly-once'],
    ['kafka-durability', 'Kafka needs ZooKeeper to manage the brokers, and we set acks=1.', 'zookeeper-needed'],
    ['kafka-durability', 'acks=1 is enough for durability.', 'acks-one-durable'],
    ['sales-star-schema', 'We normalise the tables to third normal form because it makes the dashboard faster.', 'normalise-for-reads'],
  ])('%s: "%s" fires %s', (promptId, answer, claimId) => {
    const scored = scoreDeepDivePrompt(promptOf(promptId), answer);
    expect(scored.wrongClaims.map((hit) => hit.id)).toContain(claimId);
    const finding = scored.findings.find((item) => item.code === `deep-dive.${promptId}.wrong.${claimId}`);
    expect(finding?.severity).toBe('wrong');
    expect(finding?.points).toBe(WRONG_CLAIM_COST);
    expect(finding?.message).toMatch(/Study the .+ lesson\./);
  });

  it('"It restarts from the latest offsets" never earns the checkpoint point, even with the word checkpoint nearby', () => {
    expect(statusOf('streaming-restart', 'It restarts from the latest offsets.')['checkpoint-wins']).toBe('contradicted');
    const mixed = scoreDeepDivePrompt(promptOf('streaming-restart'), 'We have a checkpoint. After a crash it restarts from the latest offsets.');
    expect(mixed.points.find((point) => point.id === 'checkpoint-wins')?.earned).toBe(0);
  });

  it('a wrong claim takes a share of the prompt from an otherwise good answer', () => {
    const good = 'After a crash it resumes from the offsets in its checkpoint. Kafka replays the batch in flight. The sink is an idempotent Delta merge.';
    const right = scoreDeepDivePrompt(promptOf('streaming-restart'), good);
    const wrong = scoreDeepDivePrompt(promptOf('streaming-restart'), `${good} failOnDataLoss=false also gives exactly-once.`);
    // Every point, briefly: all three earned; the depth share (lib/scoring/depth.ts) is not this test's concern.
    expect(right.points.reduce((sum, point) => sum + point.earned, 0)).toBe(3 * POINTS_PER_KEY_POINT);
    expect(wrong.wrongClaims.map((hit) => hit.cost)).toEqual([WRONG_CLAIM_COST]);
    expect(wrong.earned).toBeLessThan(right.earned);
  });

  it('a right answer that mentions the wrong idea only to reject it is not penalised', () => {
    const scored = scoreDeepDivePrompt(promptOf('streaming-restart'), 'It does not restart from the latest offsets: it resumes from the offsets in its checkpoint.');
    expect(scored.wrongClaims).toEqual([]);
    expect(scored.points[0]?.status).toBe('stated');
  });

  it('a value below the point condition contradicts it', () => {
    expect(statusOf('kafka-durability', 'Replication factor 1 is fine here.').replication).toBe('contradicted');
    expect(statusOf('kafka-durability', 'We set min.insync.replicas=1 and acks=all.')['min-isr']).toBe('contradicted');
  });
});

describe('right answers in unusual words', () => {
  it.each([
    ['kafka-durability', 'RF=3 across three AZs.', 'replication'],
    ['kafka-durability', 'Three replicas of every partition.', 'replication'],
    ['kafka-durability', 'min ISR 2 so the write is acknowledged only by two replicas.', 'min-isr'],
    ['kafka-durability', 'Producer with enable.idempotence=true.', 'idempotence'],
    ['streaming-restart', 'Kafka lets the job re-read the batch that was in flight.', 'replayable-source'],
    ['streaming-restart', 'Like a Flink job restoring its last checkpoint, it picks up where it left off.', 'checkpoint-wins'],
    ['streaming-restart', 'Kinesis would also let us rewind the shard, just as Kafka is replayable.', 'replayable-source'],
    ['streaming-restart', 'Writes are a MERGE on the order key, so a repeat changes nothing.', 'idempotent-sink'],
    ['sales-star-schema', 'Each row of the fact is one line item of an order.', 'grain'],
  ])('%s: "%s" earns %s', (promptId, answer, pointId) => {
    expect(statusOf(promptId, answer)[pointId]).toBe('stated');
  });
});

describe('bare lists and hedges', () => {
  it('a bare list earns at most a third of each point and asks to explain', () => {
    const scored = scoreDeepDivePrompt(promptOf('kafka-durability'), 'replication factor, min.insync.replicas, idempotence');
    for (const point of scored.points) {
      expect(point.status).toBe('listed');
      expect(point.earned).toBeLessThanOrEqual(POINTS_PER_KEY_POINT / 3 + 1e-9);
    }
    expect(scored.findings.every((finding) => finding.message.includes('Explain'))).toBe(true);
    expect(scoreDeepDivePrompt(promptOf('streaming-restart'), '- checkpoint\n- replay\n- idempotent sink').earned).toBeLessThanOrEqual(POINTS_PER_KEY_POINT + 1e-9);
  });

  it('a hedged point earns half', () => {
    const scored = scoreDeepDivePrompt(promptOf('streaming-restart'), 'I think it maybe resumes from the checkpoint?');
    expect(scored.points[0]).toMatchObject({ status: 'hedged', earned: POINTS_PER_KEY_POINT / 2 });
  });

  it('quotes only the learner words, never stems', () => {
    const answer = 'Products keep history via slowly changing dimensions; grain, dimensions.';
    const scored = scoreDeepDivePrompt(promptOf('sales-star-schema'), answer);
    for (const point of scored.points) if (point.quote) expect(answer).toContain(point.quote);
    for (const finding of scored.findings) expect(finding.message).not.toMatch(/slowli|chang\b/);
  });
});

describe('every shipped prompt', () => {
  const all = listCaseSlugs().flatMap((slug) => loadCase(slug).rubric.steps['deep-dive'].prompts.map((prompt) => ({ slug, prompt })));

  it('ships 15 prompts', () => {
    expect(all).toHaveLength(15);
  });

  for (const { slug, prompt } of all) {
    it(`${slug}/${prompt.id}: each key point's own text earns it, its negation does not`, () => {
      for (const point of prompt.keyPoints) {
        const own = scoreDeepDivePrompt(prompt, point.text).points.find((item) => item.id === point.id);
        expect(own?.status, point.id).toBe('stated');
        for (const keyword of point.keywords.slice(0, 3)) {
          const negated = scoreDeepDivePrompt(prompt, `We will not use ${keyword}.`).points.find((item) => item.id === point.id);
          expect(negated?.earned, `${point.id}: "${keyword}"`).toBe(0);
        }
      }
    });

    it(`${slug}/${prompt.id}: the model answer (all key points) scores full marks and fires no wrong claim`, () => {
      const scored = scoreDeepDivePrompt(prompt, prompt.keyPoints.map((point) => point.text).join('\n'));
      expect(scored.wrongClaims).toEqual([]);
      // Every point earned in full; the last DEPTH_POINTS of 100 are for an exemplary answer (lib/scoring/depth.ts),
      // which one sentence per point is not: an interviewer signs "every point, briefly" about 88.
      expect(scored.points.every((point) => point.earned === point.value), prompt.id).toBe(true);
      expect(scored.earned).toBeGreaterThanOrEqual(scored.available * (1 - DEPTH_POINTS / 100) - 1e-9);
    });

    it(`${slug}/${prompt.id}: has wrong claims and a probe with a checkable answer on every key point`, () => {
      expect(prompt.wrongClaims.length).toBeGreaterThan(0);
      for (const point of prompt.keyPoints) expect(point.probe, point.id).toBeDefined();
    });
  }
});

describe("a practitioner's own words earn the point", () => {
  const ride = loadCase('ride-hailing').rubric.steps['deep-dive'].prompts;
  const rideOf = (id: string): DeepDivePrompt => {
    const found = ride.find((prompt) => prompt.id === id);
    if (!found) throw new Error(`no prompt ${id}`);
    return found;
  };
  const statusOf = (promptId: string, pointId: string, text: string) => scoreDeepDivePrompt(rideOf(promptId), text).points.find((point) => point.id === pointId)?.status;

  it.each([
    'Keying by zone would leave the downtown partitions running hot at rush hour.',
    'A zone key is lopsided: the busy city centre overloads two partitions while the rest sit idle.',
    'Zones make a few partitions red hot on a Saturday night.',
  ])('"%s" states the hot-partition point', (text) => {
    expect(statusOf('location-topic-partitioning', 'no-zone-key', text)).toBe('stated');
  });

  it.each([
    'We window on the timestamp the phone recorded, not on when the ping arrived.',
    'Windows are keyed on the client timestamp, so a burst after a tunnel lands in the right window.',
    'Aggregation goes by when it happened on the device rather than when it reached the broker.',
  ])('"%s" states event time', (text) => {
    expect(statusOf('surge-windows-late-data', 'event-time', text)).toBe('stated');
  });
});

describe('the grain in a practitioner\'s words', () => {
  it.each([
    'The fact table keeps one row per item on an order, the finest level we report.',
    'Each row is one product on an order, so an order of three products is three rows.',
  ])('"%s" states the grain', (text) => {
    expect(scoreDeepDivePrompt(promptOf('sales-star-schema'), text).points.find((point) => point.id === 'grain')?.status).toBe('stated');
  });
});

// Interviewer grades written before the engine ran: the key points' own sentences (every point, briefly) 88 (84-92);
// the same points each with why, a failure walked through and a trade-off weighed 100. The first wording tried for
// "every point, briefly" ("... and the producers enable idempotence", 88 by hand) scores 76 because the engine reads
// the bare "enable idempotence" as named, not explained; the first exemplary wording tried ("I would take that over
// acks=1, which is faster but loses ...", 100 by hand) fires the acks-one-durable wrong claim and scores 50: both
// are key-point and wrong-claim readings, outside depth, and left to their owners.
describe('depth: an exemplary answer against one that only touches every point', () => {
  const prompt = promptOf('kafka-durability');
  const score = (text: string) => {
    const { earned, available } = scoreDeepDivePrompt(prompt, text);
    return Math.round((100 * earned) / available);
  };

  it('every point stated briefly lands where an interviewer signs it, with a finding on what is missing', () => {
    const scored = scoreDeepDivePrompt(prompt, prompt.keyPoints.map((point) => point.text).join('\n'));
    expect(scored.points.every((point) => point.earned === point.value)).toBe(true);
    expect(Math.round((100 * scored.earned) / scored.available)).toBe(100 - DEPTH_POINTS);
    expect(scored.findings.find((finding) => finding.code === 'deep-dive.kafka-durability.depth')?.message).toMatch(/^Every point is there/);
  });

  // Changed from 100 in deepdive22: the golden set's 24 exemplary answers the engine gave 100 were signed 82-95 (mean
  // 87), so an exemplary answer keeps back EXEMPLARY_HELD_SHARE of the depth points (lib/deep-dive/exemplary-ceiling.ts).
  it('the same points explained, with a failure walked through and a trade-off weighed, score 92, above the brief points', () => {
    expect(
      score(
        'Replication factor 3, so every partition has copies on three brokers and losing one broker loses nothing. The producer sends with acks=all and the topic has min.insync.replicas=2, so a write is acknowledged only once two replicas hold it; if a broker crashes right after the ack, the other in-sync copy takes over and the record survives. Three copies cost more disk than two, but with two and min ISR 2 the topic would stop taking writes whenever one broker is down. enable.idempotence on the producer, because a retry after a timeout would otherwise write the batch twice.',
      ),
    ).toBe(100 - Math.round(DEPTH_POINTS * EXEMPLARY_HELD_SHARE));
  });

  it('depth words around a bare list of terms gain nothing; an empty answer stays 0', () => {
    // Depth never lifts an answer with under three quarters of its points (see tests/lib/scoring/depth.test.ts).
    expect(scoreDeepDivePrompt(prompt, 'replication factor, min.insync.replicas, acks, idempotence, because, so, if it crashes, instead of').findings.some((finding) => finding.code.endsWith('.depth'))).toBe(false);
    expect(score('')).toBe(0);
  });
});
