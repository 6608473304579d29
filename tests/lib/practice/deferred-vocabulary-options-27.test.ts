import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { fired, questionOf } from './fixtures';

// Scores are an interviewer's, written before the engine ran. Four kinds (golden round 23): a mechanism put for later,
// another tool's vocabulary, a counted noun before a term, and a rejected option's trade-offs.
const codes = (result: { findings: readonly { code: string }[] }) => result.findings.map((finding) => finding.code);
const statusOf = (result: ReturnType<typeof scoreQuestion>, id: string) => result.points?.find((point) => point.id === id)?.status;

describe('a mechanism put in the future earns part credit, and the state it replaces is not a wrong belief', () => {
  const exactlyOnce = questionOf('end-to-end-exactly-once');
  const committed = 'Kafka is replayable and the checkpoint stores the offsets, so a failed batch is read again from the same offsets. The sink is a Delta MERGE keyed on the event id, so a replayed batch does not duplicate rows.';
  const deferred = 'Kafka is replayable and the checkpoint stores the offsets, so a failed batch is read again from the same offsets. Right now the sink simply appends Parquet files; later we could switch to a Delta MERGE keyed on the event id so replays do not duplicate rows.';

  it('the sink deferred with "later we could" is hedged, between nothing and the committed answer (interviewer: 60)', () => {
    const result = scoreQuestion(exactlyOnce, { text: deferred });
    expect(statusOf(result, 'idempotent-sink')).toBe('hedged');
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(72);
    expect(result.score).toBeLessThan(scoreQuestion(exactlyOnce, { text: committed }).score);
  });

  it('"if we had time" defers the commit mode too (interviewer: 55)', () => {
    const commit = questionOf('commit-after-processing');
    const result = scoreQuestion(commit, { text: 'The consumer commits after the batch is written to the database, so a crash replays the last batch: at-least-once. If we had time, we would also make the insert an upsert by key.' });
    expect(statusOf(result, 'dedupe')).toBe('hedged');
    expect(result.score).toBeGreaterThanOrEqual(45);
    expect(result.score).toBeLessThanOrEqual(75);
  });

  it('a wrong way kept with no fix planned still costs (interviewer: 25)', () => {
    const result = scoreQuestion(exactlyOnce, { text: 'Kafka is replayable and the checkpoint stores the offsets, so a failed batch is read again. The sink simply appends Parquet files.' });
    expect(statusOf(result, 'idempotent-sink')).not.toBe('hedged');
    expect(result.score).toBeLessThanOrEqual(67);
  });
});

describe('another tool\'s vocabulary: mapped terms keep their substance, terms that do not carry over cost', () => {
  const exactlyOnce = questionOf('end-to-end-exactly-once');

  it('Flink savepoints and a two-phase-commit sink for Spark cost and cap the answer (interviewer: 45)', () => {
    const result = scoreQuestion(exactlyOnce, { text: 'After a failure the job restores from the latest savepoint, Kafka is replayable so the records after it are read again, and a two-phase commit sink commits only when the checkpoint barrier completes, so nothing lands twice.' });
    expect(codes(result)).toEqual(expect.arrayContaining(['practice.wrong-tool-term.savepoint']));
    expect(result.score).toBeLessThanOrEqual(65);
    expect(result.score).toBeGreaterThanOrEqual(25);
  });

  it('"unlike Flink, Spark has no savepoints" is a comparison, not Flink vocabulary (interviewer: 88)', () => {
    const result = scoreQuestion(exactlyOnce, { text: 'Spark has no savepoints: the query restarts from the offsets in its checkpoint location, Kafka is replayable so the batch in flight is read again, and the sink is an idempotent Delta MERGE on the event id so the replay writes nothing twice.' });
    expect(codes(result).some((code) => code.startsWith('practice.wrong-tool-term') || code === 'practice.other-vocabulary')).toBe(false);
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('cron and Luigi words for an Airflow idempotence answer cap it below full marks (interviewer: 74)', () => {
    const idempotent = questionOf('idempotent-task');
    const result = scoreQuestion(idempotent, { text: 'A cron job that re-runs would just append again; Luigi avoids it by checking the output target exists. In Airflow the task must be idempotent itself: running it twice for the same interval gives the same result, because it overwrites the partition for data_interval_start instead of appending, never using now().' });
    expect(codes(result)).toContain('practice.other-vocabulary');
    expect(result.score).toBeGreaterThanOrEqual(65);
    expect(result.score).toBeLessThanOrEqual(80);
  });

  it('a counted dimension list ("five dimension tables") is not put on the number (interviewer: 72)', () => {
    const star = questionOf('design-star');
    const result = scoreQuestion(star, { text: 'The fact table holds one row per order line, with quantity and net amount as measures. Five dimension tables hang off it: date, customer, product, store and promotion.' });
    expect(statusOf(result, 'dimensions')).toBe('stated');
    expect(codes(result)).not.toContain('practice.wrong-meaning');
    expect(result.score).toBeGreaterThanOrEqual(65);
  });
});

describe('a rejected option\'s trade-offs are reasoning, not wrong claims', () => {
  const commit = questionOf('commit-after-processing');

  it('"Option 1: commit before the write" rejected for option 2 is not the commit-before misconception (interviewer: 85)', () => {
    const result = scoreQuestion(commit, { text: 'Option 1: commit before writing, which is simple, but a crash after the commit loses the batch: at-most-once. Option 2: turn off auto commit and call commitSync after the batch is written, so a crash re-reads it: at-least-once, with an upsert by key so the replay is harmless. I would choose option 2.' });
    expect(fired(result)).not.toContain('commit-before');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('choosing the wrong option keeps its mistake (interviewer: 20)', () => {
    const result = scoreQuestion(commit, { text: 'Option 1: commit before writing, simple and fast. Option 2: commit after the write, slower. I would choose option 1.' });
    expect(fired(result)).toContain('commit-before');
    expect(result.score).toBeLessThanOrEqual(40);
  });
});

describe('a hyphenated prefix reads as the joined word', () => {
  it('"re-processed" says reprocess: the replayed batch gives at-least-once (interviewer: 50)', () => {
    const commit = questionOf('commit-after-processing');
    const result = scoreQuestion(commit, { text: 'Commit the offsets after the batch is written to the database. If the consumer dies before committing, those records are re-processed by the next consumer.' });
    expect(statusOf(result, 'at-least-once')).not.toBe('missing');
    expect(result.score).toBeGreaterThanOrEqual(40);
    expect(result.score).toBeLessThanOrEqual(70);
  });
});
