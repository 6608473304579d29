import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { readText } from '../../../lib/text/read-text';
import { equatedSides } from '../../../lib/text/equated-sides';
import { keptOn } from '../../../lib/text/off-setting';
import { codes, fired, pointStatus as statusOf, questionOf } from './fixtures';

// Each answer below was written for this file and scored as an interviewer would before the engine ran (score in the title).
describe('a concept said in plain words, by what one row is or what a table does', () => {
  it('"every row is one product on one order" and "tables that describe the sale" (interviewer: 78)', () => {
    const text = 'The fact table has one record per item bought: every row is one product on one order, with quantity, unit price, discount and the amount paid. Around it sit tables that describe the sale: the calendar day, the customer, the product and the channel.';
    const result = scoreQuestion(questionOf('design-star'), { text });
    expect(statusOf(result, 'grain')).toBe('stated');
    expect(statusOf(result, 'dimensions')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(65);
    expect(result.score).toBeLessThanOrEqual(85);
  });

  it('"at the level of one order line", "a row for each line item", "descriptive tables" (interviewer: 80)', () => {
    const text = 'At the level of detail of one order line: a row for each line item, holding quantity, price and discount. Descriptive tables for date, customer, product and store hang off it.';
    const result = scoreQuestion(questionOf('design-star'), { text });
    expect(statusOf(result, 'grain')).toBe('stated');
    expect(statusOf(result, 'dimensions')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(65);
  });

  it('a coarse grain said the same plain way is still the coarse-grain mistake (interviewer: 35)', () => {
    const text = 'Each row is one customer per day, with the total they spent. Around it sit tables that describe the customer, the date and the store.';
    const result = scoreQuestion(questionOf('design-star'), { text });
    expect(fired(result)).toContain('grain-too-coarse');
    expect(statusOf(result, 'grain')).toBe('contradicted');
    expect(result.score).toBeLessThanOrEqual(40);
  });
});

describe('calling the two things a question asks to tell apart the same thing', () => {
  it('"X is just another name for Y", with right facts after it (interviewer: 8)', () => {
    const text = 'Sharding is just another name for partitioning. You split rows by a key, e.g. by month, and each piece can sit on its own server or on one server, which gives pruning and scales writes.';
    const result = scoreQuestion(questionOf('partition-vs-shard'), { text });
    expect(codes(result)).toContain('practice.equated-sides');
    expect(result.correct).toBe(false);
    expect(result.score).toBeLessThanOrEqual(15);
  });

  it('"there is no real difference between OLTP and OLAP" (interviewer: 5)', () => {
    const text = 'There is no real difference between OLTP and OLAP: both store rows in tables and answer SQL. OLAP runs big scans for analysts and OLTP small writes for the app.';
    expect(scoreQuestion(questionOf('oltp-vs-olap'), { text }).score).toBeLessThanOrEqual(15);
  });

  it('a denied equation is the right opening (interviewer: 85)', () => {
    const text = 'They are not the same thing. Partitioning splits one table into pieces inside a single database server, so queries prune to the months they need and old months are dropped cheaply. Sharding spreads the rows across several database servers, each holding part of the data, which scales writes beyond one machine.';
    const result = scoreQuestion(questionOf('partition-vs-shard'), { text });
    expect(codes(result)).not.toContain('practice.equated-sides');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('an equation reported and then denied is the right opening (interviewer: 85)', () => {
    const text = 'People often think partitioning and sharding are the same thing, but they are not. Partitioning splits one table into pieces inside a single database server, so queries prune to the months they need. Sharding spreads the rows across several database servers, which scales writes beyond one machine.';
    const result = scoreQuestion(questionOf('partition-vs-shard'), { text });
    expect(codes(result)).not.toContain('practice.equated-sides');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('"look the same from SQL, but they are built differently" is no equation (interviewer: 80)', () => {
    const text = 'OLTP and OLAP look the same from SQL, but they are built differently: OLTP serves many small concurrent reads and writes by key for the app, row-oriented and normalised; OLAP runs big scans and aggregations for analysts on columnar, denormalised tables, so dashboards go to a replica or warehouse, not the primary that checkout uses.';
    expect(scoreQuestion(questionOf('oltp-vs-olap'), { text }).score).toBeGreaterThanOrEqual(80);
  });

  it('reads an equation only between two different sides, and not one that is asked', () => {
    const sides = [['partitioning', 'partition'], ['sharding', 'shard']];
    expect(equatedSides(readText('Partitioning and sharding are interchangeable terms.'), sides)?.quote).toBe('interchangeable');
    expect(equatedSides(readText('Are partitioning and sharding the same thing?'), sides)).toBeUndefined();
    expect(equatedSides(readText('Each partition is the same size as the others.'), sides)).toBeUndefined();
    expect(equatedSides(readText('Partitioning and sharding are the same thing.'), [['partitioning']])).toBeUndefined();
  });
});

describe('keeping on what a point says to turn off, and a term put on the wrong actor', () => {
  it('"keep auto commit enabled with a short interval, that is safe enough" (interviewer: 50)', () => {
    const text = "Write the batch to Postgres first and commit after the write, so a crash only replays the batch: at-least-once. An upsert by order id absorbs the repeat. Keep auto commit enabled with a short interval, that's safe enough.";
    const result = scoreQuestion(questionOf('commit-after-processing'), { text });
    expect(statusOf(result, 'no-auto-commit')).toBe('contradicted');
    expect(codes(result)).toContain('practice.wrong-meaning');
    expect(result.score).toBeGreaterThanOrEqual(40);
    expect(result.score).toBeLessThanOrEqual(65);
  });

  it('auto commit called not safe and turned off is the point (interviewer: 85)', () => {
    const text = 'Write the batch to Postgres first and commit after the write, so a crash only replays the batch: at-least-once. An upsert by order id absorbs the repeat. Auto commit is not safe here, it fires on a timer, so turn it off.';
    const result = scoreQuestion(questionOf('commit-after-processing'), { text });
    expect(statusOf(result, 'no-auto-commit')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('"the Kafka broker checkpoints the offsets" costs like a wrong statement (interviewer: 45)', () => {
    const text = 'Kafka is the source because it keeps the data and can replay it. The Kafka broker checkpoints the offsets of each batch for Spark. The Delta sink commits each batch atomically, so a replayed batch is not written twice.';
    const result = scoreQuestion(questionOf('end-to-end-exactly-once'), { text });
    expect(statusOf(result, 'checkpoint')).toBe('contradicted');
    expect(result.score).toBeGreaterThanOrEqual(35);
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('the same sentence on the right actor states the point (interviewer: 88)', () => {
    const text = 'Kafka is the source because it keeps the data and can replay it. The Spark query checkpoints the offsets of each batch to S3, so a restart resumes from them. The Delta sink commits each batch atomically, so a replayed batch is not written twice.';
    expect(scoreQuestion(questionOf('end-to-end-exactly-once'), { text }).score).toBeGreaterThanOrEqual(80);
  });
});

describe('keptOn', () => {
  const at = (text: string, name: string) => {
    const read = readText(text);
    const from = read.tokens.findIndex((token) => token.norm === name);
    return keptOn(read, from, from + 1);
  };
  it('reads approval and keeping on, not denial, hedges or turning off', () => {
    expect(at('Leaving autocommit on is fine.', 'autocommit')).toBe('Leaving autocommit on is fine');
    expect(at('autocommit = true', 'autocommit')).toBe('autocommit = true');
    expect(at('autocommit is not fine here.', 'autocommit')).toBeUndefined();
    expect(at('autocommit might be fine.', 'autocommit')).toBeUndefined();
    expect(at('Turn autocommit off.', 'autocommit')).toBeUndefined();
  });
});

describe('what one point produces is not another point', () => {
  it('"compact them into fewer, larger files" is compaction, not writing fewer files (interviewer: 40)', () => {
    const text = 'Too many tiny files. Compact them into fewer, larger files with a nightly rewrite_data_files.';
    const result = scoreQuestion(questionOf('small-files'), { text });
    expect(statusOf(result, 'compaction')).toBe('stated');
    expect(statusOf(result, 'fewer-writes')).toBe('missing');
    expect(result.score).toBeLessThanOrEqual(50);
  });

  it('"have the job write fewer, bigger files, and compact the old ones" is both (interviewer: 75)', () => {
    const text = 'Each tiny file costs a request and metadata at planning time, so queries crawl. Have the job write fewer, bigger files, and compact the old ones.';
    const result = scoreQuestion(questionOf('small-files'), { text });
    expect(statusOf(result, 'fewer-writes')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(70);
  });
});

describe('the layers named on another model\'s parts', () => {
  it('"bronze is the fact table, silver holds the dimension tables" (interviewer: 15)', () => {
    const text = 'Bronze is the fact table with the measures, silver holds the dimension tables, and gold is the aggregates the dashboards read.';
    const result = scoreQuestion(questionOf('medallion-layers'), { text });
    expect(fired(result)).toEqual(expect.arrayContaining(['bronze-as-star-part', 'silver-as-star-part']));
    expect(result.score).toBeLessThanOrEqual(20);
  });

  it('silver as what gold\'s facts and dimensions are built from is right (interviewer: 88)', () => {
    const text = "Bronze keeps the raw events exactly as they arrived, append-only, so we can replay. Silver is cleaned, deduplicated and typed, and it is what gold's fact and dimension tables are built from. Gold holds star schemas and KPI aggregates for dashboards. Medallion says nothing about ingestion, orchestration or governance.";
    const result = scoreQuestion(questionOf('medallion-layers'), { text });
    expect(fired(result)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});
