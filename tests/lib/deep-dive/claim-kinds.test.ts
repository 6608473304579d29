import { describe, expect, it } from 'vitest';
import { deepDiveKeyPointSchema } from '../../../lib/content/rubric-schema';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { percent, pointOf, promptOf } from './fixtures';

const layout = promptOf('iot-telemetry', 'time-series-layout');
const durability = promptOf('ecommerce-data-platform', 'kafka-durability');
const restart = promptOf('ecommerce-data-platform', 'streaming-restart');
const geo = promptOf('ride-hailing', 'live-geo-state');
const exactlyOnce = promptOf('card-payments', 'exactly-once-authorisations');
const ackPrompt = promptOf('healthcare-records', 'kafka-ordering-ack');

describe('echoing the question earns nothing', () => {
  it.each([
    [layout, 'The time-series store is laid out so that queries over the last 30 days are fast and expiring old data is cheap, with one-minute rollups over two years.'],
    [durability, 'We configure the clickstream topic and its producers so an acknowledged event is not lost when a broker fails and is not written twice when the producer retries.'],
    [geo, 'We keep the current position of every online driver and the surge multiplier per cell where dispatch and pricing read them in milliseconds, and handle a phone that goes silent.'],
    [exactlyOnce, 'We configure the topic, the producer in the switch and the consumers so an authorisation event is never lost and never counted twice in the velocity features.'],
  ])('%#: a restated question scores at most 10', (prompt, answer) => {
    expect(percent(prompt, answer)).toBeLessThanOrEqual(10);
  });

  it('says the words were the question\'s own', () => {
    const scored = scoreDeepDivePrompt(layout, 'We keep one-minute rollups over two years.');
    const finding = scored.findings.find((item) => item.code === 'deep-dive.time-series-layout.compression-rollups');
    expect(finding?.message).toContain('Restated, not answered: "rollups"');
  });

  it('the question\'s words with the learner\'s own claim about them still earn', () => {
    expect(pointOf(layout, 'The one-minute rollups are continuous aggregates, and raw chunks compress with delta-of-delta.', 'compression-rollups')?.status).toBe('stated');
    expect(pointOf(durability, 'enable.idempotence on the producer, so retries do not create duplicates.', 'idempotence')?.status).toBe('stated');
  });
});

describe('a stated order that is the reverse of the point\'s is wrong', () => {
  it.each([
    ['ack-after-durable', ackPrompt, 'We send the HL7 ACK on arrival so the engine is not blocked, then produce to Kafka with acks=all and min.insync.replicas=2.'],
    ['ack-after-durable', ackPrompt, 'The listener sends the ACK. Then it writes to Kafka with acks=all, which is durable.'],
    ['transactions', exactlyOnce, 'The velocity job reads committed data in a transaction; it commits its offsets first, then writes the features to the store.'],
    ['replayable-source', restart, 'Kafka is replayable, but our job commits the offsets and then writes the batch to Delta, so the batch is read again only if the commit failed.'],
  ])('%#: %s is contradicted with a wrong-order finding', (id, prompt, answer) => {
    const scored = scoreDeepDivePrompt(prompt, answer);
    const point = scored.points.find((item) => item.id === id);
    expect(point?.status).toBe('contradicted');
    expect(point?.reversed).toBe(true);
    expect(point?.earned).toBe(0);
    expect(scored.findings.find((item) => item.code === `deep-dive.${prompt.id}.${id}`)?.message).toContain('Wrong order');
  });

  it.each([
    ['ack-after-durable', ackPrompt, 'The listener produces to Kafka with acks=all and min.insync.replicas=2, and only once that write is acknowledged does it send the HL7 ACK.'],
    ['transactions', exactlyOnce, 'The consumer writes the features and commits its offsets in one Kafka transaction, so both commit atomically.'],
  ])('%#: the right order still earns %s', (id, prompt, answer) => {
    expect(pointOf(prompt, answer, id)?.status).toBe('stated');
  });
});

describe('the right words on the wrong store earn nothing', () => {
  it.each([
    ['geo-key', 'Positions live in BigQuery, clustered by H3 cell so nearby drivers are found fast.'],
    ['ttl', 'The lake table keeps positions with a TTL of 30 seconds so silent drivers drop out.'],
    ['geo-key', 'We write positions to Postgres and index them by geohash for lookups.'],
  ])('%#: %s is put on another component', (id, answer) => {
    const point = pointOf(geo, answer, id);
    expect(point?.status).toBe('contradicted');
    expect(point?.misplacedOn).toBeDefined();
  });

  it('the same words on the live store earn, even with another store in the sentence', () => {
    expect(pointOf(geo, 'Redis keeps each driver under a key with a TTL of 30 seconds, while history goes to the lake.', 'ttl')?.status).toBe('stated');
    expect(pointOf(geo, 'Each driver position is a GEOADD member keyed by H3 cell in Redis.', 'geo-key')?.status).toBe('stated');
  });
});

describe('a list wrapped in generic justification is a list', () => {
  it.each([
    [exactlyOnce, 'To ensure reliability and scalability we rely on replication, ISR, acks, idempotence and transactions, end to end.'],
    [durability, 'As per best practice the cluster leverages replication factor, min ISR, acks and idempotence for enterprise-grade durability.'],
    [layout, 'For robust performance we follow partitioning, sorting, compression and rollups.'],
  ])('%#: scores at most 25', (prompt, answer) => {
    expect(percent(prompt, answer)).toBeLessThanOrEqual(25);
  });
});

describe('strong answers in the learner\'s own words', () => {
  const location = promptOf('ride-hailing', 'location-topic-partitioning');
  const ledger = promptOf('card-payments', 'acid-ledger');

  it.each([
    ['no-zone-key', location, 'A zone key looks tidy, but downtown cells at rush hour would all hit one partition while a driver crossing cells would jump partitions.'],
    ['no-zone-key', location, 'With a zone key, a driver who drives across town switches partitions and loses ordering.'],
    ['double-entry', ledger, 'Journal lines are insert-only and each journal\'s debits and credits net to zero.'],
    ['double-entry', ledger, 'Every posting writes a debit and credit pair; rows are immutable.'],
  ])('%#: %s is recognised', (id, prompt, answer) => {
    expect(pointOf(prompt, answer, id)?.status).toBe('stated');
  });

  it('keying by zone for order is not the no-zone-key point', () => {
    expect(pointOf(location, 'Key by zone so each zone\'s pings go to one partition and stay in order.', 'no-zone-key')?.earned).toBe(0);
  });
});

describe('neutral findings for the new kinds keep the answer out', () => {
  it('a reversed order and an echo are named without the point\'s content', () => {
    const reversed = scoreDeepDivePrompt(ackPrompt, 'We send the HL7 ACK. Then we write to Kafka with acks=all.').findings.find((item) => item.code === 'deep-dive.kafka-ordering-ack.ack-after-durable');
    expect(reversed?.neutral).toContain('Wrong order');
    expect(reversed?.neutral).not.toContain('min.insync.replicas=2');
    const echoed = scoreDeepDivePrompt(layout, 'We keep one-minute rollups over two years.').findings.find((item) => item.code === 'deep-dive.time-series-layout.compression-rollups');
    expect(echoed?.neutral).toContain('You repeated the question\'s words "rollups"');
    expect(echoed?.neutral).not.toContain('Gorilla');
  });
});

describe('a point with parts earns the share said and names the rest', () => {
  it.each([
    ['durable-writes', exactlyOnce, 'RF=3 so an acknowledged authorisation survives a broker failure.', 1 / 3, ['min.insync.replicas 2', 'acks=all']],
    ['durable-writes', exactlyOnce, 'Producers use acks=all and the topic has min.insync.replicas=2, so an acknowledged event survives a broker failure.', 2 / 3, ['replication factor 3']],
    ['fallback', geo, 'If Redis is down, pricing falls back to the last known multiplier.', 1 / 2, ['replicas with failover']],
  ])('%#: %s', (id, prompt, answer, share, missing) => {
    const scored = scoreDeepDivePrompt(prompt, answer);
    const point = scored.points.find((item) => item.id === id);
    expect(point?.earned).toBeCloseTo(5 * share);
    expect(point?.missingParts).toEqual(missing);
    const finding = scored.findings.find((item) => item.code === `deep-dive.${prompt.id}.${id}`);
    expect(finding?.message).toContain(`Only part of it: you did not say "${missing[0]}"`);
    expect(finding?.neutral).toContain('Only part of this point');
    expect(finding?.neutral).not.toContain(missing[0]);
  });

  it.each([
    ['durable-writes', exactlyOnce, 'RF 3 across three AZs, min.insync.replicas 2 and acks=all, so an acknowledged event survives a broker failure.'],
    ['fallback', geo, 'Redis runs with replicas and Sentinel failover, and pricing falls back to the last known multiplier meanwhile.'],
  ])('%#: every part said earns %s in full', (id, prompt, answer) => {
    const point = pointOf(prompt, answer, id);
    expect(point?.earned).toBe(5);
    expect(point?.missingParts).toBeUndefined();
  });
});

describe('content check on order and parts', () => {
  const base = { id: 'ack-late', text: 'Send the HL7 ACK only after the write to Kafka is durable with acks=all.', keywords: ['hl7 ack'], assert: [['only after', 'durable']] };
  const order = { first: ['write to kafka'], then: ['hl7 ack'] };

  it('an order whose wrong example reads as reversed passes; one that does not is an error', () => {
    expect(deepDiveKeyPointSchema.safeParse({ ...base, order: { ...order, example: 'We send the HL7 ACK, then write to Kafka.' } }).success).toBe(true);
    const bad = deepDiveKeyPointSchema.safeParse({ ...base, order: { ...order, example: 'We write to Kafka, then send the HL7 ACK.' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('does not read as the reverse order');
  });

  it('a part the point\'s own text does not say is an error', () => {
    const parts = [{ text: 'acks=all', keywords: ['acks=all'] }, { text: 'idempotence', keywords: ['enable.idempotence'] }];
    const bad = deepDiveKeyPointSchema.safeParse({ ...base, parts });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('does not say part "idempotence"');
    expect(deepDiveKeyPointSchema.safeParse({ ...base, parts: [parts[0], { text: 'durable', keywords: ['durable'] }] }).success).toBe(true);
  });
});
