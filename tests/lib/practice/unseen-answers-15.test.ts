import { describe, expect, it } from 'vitest';
import { shortQuestionSchema } from '../../../lib/practice/question-schema';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { COMPLETE_SCORE, fired, pointStatus as statusOf, questionOf } from './fixtures';

// Each answer below was written for this file and scored as an interviewer would before the engine ran (score in the title).
describe('a worked example earns what it shows', () => {
  it('a three-broker walk-through with "acks=all by itself does nothing about it" (interviewer: 88)', () => {
    const text = 'Take RF 3 on brokers A, B and C. With acks=all the leader (A) answers only once every replica in the ISR has the write. Now say B and C lag and drop out of the ISR: acks=all is met by A alone, one copy, and acks=all by itself does nothing about it. Setting min.insync.replicas=2 makes A refuse the write with NotEnoughReplicas until a follower catches up.';
    const result = scoreQuestion(questionOf('acks-explained'), { text });
    expect(fired(result)).toEqual([]);
    expect(statusOf(result, 'isr-shrinks')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});

describe('a wrong claim costs the point it misstates, not the right points beside it', () => {
  it('a wall-clock watermark with right drop and cleanup sentences (interviewer: 40)', () => {
    const text = 'The watermark holds each window open for 10 minutes on the system clock, then emits it. After that, events for the window are discarded. Spark also frees the window\'s state so memory stays bounded.';
    const result = scoreQuestion(questionOf('watermark-meaning'), { text });
    expect(fired(result)).toContain('wall-clock-wait');
    expect(statusOf(result, 'max-minus-delay')).toBe('contradicted');
    expect(statusOf(result, 'state-cleanup')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(30);
    expect(result.score).toBeLessThanOrEqual(55);
  });

  it('a right point said as the premise of the wrong claim falls with it (interviewer: 5)', () => {
    const text = 'Set min.insync.replicas=2, which keeps two copies of every write, so acks=1 is as durable as acks=all and faster.';
    const result = scoreQuestion(questionOf('acks-explained'), { text });
    expect(fired(result)).toContain('acks-one-durable');
    expect(statusOf(result, 'min-isr')).toBe('contradicted');
    expect(result.score).toBeLessThanOrEqual(15);
  });

  it('"relational databases cannot shard" beside a right contrast (interviewer: 50)', () => {
    const text = 'Partitioning splits one table into monthly pieces inside a single database, so queries skip the months they do not need. Sharding spreads rows over several servers by a key, but relational databases can\'t shard, so you need MongoDB for that.';
    const result = scoreQuestion(questionOf('partition-vs-shard'), { text });
    expect(fired(result)).toContain('sharding-only-nosql');
    expect(result.score).toBeGreaterThanOrEqual(33);
    expect(result.score).toBeLessThanOrEqual(70);
  });

  it('"compresses better than Parquet" costs a table-format answer (interviewer: 55)', () => {
    const text = 'Iceberg keeps metadata listing the files of each snapshot and gives atomic commits, so readers never see a partial write, and you can time travel to an older version. It also compresses the data better than Parquet.';
    const result = scoreQuestion(questionOf('table-format-features'), { text });
    expect(fired(result)).toContain('format-compresses-better');
    expect(result.score).toBeLessThan(75);
    expect(result.score).toBeGreaterThanOrEqual(45);
  });

  it('"retries are idempotent, so append" is the tested misconception as the answer (interviewer: 5)', () => {
    const text = 'Retries are idempotent in Airflow: a task that fails is simply run again, so we just append the rows it produces.';
    const result = scoreQuestion(questionOf('idempotent-task'), { text });
    expect(fired(result)).toEqual(expect.arrayContaining(['retries-make-idempotent', 'append-insert']));
    expect(result.score).toBeLessThanOrEqual(15);
  });

  it('retries named as the reason for idempotence is right (interviewer: 85)', () => {
    const text = 'Airflow retries failed tasks and we clear old runs, so a task must leave the same result however often it runs for an interval: it overwrites its own partition instead of appending, and it takes its dates from data_interval_start, not now().';
    const result = scoreQuestion(questionOf('idempotent-task'), { text });
    expect(fired(result)).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(COMPLETE_SCORE);
  });
});

describe('two routes to one part count once', () => {
  const question = questionOf('new-task-history');

  it('one route given, idempotence not said (interviewer: 50)', () => {
    const text = 'Clear only the new task for the last 15 runs: airflow tasks clear my_dag -t new_task -s 2026-11-10 -e 2026-11-24, and the scheduler runs it in the runs that already exist.';
    const result = scoreQuestion(question, { text });
    expect(result.score).toBeGreaterThanOrEqual(40);
    expect(result.score).toBeLessThanOrEqual(60);
    expect(result.findings.find((finding) => finding.refs?.includes('backfill'))).toMatchObject({ code: 'practice.key-point-route', severity: 'hint', points: 0 });
    expect(result.correct).toBe(false);
  });

  it('either route with idempotence is complete (interviewer: 86)', () => {
    const text = 'Run a backfill over the 15 days with airflow backfill create --dag-id my_dag --from-date 2026-11-10 --to-date 2026-11-24. The task has to be idempotent and read its day from the data interval, or each past run loads today.';
    const result = scoreQuestion(question, { text });
    expect(result.correct).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(COMPLETE_SCORE);
    expect(result.findings.find((finding) => finding.refs?.includes('clear'))?.code).toBe('practice.key-point-route');
  });

  const base = { type: 'short', prompt: 'How do you rerun a day?', explanation: 'Clear it or backfill it.' };
  const point = (id: string, extra: Record<string, unknown> = {}) => ({ id, text: `Use ${id} for the day.`, keywords: [id], ...extra });
  it('refuses a route that names no earlier point, or a chain of routes', () => {
    expect(shortQuestionSchema.safeParse({ ...base, id: 'q', keyPoints: [point('clear'), point('backfill', { orWith: 'rerun' })] }).success).toBe(false);
    expect(shortQuestionSchema.safeParse({ ...base, id: 'q', keyPoints: [point('clear'), point('backfill', { orWith: 'clear' }), point('trigger', { orWith: 'backfill' })] }).success).toBe(false);
    expect(shortQuestionSchema.safeParse({ ...base, id: 'q', keyPoints: [point('clear'), point('backfill', { orWith: 'clear' })], minKeyPoints: 2 }).success).toBe(false);
    expect(shortQuestionSchema.safeParse({ ...base, id: 'q', keyPoints: [point('clear'), point('backfill', { orWith: 'clear' })] }).success).toBe(true);
  });
});

describe('plain words for a point earn it', () => {
  it('"by its key" and "sums and groups millions of rows" say the OLTP/OLAP work (interviewer: 86)', () => {
    const text = 'The shop database is for checkout: one customer, one basket, each order read by its key. The warehouse is for the analysts: it sums and groups millions of rows but touches a few columns, so it is columnar and denormalised, while the shop database is normalised and row by row. A dashboard on the shop database would take the CPU and I/O that checkout needs, so it reads a replica.';
    const result = scoreQuestion(questionOf('oltp-vs-olap'), { text });
    expect(statusOf(result, 'oltp-small')).toBe('stated');
    expect(statusOf(result, 'olap-scans')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('"write them to the database, and only then commit" is a commit after the write (interviewer: 60)', () => {
    const text = 'Poll the records, write them to the database, and only then commit the offsets. A crash before the commit means the batch is read again, so it is at least once.';
    const result = scoreQuestion(questionOf('commit-after-processing'), { text });
    expect(statusOf(result, 'after-processing')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(40);
    expect(result.score).toBeLessThanOrEqual(70);
  });
});
