import { describe, expect, it } from 'vitest';
import { loadAllLessons } from '../../../lib/practice/load-lessons';
import type { ShortQuestion } from '../../../lib/practice/question-schema';
import { MISCONCEPTION_COST, scoreQuestion } from '../../../lib/practice/score-question';
import { COMPLETE_SCORE, shortAnswer, codes } from './fixtures';

const shortQuestions: { topic: string; question: ShortQuestion }[] = loadAllLessons().flatMap((lesson) =>
  lesson.questions.flatMap((question) => (question.type === 'short' ? [{ topic: lesson.topic, question }] : [])),
);
const questionOf = (id: string): ShortQuestion => {
  const found = shortQuestions.find((item) => item.question.id === id)?.question;
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

describe('short answers are graded as claims', () => {
  it.each([
    'We do not need a checkpoint, replay or an idempotent sink.',
    "No replay; we won't checkpoint and we avoid idempotent writes.",
    'A checkpoint is overkill, replay is unnecessary and an upsert is not needed.',
  ])('negated key points earn nothing: "%s"', (text) => {
    const result = scoreQuestion(shortAnswer, { text });
    expect(result).toMatchObject({ correct: false, score: 0 });
    expect(result.findings.some((finding) => finding.code === 'practice.key-point-negated' && finding.message.includes('You wrote "'))).toBe(true);
  });

  it.each(['replay, checkpoint, upsert', '- replayable\n- checkpoint\n- idempotent', 'replay / checkpoint / transactional'])('a bare list earns a quarter and is not correct: "%s"', (text) => {
    const result = scoreQuestion(shortAnswer, { text });
    expect(result.correct).toBe(false);
    expect(result.score).toBe(25);
    expect(codes(result).every((code) => code === 'practice.key-point-listed')).toBe(true);
  });

  it('a hedged answer earns half and is not correct', () => {
    const result = scoreQuestion(shortAnswer, { text: 'Maybe Kafka replays the batch? I think Spark checkpoints offsets, and perhaps the sink upserts by key.' });
    expect(result.correct).toBe(false);
    expect(result.score).toBe(50);
  });

  it('an affirmed misconception costs and blocks correct; naming it to reject it costs nothing', () => {
    const good = 'Kafka replays the failed batch, Spark checkpoints the offsets and the sink upserts by key.';
    expect(scoreQuestion(shortAnswer, { text: good })).toMatchObject({ correct: true, score: COMPLETE_SCORE });
    const wrong = scoreQuestion(shortAnswer, { text: `${good} We also set failOnDataLoss to false.` });
    expect(wrong.correct).toBe(false);
    expect(wrong.score).toBe(Math.round(((3 - MISCONCEPTION_COST) / 3) * 100));
    expect(wrong.findings.find((finding) => finding.code === 'practice.misconception')).toMatchObject({ severity: 'wrong', points: MISCONCEPTION_COST });
    const rejected = scoreQuestion(shortAnswer, { text: `${good} failOnDataLoss is not part of it.` });
    expect(rejected).toMatchObject({ correct: true, score: COMPLETE_SCORE });
  });

  it('the classic wrong answers from the seed notes cost points', () => {
    const cases: [string, string, string][] = [
      ['end-to-end-exactly-once', 'After a crash it restarts from the latest offsets, and Delta makes the sink idempotent.', 'latest-on-restart'],
      ['end-to-end-exactly-once', 'Continuous mode gives exactly-once.', 'continuous-exactly-once'],
      ['oltp-vs-olap', 'OLTP is normalised, which makes queries faster, and OLAP scans history.', 'normalise-for-reads'],
      ['partition-vs-shard', 'Sharding is only for NoSQL databases, partitioning splits a table in one database.', 'sharding-only-nosql'],
      ['acks-explained', 'acks=all is enough on its own to never lose data.', 'acks-all-alone'],
      ['commit-after-processing', 'Commit first, then write the batch to the database.', 'commit-before'],
      ['end-to-end-exactly-once', 'Checkpointing is optional; Kafka is replayable and Delta is transactional.', 'checkpoint-optional'],
      ['commit-after-processing', 'Commit after the write; enable.idempotence=true on the producer makes it exactly-once.', 'producer-settings-exactly-once'],
      ['design-star', 'Normalise the dimensions into a snowflake so queries are faster.', 'normalise-for-speed'],
    ];
    for (const [id, text, misconception] of cases) {
      const result = scoreQuestion(questionOf(id), { text });
      expect(result.findings.filter((finding) => finding.code === 'practice.misconception').flatMap((finding) => finding.refs), `${id}: ${text}`).toContain(misconception);
      expect(result.correct).toBe(false);
    }
  });

  it('quotes the learner words, never stems', () => {
    const text = 'Slowly changing dimensions keep history, I think.';
    const result = scoreQuestion(shortAnswer, { text: `${text} Replay, checkpoint.` });
    for (const finding of result.findings) expect(finding.message).not.toMatch(/slowli|chang\b/);
  });
});

describe('every shipped short question', () => {
  it('ships 12 short questions', () => {
    expect(shortQuestions).toHaveLength(12);
  });

  for (const { topic, question } of shortQuestions) {
    it(`${topic}/${question.id}: its key points' own text is correct, their negation earns nothing`, () => {
      const model = scoreQuestion(question, { text: question.keyPoints.map((point) => point.text).join('\n') });
      // Every point, one sentence each: complete, not exemplary.
      expect(model).toMatchObject({ correct: true, score: COMPLETE_SCORE });
      expect(model.points?.every((point) => point.status === 'stated')).toBe(true);
      for (const point of question.keyPoints) {
        const keyword = point.keywords[0] as string;
        const negated = scoreQuestion(question, { text: `We will not use ${keyword}.` });
        const finding = negated.findings.find((item) => item.refs?.includes(point.id));
        expect(finding?.severity, `${point.id}: "${keyword}"`).not.toBe('good');
      }
    });
  }
});

describe("the watermark rule in a practitioner's words", () => {
  it.each([
    'The watermark trails the largest event time seen so far by the allowed delay.',
    'It is the newest event time observed, lagging 10 minutes behind it.',
    'Spark keeps the most recent event time and puts the watermark 10 minutes behind the latest one.',
  ])('"%s" earns the max-minus-delay point', (text) => {
    const result = scoreQuestion(questionOf('watermark-meaning'), { text });
    expect(result.findings.some((finding) => finding.severity === 'good' && finding.message.includes('latest event time seen minus'))).toBe(true);
  });
});

describe("keeping analytics off the shop's database, in a practitioner's words", () => {
  it.each([
    'Dashboards on the primary would starve checkout of CPU, so reporting reads its own copy.',
    'Big scans on the same server as the orders table end up timing out customers.',
    'A month-long aggregate on the shop database slows every checkout.',
  ])('"%s" earns the isolate-load point', (text) => {
    const result = scoreQuestion(questionOf('oltp-vs-olap'), { text });
    expect(result.findings.some((finding) => finding.severity === 'good' && finding.message.includes('compete with checkout'))).toBe(true);
  });
});
