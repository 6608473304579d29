import { describe, expect, it } from 'vitest';
import { listCaseSlugs, loadCase } from '../../../lib/content/load-cases';
import type { DeepDivePrompt } from '../../../lib/content/rubric-schema';
import { POINTS_PER_KEY_POINT, WRONG_CLAIM_COST, scoreDeepDive, scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';

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
    expect(right.earned).toBe(3 * POINTS_PER_KEY_POINT);
    expect(wrong.earned).toBe(3 * POINTS_PER_KEY_POINT - WRONG_CLAIM_COST);
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
      expect(scored.earned).toBe(scored.available);
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
