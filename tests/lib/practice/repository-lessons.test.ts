import { describe, expect, it } from 'vitest';
import { COMPLETE_SCORE } from './fixtures';
import { DEEP_DIVE_TOPICS } from '../../../lib/content/rubric-schema';
import { compileLesson, listLessonTopics, loadAllLessons } from '../../../lib/practice/load-lessons';
import { scoreQuestion } from '../../../lib/practice/score-question';
import { UNLISTED_POINTS } from '../../../lib/practice/unlisted-remainder';

const lessons = loadAllLessons();
const lessonOf = (topic: string) => {
  const lesson = lessons.find((item) => item.topic === topic);
  if (!lesson) throw new Error(`no ${topic} lesson`);
  return lesson;
};
/** Prose words of a lesson body, as a reader would count them. */
const wordCount = (body: string) => body.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;

describe('the repository lessons', () => {
  it('cover every deep-dive topic and nothing else', () => {
    expect(listLessonTopics()).toEqual([...DEEP_DIVE_TOPICS].sort());
    expect(lessons.map((lesson) => lesson.topic).sort()).toEqual([...DEEP_DIVE_TOPICS].sort());
  });

  it.each(DEEP_DIVE_TOPICS)('%s: 600-1200 words, a Common mistakes section, plain Markdown only', (topic) => {
    const { body } = lessonOf(topic);
    const words = wordCount(body);
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThanOrEqual(1200);
    expect(body).toMatch(/^## Common mistakes$/m);
    expect(body).not.toMatch(/^\s*(import|export)\s/m);
    // Outside code, any tag other than Callout would be raw HTML or an unknown component.
    const prose = body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    expect(prose.match(/<\/?(?!Callout\b)[A-Za-z][^>]*>/g) ?? []).toEqual([]);
    // compileMdx has no GFM, so a pipe table would render as one paragraph: tables go in code blocks.
    expect(prose).not.toMatch(/^\s*\|.*\|\s*$/m);
  });

  it('compile with the shared MDX compiler', async () => {
    for (const lesson of lessons) await expect(compileLesson(lesson)).resolves.toEqual(expect.any(String));
  });

  it.each(DEEP_DIVE_TOPICS)('%s: at least 6 questions, both kinds, unique ids', (topic) => {
    const { questions } = lessonOf(topic);
    expect(questions.length).toBeGreaterThanOrEqual(6);
    expect(questions.some((question) => question.type === 'choice')).toBe(true);
    expect(questions.some((question) => question.type === 'short')).toBe(true);
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
  });

  it('every choice question has at least one correct option and full marks for exactly those', () => {
    for (const question of lessons.flatMap((lesson) => lesson.questions)) {
      if (question.type !== 'choice') continue;
      const correct = question.options.filter((option) => option.correct).map((option) => option.id);
      expect(correct.length, question.id).toBeGreaterThanOrEqual(1);
      if (!question.multiple) expect(correct, question.id).toHaveLength(1);
      expect(scoreQuestion(question, { selected: correct }), question.id).toMatchObject({ correct: true, score: 100 });
    }
  });

  it("every short question's explanation, the model answer shown after a check, is exemplary: it scores 100 - UNLISTED_POINTS", () => {
    for (const question of lessons.flatMap((lesson) => lesson.questions)) {
      if (question.type !== 'short') continue;
      const scored = scoreQuestion(question, { text: question.explanation });
      // The one note: an exemplary practice answer leaves the last points to what the question does not list.
      expect(scored.findings.filter((finding) => finding.severity !== 'good').map((finding) => finding.code), question.id).toEqual(['practice.unlisted']);
      expect(scored.score, question.id).toBe(100 - UNLISTED_POINTS);
    }
  });

  it('every short question gives every point to its own key points written out (complete, not exemplary)', () => {
    for (const question of lessons.flatMap((lesson) => lesson.questions)) {
      if (question.type !== 'short') continue;
      const model = question.keyPoints.map((point) => point.text).join(' ');
      const scored = scoreQuestion(question, { text: model });
      expect(scored.correct, question.id).toBe(true);
      expect(scored.points?.every((point) => point.status === 'stated'), question.id).toBe(true);
      expect(scored.score, question.id).toBeGreaterThanOrEqual(COMPLETE_SCORE);
    }
  });
});

describe('the lessons teach the corrected versions of the seed notes', () => {
  it('Kafka runs on KRaft since ZooKeeper was removed in 4.0', () => {
    expect(lessonOf('kafka').body).toMatch(/Kafka 4\.0 removed ZooKeeper/);
  });

  it('failOnDataLoss accepts data loss and is not part of exactly-once', () => {
    const spark = lessonOf('spark-streaming');
    expect(spark.body).toMatch(/failOnDataLoss=false[\s\S]{0,200}lost/);
    const question = spark.questions.find((item) => item.id === 'end-to-end-exactly-once');
    if (question?.type !== 'short') throw new Error('missing exactly-once question');
    // The seed's recipe: checkpoint, failOnDataLoss=false, enable.idempotence.
    const seedAnswer = scoreQuestion(question, { text: 'Add a checkpoint path, set failOnDataLoss to false and kafka.enable.idempotence to true.' });
    expect(seedAnswer.correct).toBe(false);
    expect(seedAnswer.findings.filter((finding) => finding.code === 'practice.misconception').map((finding) => finding.refs)).toEqual([
      ['fail-on-data-loss'],
      ['producer-idempotence'],
    ]);
  });

  it('startingOffsets applies only without a checkpoint; continuous mode is experimental at-least-once', () => {
    const { body } = lessonOf('spark-streaming');
    expect(body).toMatch(/startingOffsets` only matters for a brand-new query/);
    expect(body).toMatch(/experimental[\s\S]{0,400}at-least-once/);
  });

  it('Airflow backfill commands per version and the SequentialExecutor removal', () => {
    const { body } = lessonOf('airflow');
    expect(body).toContain('airflow dags backfill');
    expect(body).toContain('airflow backfill create');
    expect(body).toMatch(/SequentialExecutor[\s\S]{0,200}removed in Airflow 3/);
  });

  it('sharding is not only NoSQL, normalisation helps writes not reads, 365 days and bytes not bits', () => {
    expect(lessonOf('databases').body).toMatch(/Citus/);
    expect(lessonOf('databases').body).toMatch(/It does \*not\* make reads faster/);
    expect(lessonOf('object-storage').body).toMatch(/73 TB a year \(365 days\)/);
    expect(lessonOf('object-storage').body).toMatch(/2\^10 bytes is 1 KiB/);
  });
});
