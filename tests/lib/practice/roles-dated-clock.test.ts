import { describe, expect, it } from 'vitest';
import { loadAllLessons } from '../../../lib/practice/load-lessons';
import type { Question } from '../../../lib/practice/question-schema';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { DATED_SHARE } from '../../../lib/practice/dated-forms';
import { borrowedFrom } from '../../../lib/practice/borrowed-words';

const questions = new Map<string, Question>(loadAllLessons().flatMap((lesson) => lesson.questions.map((question) => [question.id, question] as const)));
const score = (id: string, text: string) => {
  const question = questions.get(id);
  if (!question) throw new Error(`no question ${id}`);
  return scoreQuestion(question, { text });
};
const codes = (id: string, text: string) => score(id, text).findings.map((finding) => finding.code);

// Each row: the interviewer's score written first, then the bound the engine must keep (within 20 points).
describe('roles swapped: the right words on the wrong things', () => {
  it.each([
    ['Fact grain: one row per customer per month. Dimensions: dim_order, dim_product. Measures: customer name and city.', 5],
    ['The fact table is one row per session, the order dimension holds the totals, and the measures are email and segment.', 5],
    ['One row per day in the fact; dim_sales and dim_customer around it; measures are category and phone.', 5],
  ])('design-star "%s" scores near %i', (text, interviewer) => {
    expect(Math.abs(score('design-star', text).score - interviewer)).toBeLessThanOrEqual(20);
  });

  it('descriptive attributes inside a dimension are not measures', () => {
    const result = score('design-star', 'Grain is one row per order line. dim_customer holds name, email and city; dim_product holds category; dim_date. Measures: quantity and net amount, with surrogate keys to each dimension.');
    expect(result.findings.some((finding) => finding.code === 'practice.misconception')).toBe(false);
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});

describe("words that belong to a wrong idea do not also earn a point", () => {
  it('"idempotence" inside enable.idempotence is not an idempotent sink', () => {
    const result = score('end-to-end-exactly-once', 'Kafka can replay, Spark checkpoints the offsets, and enable.idempotence on the producer handles duplicates.');
    expect(result.points?.find((point) => point.id === 'idempotent-sink')?.earned).toBe(0);
    expect(result.score).toBeLessThanOrEqual(60);
  });

  it('an idempotent producer is not an idempotent database write (kafka)', () => {
    const result = score('commit-after-processing', 'Commit after the write, giving at-least-once; the idempotent producer means there are no duplicates.');
    expect(result.points?.find((point) => point.id === 'dedupe')?.earned).toBe(0);
  });

  it('borrowedFrom needs the same clause and the words inside the other reading', () => {
    const spans = [{ quote: 'enable.idempotence', clause: 'set enable.idempotence on the producer' }];
    expect(borrowedFrom({ quote: 'idempotence', clause: 'set enable.idempotence on the producer' }, spans)).toBe(spans[0]);
    expect(borrowedFrom({ quote: 'idempotent', clause: 'the sink is idempotent' }, spans)).toBeUndefined();
    expect(borrowedFrom({}, spans)).toBeUndefined();
  });
});

describe('seed errors restated cost points in every lesson that asks about them', () => {
  it.each([
    ['end-to-end-exactly-once', 'Exactly-once just needs failOnDataLoss=false and an idempotent producer; checkpoints are optional.', 5],
    ['end-to-end-exactly-once', 'Turn on producer idempotence and you have exactly once; a checkpoint is nice to have.', 5],
  ])('%s: "%s" scores near %i', (id, text, interviewer) => {
    expect(codes(id, text)).toContain('practice.misconception');
    expect(Math.abs(score(id, text).score - interviewer)).toBeLessThanOrEqual(20);
  });
});

describe('a watermark read as a wait on the clock', () => {
  it.each([
    ['The job waits 10 minutes before it closes each window and then drops later events.', 'minutes-wait'],
    ['Spark keeps the window open for 10 minutes after it starts, then emits it.', 'minutes-wait'],
    ['Events are dropped when they arrive more than 10 minutes after they happened.', 'per-event-delay'],
  ])('"%s" is the wrong claim %s', (text, id) => {
    const result = score('watermark-meaning', text);
    expect(result.findings.filter((finding) => finding.code === 'practice.misconception').flatMap((finding) => finding.refs)).toContain(id);
    expect(result.correct).toBe(false);
  });

  it('a wait measured in event time is not the wall-clock reading', () => {
    const result = score('watermark-meaning', 'It trails the max event time by 10 minutes: Spark waits up to 10 minutes of event time for late rows, drops older ones and clears old window state.');
    expect(result.findings.some((finding) => finding.code === 'practice.misconception')).toBe(false);
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('two wordings of one wall-clock idea in a clause cost once', () => {
    const result = score('watermark-meaning', 'It waits 10 minutes of real time before emitting each window.');
    expect(result.findings.filter((finding) => finding.code === 'practice.misconception')).toHaveLength(1);
  });
});

describe('old but right commands earn most of their point', () => {
  it.each([
    ['Run airflow backfill -s 2026-11-01 -e 2026-11-15 sales_daily.', 'backfill'],
    ['airflow backfill my_dag --start-date 2026-11-01 --end-date 2026-11-15 will fill it in.', 'backfill'],
    ['Use airflow clear -t new_task -s 2026-11-01 -e 2026-11-15 sales_daily so the old runs pick it up.', 'clear'],
  ])('"%s" is dated, not wrong', (text, pointId) => {
    const result = score('new-task-history', text);
    expect(result.findings.find((finding) => finding.code === 'practice.key-point-dated')).toMatchObject({ severity: 'hint', refs: [pointId] });
    expect(result.points?.find((point) => point.id === pointId)?.earned).toBe(DATED_SHARE);
  });

  it.each(['airflow backfill create --dag-id sales_daily --from-date 2026-11-01 --to-date 2026-11-15', 'airflow dags backfill -s 2026-11-01 -e 2026-11-15 sales_daily', 'airflow tasks clear -t new_task -s 2026-11-01 sales_daily'])('the current command "%s" earns the whole point', (text) => {
    const result = score('new-task-history', text);
    expect(codes('new-task-history', text)).not.toContain('practice.key-point-dated');
    expect(result.points?.some((point) => point.status === 'stated' && point.earned === 1)).toBe(true);
  });
});

describe('code that contradicts the claim it comes with', () => {
  it.each([
    ['def run(**ctx):\n    day = date.today()\n    df.write.mode("append").saveAsTable("sales")\nRetries make it idempotent.', 5],
    ['We take the current date and INSERT INTO the table; retries make the task idempotent.', 5],
  ])('idempotent-task "%s" scores near %i', (text, interviewer) => {
    expect(Math.abs(score('idempotent-task', text).score - interviewer)).toBeLessThanOrEqual(20);
  });
});
