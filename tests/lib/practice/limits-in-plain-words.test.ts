import { describe, expect, it } from 'vitest';
import { loadAllLessons } from '../../../lib/practice/load-lessons';
import type { ShortQuestion } from '../../../lib/practice/question-schema';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { pointStatus as statusOf } from './fixtures';

const medallion = ((): ShortQuestion => {
  for (const lesson of loadAllLessons()) for (const question of lesson.questions) if (question.id === 'medallion-layers' && question.type === 'short') return question;
  throw new Error('no medallion-layers question');
})();

// Each answer was written for this file and scored as an interviewer would before the engine ran (score in the title):
// what a pattern leaves to the team said as whose job it still is, and the raw layer said as "whatever landed".
describe('limits said as whose job they still are', () => {
  it('"ingestion, scheduling and access control are up to you" and bronze as "whatever landed" (interviewer: 88)', () => {
    const text = 'Bronze holds whatever landed from the sources, never modified, so we can reprocess. Silver is deduplicated and typed, with quality checks. Gold has the aggregates and star schemas the dashboards read. Medallion is only a naming scheme for tables: ingestion, scheduling and access control are up to you.';
    const result = scoreQuestion(medallion, { text });
    expect(statusOf(result, 'bronze')).toBe('stated');
    expect(statusOf(result, 'not-everything')).toBe('stated');
    expect(result.score).toBeGreaterThanOrEqual(85);
  });

  it('"orchestration and governance you still design yourself", bronze as "what came in" (interviewer: 86)', () => {
    const text = 'Bronze keeps what came in, append-only with the ingest time, so we can replay it. Silver: cleaned, deduped, typed. Gold: KPI tables and star schemas for reporting. Orchestration and governance you still design yourself.';
    const result = scoreQuestion(medallion, { text });
    expect(statusOf(result, 'bronze')).toBe('stated');
    expect(statusOf(result, 'not-everything')).toBe('stated');
  });

  it('a bare list of what is left out is still only named (interviewer: 65)', () => {
    const text = 'Bronze keeps what came in, append-only with the ingest time, so we can replay it. Silver: cleaned, deduped, typed. Gold: KPI tables and star schemas for reporting. Orchestration, governance, monitoring.';
    const result = scoreQuestion(medallion, { text });
    expect(statusOf(result, 'not-everything')).not.toBe('stated');
  });
});
