import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { pointStatus as statusOf, questionOf } from './fixtures';

// Each answer below was written for this file and scored as an interviewer would before the engine ran (score in the title).
describe('the data interval said by its template variable', () => {
  it('"reads {{ data_interval_start }}" with a clear of the task (interviewer: 85)', () => {
    const text = 'Run airflow tasks clear on the new task for the last two weeks so the existing runs pick it up. The task reads {{ data_interval_start }} for its dates and overwrites its partition, so each cleared run loads its own day.';
    const result = scoreQuestion(questionOf('new-task-history'), { text });
    expect(statusOf(result, 'idempotent')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(75);
  });
});

describe('partial credit: a wrong route, the right data interval', () => {
  it('"enable catchup and Airflow fills the two weeks", the task keyed on ds (interviewer: 30)', () => {
    const text = 'Deploy the new task and enable catchup on the DAG; Airflow fills the two weeks on its own. The task filters on ds so every run handles its own date.';
    const result = scoreQuestion(questionOf('new-task-history'), { text });
    // The data-interval point is earned whatever the route; the catchup route itself is not yet costed (see the report).
    expect(statusOf(result, 'idempotent')).toBe('stated');
    expect(result.score).toBeGreaterThan(0);
  });
});
