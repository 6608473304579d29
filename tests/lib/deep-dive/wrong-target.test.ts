import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf } from './fixtures';

const layout = promptOf('iot-telemetry', 'time-series-layout');
const restart = promptOf('ecommerce-data-platform', 'streaming-restart');
const topic = promptOf('ride-hailing', 'location-topic-partitioning');
const geo = promptOf('ride-hailing', 'live-geo-state');
const records = promptOf('card-payments', 'seven-year-records');
const corrections = promptOf('healthcare-records', 'corrections-and-merges');
const prompts = { layout, restart, topic, geo, records, corrections } as const;
type PromptName = keyof typeof prompts;
const pointOf = (name: PromptName, answer: string, id: string) => scoreDeepDivePrompt(prompts[name], answer).points.find((point) => point.id === id);
const findingOf = (name: PromptName, answer: string, id: string) => scoreDeepDivePrompt(prompts[name], answer).findings.find((finding) => finding.code === `deep-dive.${prompts[name].id}.${id}`);
const firedOf = (name: PromptName, answer: string) => scoreDeepDivePrompt(prompts[name], answer).wrongClaims.map((hit) => hit.id);

describe('the right words on the wrong object cost the point, with the learner quoted and why', () => {
  it.each<[PromptName, string, string, string]>([
    ['layout', 'time-partitions', 'We split the readings table by machine_id, one partition per machine, and expire data with drop_chunks.', 'machine'],
    ['layout', 'sort-by-series', 'Chunks by day, dropped after 30 days; an index on the reading value keeps queries fast.', 'value'],
    ['restart', 'idempotent-sink', 'It resumes from the checkpoint and re-reads the batch from Kafka; an idempotent producer keeps the replayed batch from being written twice.', 'producer'],
    ['topic', 'key-by-driver', 'We key messages by H3 cell so the surge job reads each cell from one partition.', 'cell'],
    ['topic', 'key-by-driver', 'We use the city id as the partition key so one city keeps its order.', 'city'],
  ])('%#: %s', (prompt, id, answer, said) => {
    const point = pointOf(prompt, answer, id);
    expect(point?.status).toBe('contradicted');
    expect(point?.earned).toBe(0);
    expect(point?.wrongTarget?.said.toLowerCase()).toContain(said);
    const finding = findingOf(prompt, answer, id);
    expect(finding?.severity).toBe('wrong');
    expect(finding?.message).toContain(point?.wrongTarget?.said);
  });

  it.each<[PromptName, string, string]>([
    ['layout', 'time-partitions', 'Readings are partitioned by day and whole partitions are dropped after 30 days.'],
    ['layout', 'sort-by-series', 'Within each chunk rows are ordered by sensor_id then ts, so one series is a contiguous range.'],
    ['restart', 'idempotent-sink', 'The sink is a Delta table written per batch id, so a replayed batch is skipped.'],
    ['topic', 'key-by-driver', 'The message key is driver_id so a driver\'s pings stay in order; keying by cell would create hot partitions downtown.'],
  ])('%#: the right object still earns %s', (prompt, id, answer) => {
    expect(pointOf(prompt, answer, id)?.status).toBe('stated');
  });
});

describe('durations are values compared with what the case needs', () => {
  it.each<[PromptName, string, string, string]>([
    ['geo', 'ttl', 'Redis keyed by H3 cell, and every driver key gets a TTL of 6 hours.', 'contradicted'],
    ['geo', 'ttl', 'Redis with a 15 second TTL on each driver so a silent phone stops counting.', 'stated'],
    ['records', 'object-lock', 'Object Lock in compliance mode with a retention of 2 years on the bucket.', 'contradicted'],
    ['records', 'object-lock', 'The bucket has Object Lock in compliance mode for 7 years, so nobody can delete early.', 'stated'],
  ])('%#: %s', (prompt, id, answer, status) => {
    expect(pointOf(prompt, answer, id)?.status).toBe(status);
  });

  it.each([
    ['A lifecycle rule moves records to Glacier after 13 months and deletes them after 3 years.', true],
    ['Objects expire after 180 days; until then they sit in Standard.', true],
    ['Lifecycle moves records to Glacier after 13 months and expires them after 7 years.', false],
  ])('%#: deleting before the retention ends is a wrong claim: %s', (answer, fires) => {
    expect(firedOf('records', answer).includes('delete-before-retention')).toBe(fires);
  });
});

describe('the restated wrong answers cost', () => {
  it.each<[PromptName, string, string]>([
    ['records', 'Bucket versioning is enabled, which makes the audit files immutable.', 'versioning-as-lock'],
    ['corrections', 'The MERGE replaces the old result, so only the latest version is kept.', 'keep-only-latest'],
    ['corrections', 'On an A40 we delete all rows of the losing MRN and re-insert them under the surviving one.', 'rewrite-facts-on-merge'],
    ['layout', 'Minute rollups are computed at query time with GROUP BY.', 'rollups-at-query-time'],
    ['restart', 'After a restart it reads from startingOffsets, set to latest so we don\'t reprocess anything.', 'latest-on-restart'],
  ])('%#: %s', (prompt, answer, id) => {
    expect(firedOf(prompt, answer)).toContain(id);
  });

  it.each<[PromptName, string]>([
    ['records', 'Object Lock in compliance mode makes the files immutable; versioning is on as well.'],
    ['corrections', 'The correction closes the old version with valid_to and the newest becomes current; no fact rows are rewritten on an A40.'],
    ['layout', 'Continuous aggregates precompute the rollups, so queries never scan raw rows.'],
  ])('%#: right answers fire none of them: %s', (prompt, answer) => {
    expect(firedOf(prompt, answer)).toEqual([]);
  });
});
