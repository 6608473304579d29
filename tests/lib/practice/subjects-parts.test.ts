import { describe, expect, it } from 'vitest';
import { COMPLETE_SCORE } from './fixtures';
import { loadAllLessons } from '../../../lib/practice/load-lessons';
import { shortQuestionSchema } from '../../../lib/practice/question-schema';
import type { ShortQuestion } from '../../../lib/practice/question-schema';
import { scoreQuestion } from '../../../lib/practice/score-question';

const shipped: ShortQuestion[] = loadAllLessons().flatMap((lesson) => lesson.questions.flatMap((question) => (question.type === 'short' ? [question] : [])));
const questionOf = (id: string): ShortQuestion => {
  const found = shipped.find((question) => question.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};
const score = (id: string, text: string) => scoreQuestion(questionOf(id), { text });
const finding = (result: ReturnType<typeof score>, ref: string) => result.findings.find((item) => item.refs?.includes(ref));

/** A comparison written for these tests (not shipped): file formats, each point about one side. */
const formats: ShortQuestion = shortQuestionSchema.parse({
  id: 'parquet-vs-avro',
  type: 'short',
  prompt: 'Contrast Parquet and Avro.',
  keyPoints: [
    { id: 'parquet-columnar', text: 'Parquet is columnar, so scans read only the columns they need.', keywords: ['columnar', 'column oriented'], subject: { of: ['Parquet'] } },
    { id: 'avro-rows', text: 'Avro is row-oriented, which suits writing one record at a time.', keywords: ['row oriented', 'row based', 'record at a time'], subject: { of: ['Avro'] } },
    {
      id: 'schemas',
      text: 'Avro carries its schema for evolution, and Parquet stores statistics per row group.',
      parts: [
        { text: 'Avro carries its schema for evolution', keywords: ['schema evolution', 'carries its schema', 'embedded schema'], subject: { of: ['Avro'] } },
        { text: 'Parquet stores statistics per row group', keywords: ['statistics', 'min max', 'row group'], subject: { of: ['Parquet'] } },
      ],
    },
  ],
  explanation: 'Parquet for analytics, Avro for records on the wire.',
});

describe('properties said of the other side of a comparison are wrong (kind 1)', () => {
  it.each([
    'OLTP is columnar and built for big scans, OLAP is row-oriented and takes many small transactions.',
    'The warehouse handles lots of small transactions by key, while the shop database runs scans and aggregations over history.',
    'OLAP: row-oriented, small transactions. OLTP: columnar, scans over history.',
  ])('oltp-vs-olap swapped earns nothing for the swapped points: "%s"', (text) => {
    const result = score('oltp-vs-olap', text);
    expect(result.score).toBeLessThanOrEqual(10);
    expect(result.findings.some((item) => item.code === 'practice.key-point-misplaced' && item.severity === 'wrong')).toBe(true);
  });

  it.each([
    'OLTP serves many small transactions by key and is row-oriented; OLAP is columnar and runs scans over history.',
    'Unlike the warehouse, the shop database handles many small concurrent writes by key; the warehouse is columnar and aggregates history.',
  ])('the right sides still earn: "%s"', (text) => {
    const result = score('oltp-vs-olap', text);
    expect(finding(result, 'oltp-small')?.severity).toBe('good');
    expect(finding(result, 'olap-scans')?.severity).toBe('good');
    // Only the warehouse's layout is said in the second: half the layout point.
    expect(finding(result, 'schema-storage')?.code).toMatch(/^practice\.key-point-(covered|partial)$/);
  });

  it('partitioning and sharding swapped: each point is quoted back with the subject it was put on', () => {
    const result = score('partition-vs-shard', 'Sharding keeps every piece on the same server; partitioning spreads rows across several machines.');
    expect(result.score).toBe(0);
    const misplaced = result.findings.filter((item) => item.code === 'practice.key-point-misplaced');
    expect(misplaced.map((item) => item.refs?.[0]).sort()).toEqual(['partition-one-db', 'shard-servers']);
    expect(misplaced[0]?.message).toMatch(/You put "/);
  });

  it.each([
    ['Parquet is row-oriented for writing a record at a time and Avro is columnar.', 0],
    ['Avro is columnar. Parquet writes one record at a time.', 0],
  ])('a question written as data gets the same reading: "%s"', (text, expected) => {
    expect(scoreQuestion(formats, { text }).score).toBe(expected);
  });

  it('the right sides of the written question earn in full', () => {
    expect(scoreQuestion(formats, { text: 'Parquet is columnar, Avro is row-oriented; Avro supports schema evolution and Parquet keeps min max statistics per row group.' }).score).toBe(COMPLETE_SCORE);
  });
});

describe('facts put in the wrong table or layer are wrong (kind 2)', () => {
  it.each([
    'Grain is one row per order line. Dimensions: quantity, net amount. Measures: date, customer.',
    'One row per order line; the dimension tables hold quantity and discount, surrogate keys link them.',
  ])('measures placed in dimensions: "%s"', (text) => {
    const result = score('design-star', text);
    expect(finding(result, 'measures')?.code).toBe('practice.key-point-misplaced');
  });

  it.each([
    'Bronze holds the aggregates for dashboards, silver is raw JSON, gold is deduplicated.',
    'Gold keeps the raw files append-only; bronze holds KPI tables; silver is typed and deduplicated.',
  ])('medallion layers swapped: "%s"', (text) => {
    const result = score('medallion-layers', text);
    expect(finding(result, 'gold')?.code).toBe('practice.key-point-misplaced');
    expect(result.score).toBeLessThanOrEqual(30);
  });
});

describe('the grain must be the right one (kind 3)', () => {
  it.each(['Grain: one row per customer per day.', 'The fact has one row per order, with the order total.', 'One row per store per week in the fact table.'])('a wrong grain is contradicted: "%s"', (text) => {
    const result = score('design-star', text);
    // Misplaced on another subject, or contradicted by the too-coarse grain it states (grain-too-coarse): wrong either way.
    expect(finding(result, 'grain')).toMatchObject({ code: expect.stringMatching(/^practice\.key-point-(misplaced|contradicted)$/), severity: 'wrong' });
  });

  it.each(['The grain is one row per order line.', 'Each row of the fact is one line item of an order.', 'One row per product on an order.'])('the order-line grain earns it: "%s"', (text) => {
    expect(finding(score('design-star', text), 'grain')?.severity).toBe('good');
  });

  it('measures "per order line" are not placed on the grain', () => {
    const result = score('design-star', 'One row per order line with quantity and net amount as its measures.');
    expect(finding(result, 'measures')?.severity).toBe('good');
  });
});

describe('a reason per item is an explanation, not a bare list (kind 4)', () => {
  it.each([
    ['medallion-layers', 'Bronze (raw as landed, append-only for replay), silver (typed, deduplicated, validated), gold (star schemas and KPI tables).', 'gold'],
    ['small-files', 'Compaction (OPTIMIZE merges them into bigger files), a longer trigger (fewer files per partition).', 'compaction'],
    ['end-to-end-exactly-once', 'A checkpoint (it records the offsets of each batch), a replayable source (Kafka keeps the data), an idempotent sink (Delta commits each batch once).', 'checkpoint'],
  ])('%s: "%s"', (id, text, ref) => {
    expect(finding(score(id, text), ref)?.code).toBe('practice.key-point-covered');
  });

  it('a sentence that explains before a colon is not a label', () => {
    const result = score('new-task-history', 'Clear just the new task for the 15 runs (the runs already exist, so the scheduler reruns it), or backfill over those dates: `airflow dags backfill -s ...`.');
    expect(finding(result, 'clear')?.code).toBe('practice.key-point-covered');
  });
});

describe('the upside does not earn the limits (kind 5)', () => {
  it.each([
    'Bronze is where ingestion lands raw data append-only for replay, silver is cleaned and deduplicated, gold serves KPI tables.',
    'Bronze is raw and append-only for replay, silver is typed and deduplicated, gold has aggregates with governance and monitoring applied.',
  ])('naming a concern as part of a layer is not its limit: "%s"', (text) => {
    expect(finding(score('medallion-layers', text), 'not-everything')?.severity).not.toBe('good');
  });

  it.each([
    'Medallion does not cover ingestion, orchestration or monitoring.',
    'It says nothing about serving or governance.',
    'It only layers the storage; orchestration and monitoring still need designing.',
  ])('the limit in own words earns it: "%s"', (text) => {
    expect(finding(score('medallion-layers', text), 'not-everything')?.severity).toBe('good');
  });
});

describe('a strong answer in its own words (kind 6)', () => {
  it.each([
    'Partitioning splits one table on the same server, so queries for March only scan March and dropping a month is a cheap drop instead of a delete. Sharding puts rows on different servers so no single machine takes all the writes.',
    'Partitioning keeps the pieces of a table in one database and lets the planner prune partitions. Sharding spreads the data across several machines to scale out writes.',
  ])('partition-vs-shard earns every point: "%s"', (text) => {
    const scored = score('partition-vs-shard', text);
    expect(scored.points?.every((point) => point.status === 'stated')).toBe(true);
    // Both are complete; neither walks through a failure (what a hot shard or a cross-shard query costs): not exemplary.
    expect(scored.score).toBe(COMPLETE_SCORE);
  });
});

describe('a right half of a two-part point earns half (kind 7)', () => {
  it.each([
    ['medallion-layers', 'Bronze is the raw data.', 'bronze', 'replayed'],
    ['medallion-layers', 'Silver is the cleaned data.', 'silver', 'deduplicated'],
    ['oltp-vs-olap', 'OLTP is row-oriented.', 'schema-storage', 'columnar'],
    ['partition-vs-shard', 'Partitioning lets queries prune old months.', 'why', 'sharding'],
  ])('%s: "%s"', (id, text, ref, missingWord) => {
    const result = score(id, text);
    const half = finding(result, ref);
    expect(half).toMatchObject({ code: 'practice.key-point-partial', severity: 'missing', points: 0.5 });
    expect(half?.message).toContain(missingWord);
    expect(half?.neutral).not.toContain(missingWord);
    expect(result.points?.find((point) => point.id === ref)?.earned).toBe(0.5);
  });

  it('both halves earn the whole point', () => {
    expect(finding(score('medallion-layers', 'Bronze keeps the raw data append-only so it can be replayed.'), 'bronze')?.code).toBe('practice.key-point-covered');
  });

  it('a wrong follow-up answer keeps the right half', () => {
    const question = questionOf('medallion-layers');
    const result = scoreQuestion(question, { text: 'Bronze is the raw data.' }, { bronze: { selected: ['nonsense'] } });
    expect(result.points?.find((point) => point.id === 'bronze')?.earned).toBe(0.5);
  });
});

describe('the schema reads parts and subjects', () => {
  it('refuses a point with neither keywords nor parts', () => {
    const parsed = shortQuestionSchema.safeParse({ id: 'q', type: 'short', prompt: 'p', keyPoints: [{ id: 'a', text: 'Something.' }], explanation: 'e' });
    expect(parsed.success).toBe(false);
  });

  it('refuses parts whose own point text would not earn them', () => {
    const parsed = shortQuestionSchema.safeParse({
      id: 'q',
      type: 'short',
      prompt: 'p',
      keyPoints: [{ id: 'a', text: 'Bronze is raw.', parts: [{ text: 'raw', keywords: ['raw'] }, { text: 'replayable', keywords: ['replay'] }] }],
      explanation: 'e',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/parts not read: "replayable"/);
  });
});
