import { describe, expect, it } from 'vitest';
import { COMPLETE_SCORE, questionOf } from './fixtures';
import { scoreQuestion } from '../../../lib/practice/score-question';

// Answers written for this test; the points an interviewer gives each were decided before running the engine.
describe('practice: advice denied through its predicate earns nothing', () => {
  const history = questionOf('new-task-history');

  it('"X is risky", "Y is deprecated": both points negated, the finding quotes the learner', () => {
    const result = scoreQuestion(history, { text: 'Trigger the DAG by hand once per missing day. Clearing old runs is risky and a backfill is deprecated in Airflow 2, so I would stay away from both.' });
    const clear = result.points?.find((point) => point.id === 'clear');
    const backfill = result.points?.find((point) => point.id === 'backfill');
    expect(clear?.status).toBe('negated');
    expect(backfill?.status).toBe('negated');
    expect(result.findings.find((finding) => finding.refs?.includes('clear'))?.message).toContain('Clearing old runs is risky');
    expect(result.score).toBe(0);
  });

  it('"risky without idempotence" keeps the advice and credits the condition', () => {
    const result = scoreQuestion(history, { text: 'Clear just the new task for the last 15 runs so the scheduler runs it inside each existing run. A backfill over the range works too, but backfilling is risky without an idempotent task: it has to overwrite its own data interval.' });
    expect(result.points?.map((point) => point.status)).toEqual(['stated', 'stated', 'stated']);
    expect(result.score).toBe(COMPLETE_SCORE);
  });
});

describe('practice: a feature named, then denied later, is taken back', () => {
  const features = questionOf('table-format-features');

  it('the later denials cost the points they deny, with the words that denied them', () => {
    const result = scoreQuestion(features, { text: 'Iceberg adds a metadata layer listing the files of each snapshot, atomic commits, MERGE and DELETE, and time travel. Honestly though, time travel is not something they support, and the commits are not really atomic.' });
    const status = Object.fromEntries((result.points ?? []).map((point) => [point.id, point.status]));
    expect(status).toEqual({ log: 'stated', acid: 'negated', dml: 'stated', history: 'negated' });
    expect(result.findings.find((finding) => finding.refs?.includes('history'))?.message).toContain('time travel is not something they support');
  });

  it('a limitation of plain Parquet is not a denial of the table format', () => {
    const result = scoreQuestion(features, { text: 'A transaction log records which files make up each version, so commits are atomic and readers see a snapshot. It adds MERGE and DELETE, and time travel to old versions. Time travel is not something plain Parquet supports.' });
    expect(result.points?.every((point) => point.status === 'stated')).toBe(true);
  });
});
