import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { shortQuestionSchema } from '../../../lib/practice/question-schema';
import { questionOf } from './fixtures';

const codes = (result: { findings: readonly { code: string }[] }) => result.findings.map((finding) => finding.code);

// Scores are an interviewer's, written before the engine ran: the right steps in the wrong order are a wrong answer, and
// what the answer says that order gives (a guarantee) is wrong with it; the right order keeps its credit.
describe('practice: steps in the wrong order (kind: order of steps not read)', () => {
  const commit = questionOf('commit-after-processing');
  const history = questionOf('new-task-history');

  it('numbered steps, commit first, called at-least-once (interviewer: 25)', () => {
    const result = scoreQuestion(commit, { text: 'Auto-commit off.\n1) Commit the offsets.\n2) Write the batch to Postgres with an upsert on the primary key.\nThis is at-least-once.' });
    expect(result.score).toBeLessThanOrEqual(35);
    expect(codes(result)).toContain('practice.wrong-order');
    expect(result.correct).toBe(false);
  });

  it('an arrow from the commit to the write (interviewer: 20)', () => {
    const result = scoreQuestion(commit, { text: 'We disable enable.auto.commit and do: commit offsets -> write the rows to the database. Guarantee: at-least-once, and the rows are upserted so replays are harmless.' });
    expect(result.score).toBeLessThanOrEqual(35);
    expect(result.points?.find((point) => point.id === 'at-least-once')?.status).toBe('contradicted');
  });

  it('the arrow the right way round keeps its credit (interviewer: 90)', () => {
    const result = scoreQuestion(commit, { text: 'Turn off enable.auto.commit. Poll -> write the batch to the database (upsert by key) -> commit the offsets. A crash between the two replays the batch, so it is at-least-once.' });
    expect(codes(result)).not.toContain('practice.wrong-order');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('clearing the runs first, "after that" deploying (interviewer: 35)', () => {
    const result = scoreQuestion(history, { text: 'First I would run airflow tasks clear for the last 15 days, and after that we deploy the new DAG version. The task takes its date from the data interval and overwrites its partition.' });
    expect(result.score).toBeLessThanOrEqual(40);
    expect(codes(result)).toContain('practice.wrong-order');
  });

  it('a backfill run before the deploy (interviewer: 30)', () => {
    const result = scoreQuestion(history, { text: 'Run airflow dags backfill over the 15 days, and once it is done, deploy the new task. The task must be idempotent.' });
    expect(result.score).toBeLessThanOrEqual(40);
  });

  it('deploy first, then clear only the new task (interviewer: 90)', () => {
    const result = scoreQuestion(history, { text: 'Step 1: deploy the DAG with the new task. Step 2: clear just that task for the last 15 days (airflow tasks clear -t new_task). It reads data_interval_start and overwrites its day, so each rerun is idempotent.' });
    expect(codes(result)).not.toContain('practice.wrong-order');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('the schema refuses an order whose own wrong example does not read as reversed, and followers without an order', () => {
    const base = { id: 'q', type: 'short', prompt: 'When is the file moved?', explanation: 'Copy, then delete.' };
    const orderless = shortQuestionSchema.safeParse({ ...base, keyPoints: [{ id: 'copy', text: 'Copy the file, then delete the original.', keywords: ['copy'], followsOrder: ['safe'] }, { id: 'safe', text: 'Nothing is lost on a crash.', keywords: ['nothing is lost'] }] });
    expect(orderless.success).toBe(false);
    const unread = shortQuestionSchema.safeParse({ ...base, keyPoints: [{ id: 'copy', text: 'Copy the file, then delete the original.', keywords: ['copy'], order: { first: ['copy'], then: ['delete'], example: 'We copy the file and delete it.' } }] });
    expect(unread.success).toBe(false);
  });
});
