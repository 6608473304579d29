import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { promptOf } from './fixtures';

describe('a deep-dive point is earned only on its own subject', () => {
  const star = promptOf('ecommerce-data-platform', 'sales-star-schema');
  const archive = promptOf('card-payments', 'seven-year-records');
  const location = promptOf('ride-hailing', 'location-topic-partitioning');

  it.each([
    [star, 'scd', 'We keep history with SCD type 2 on the currency dimension, adding a new row per change.', 'currency dimension'],
    [star, 'grain', 'The grain is one row per store per week.', 'one row per store per week'],
    [archive, 'object-lock', 'Enable Object Lock for the Cassandra cluster so rows cannot change.', 'Cassandra cluster'],
    [archive, 'lifecycle', 'Lifecycle rules go on the Redis cache to expire old keys.', 'Redis cache'],
    [archive, 'layout', 'We keep the Postgres ledger as Parquet.', 'Postgres ledger'],
    // (A key named as a listed wrong object, "the city id as the partition key", is a wrong target: wrong-target.test.ts.)
    [location, 'key-by-driver', 'We use the vehicle plate as the partition key so one car keeps its order.', 'vehicle plate'],
  ])('%#: the point is contradicted and the finding quotes where it was put', (prompt, pointId, answer, subject) => {
    const result = scoreDeepDivePrompt(prompt, answer);
    const point = result.points.find((item) => item.id === pointId);
    expect(point?.status).toBe('contradicted');
    expect(point?.earned).toBe(0);
    expect(point?.misplacedOn).toBe(subject);
    const finding = result.findings.find((item) => item.code === `deep-dive.${prompt.id}.${pointId}`);
    expect(finding?.severity).toBe('wrong');
    expect(finding?.message).toContain(`on "${subject}"`);
  });

  it.each([
    [star, 'scd', 'dim_customer is SCD type 2: a change adds a new row, so old orders keep the old region.'],
    [archive, 'object-lock', 'The archive bucket has Object Lock in compliance mode, so nobody can delete a record early.'],
    [archive, 'layout', 'Closed months of the ledger are exported as Parquet into the archive bucket.'],
    [location, 'key-by-driver', 'The partition key is the driver id, so one driver stays in one partition in order.'],
  ])('%#: the same words on the right subject earn the point', (prompt, pointId, answer) => {
    const point = scoreDeepDivePrompt(prompt, answer).points.find((item) => item.id === pointId);
    expect(point?.status).toBe('stated');
  });

  it('a product table named the fact table is a wrong claim that cancels the dimensions', () => {
    const result = scoreDeepDivePrompt(star, 'The customer table is the fact table, with orders and dates as its dimensions.');
    expect(result.wrongClaims.map((hit) => hit.id)).toContain('dimension-as-fact');
    expect(result.points.find((item) => item.id === 'dimensions')?.status).toBe('contradicted');
  });
});
