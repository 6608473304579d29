import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { questionOf } from './fixtures';

// Scores are an interviewer's, written before the engine ran. A property given to the other side of the comparison is
// wrong wherever it sits, even in a long answer that states the point rightly elsewhere.
describe('a swap buried in a long, otherwise right answer', () => {
  const medallion = questionOf('medallion-layers');
  const oltp = questionOf('oltp-vs-olap');

  it('"gold is the raw copy we replay from" costs the bronze point (interviewer: 55)', () => {
    const result = scoreQuestion(medallion, { text: 'Bronze stores the files exactly as they arrived, append-only with the ingest time, so we can replay. Silver has cleaned, typed and deduplicated rows. Gold holds the star schemas and KPI aggregates the dashboards read. Gold is also the raw copy we replay from after a bad deploy. Medallion only layers storage: ingestion, orchestration and access control still need designing.' });
    const bronze = result.points?.find((point) => point.id === 'bronze');
    expect(bronze?.status).toBe('contradicted');
    expect(result.score).toBeGreaterThanOrEqual(40);
    expect(result.score).toBeLessThanOrEqual(70);
  });

  it('"analytical engines such as Redshift are row stores" costs the layout point (interviewer: 55)', () => {
    const result = scoreQuestion(oltp, { text: 'The OLTP side is the checkout database: lots of small concurrent writes and reads by primary key, normalised, with transactions. OLAP runs big aggregations over years of history. Analytical engines such as Redshift are row-oriented, which is what makes those scans fast. Dashboards belong on a replica or the warehouse, because their scans would compete with checkout for CPU and I/O.' });
    expect(result.points?.find((point) => point.id === 'schema-storage')?.status).toBe('contradicted');
    expect(result.score).toBeLessThanOrEqual(70);
  });

  it('each side given its own layout keeps the point (interviewer: 85)', () => {
    const result = scoreQuestion(oltp, { text: 'OLTP databases such as Postgres are row stores, normalised, serving many small transactions by key. Warehouses such as BigQuery are columnar and denormalised into stars, built for scans and aggregations over history. Dashboards on the shop database would compete with checkout for CPU and I/O, so they read a replica or the warehouse.' });
    expect(result.points?.find((point) => point.id === 'schema-storage')?.status).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });
});
