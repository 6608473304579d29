import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLessons } from '../../../../lib/content/check/check-lessons';
import type { LessonFolder } from '../../../../lib/content/check/check-lessons';
import type { ContentProblem } from '../../../../lib/content/check/content-problem';
import { formatProblem } from '../../../../lib/content/check/content-problem';
import { DEEP_DIVE_TOPICS } from '../../../../lib/content/rubric-schema';
import { lineOf } from './tiny-case';

/*
 * Broken lessons of each kind a mentor meets, all reported by one run, each at its file, line and
 * column with a fix. The fixtures are small lessons written here, one per deep-dive topic.
 */

type Files = Record<string, Record<string, string>>;

const QUESTIONS = `- id: pick-one
  type: choice
  prompt: Which setting keeps an acknowledged write on two brokers?
  options:
    - id: isr-two
      text: min.insync.replicas=2 with acks=all
      correct: true
    - id: acks-one
      text: acks=1
  explanation: acks=all waits for the in-sync set and min.insync.replicas=2 keeps that set at two or more.
- id: explain-it
  type: short
  prompt: Why does a consumer group with more consumers than partitions not read faster?
  keyPoints:
    - id: one-per-partition
      text: Each partition is read by only one consumer of the group, so extra consumers sit idle.
      keywords: [one consumer per partition, only one consumer, sit idle, idle consumers]
  misconceptions:
    - id: split-partitions
      keywords: [split partitions, splits the partition]
      contradicts: [one-per-partition]
      note: Kafka never splits a partition between consumers of one group.
  explanation: A partition is the unit of parallelism; add partitions to read faster.
`;

const lesson = (order: number) => `---
title: A lesson of order ${order}
summary: What the learner reads before the questions of this topic.
order: ${order}
minutes: 5
---

## A heading

Some text.
`;

function lessons(): Files {
  return Object.fromEntries(DEEP_DIVE_TOPICS.map((topic, index) => [topic, { 'lesson.mdx': lesson(index + 1), 'questions.yaml': QUESTIONS }]));
}

const folders = (files: Files): LessonFolder[] => Object.entries(files).map(([topic, own]) => ({ topic, dir: `content/lessons/${topic}`, files: own }));

function change(files: Files, topic: string, name: string, from: string, to: string): string {
  const before = files[topic]?.[name] ?? '';
  const after = before.replace(from, to);
  if (after === before) throw new Error(`the edit of ${topic}/${name} changed nothing`);
  (files[topic] ??= {})[name] = after;
  return after;
}

const errorsOf = async (files: Files): Promise<ContentProblem[]> => (await checkLessons(folders(files))).problems.filter((problem) => problem.severity === 'error');

describe('checkLessons', { timeout: 60_000 }, () => {
  it('passes well-formed lessons and lists them in their order, with their questions', async () => {
    const result = await checkLessons(folders(lessons()));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.lessons.map((item) => item.topic)).toEqual([...DEEP_DIVE_TOPICS]);
    expect(result.lessons.every((item) => item.questions === 2)).toBe(true);
  });

  it('passes the shipped lessons', async () => {
    const shipped = DEEP_DIVE_TOPICS.map((topic): LessonFolder => {
      const dir = path.join('content', 'lessons', topic);
      return { topic, dir: `content/lessons/${topic}`, files: { 'lesson.mdx': readFileSync(path.join(dir, 'lesson.mdx'), 'utf8'), 'questions.yaml': readFileSync(path.join(dir, 'questions.yaml'), 'utf8') } };
    });
    expect((await checkLessons(shipped)).problems.map(formatProblem)).toEqual([]);
  });

  it('reports problems in several files of several lessons in one run, each at its line and column', async () => {
    const files = lessons();
    const noCorrect = change(files, 'kafka', 'questions.yaml', '      text: min.insync.replicas=2 with acks=all\n      correct: true', '      text: min.insync.replicas=2 with acks=all');
    const badType = change(files, 'databases', 'questions.yaml', '- id: explain-it\n  type: short', '- id: explain-it\n  type: shrot');
    const badField = change(files, 'airflow', 'lesson.mdx', 'minutes: 5', 'minuts: 5');
    const errors = await errorsOf(files);
    expect(errors.map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.path}`)).toEqual([
      `content/lessons/airflow/lesson.mdx:2:1: minutes`,
      `content/lessons/airflow/lesson.mdx:${lineOf(badField, 'minuts')}:1: minuts`,
      `content/lessons/databases/questions.yaml:${lineOf(badType, 'shrot')}:9: [1].type`,
      `content/lessons/kafka/questions.yaml:${lineOf(noCorrect, 'options:')}:3: [0].options`,
    ]);
    expect(errors.map((problem) => [problem.message, problem.fix])).toEqual([
      ['missing field "minutes" (expected number)', 'add minutes: to this block'],
      ['"minuts" is not a field here', 'did you mean "minutes"?'],
      ['"shrot" is not one of the allowed values', 'did you mean "short"? (allowed: choice, short)'],
      ['no option is marked correct: set correct: true on at least one', undefined],
    ]);
  });

  it('names a duplicate question id with the line of the first one', async () => {
    const files = lessons();
    const text = change(files, 'kafka', 'questions.yaml', '- id: explain-it', '- id: pick-one');
    const [error] = await errorsOf(files);
    expect(error?.line).toBe(lineOf(text, '- id: pick-one', 'explanation'));
    expect(error?.message).toBe(`duplicate question id "pick-one" (the first one is at line 1)`);
    expect(error?.fix).toMatch(/rename this one/);
  });

  it('offers the key point meant when a misconception contradicts an unknown one', async () => {
    const files = lessons();
    const text = change(files, 'spark-streaming', 'questions.yaml', 'contradicts: [one-per-partition]', 'contradicts: [one-per-partiton]');
    const [error] = await errorsOf(files);
    expect(error?.path).toBe('[1].misconceptions[0].contradicts[0]');
    expect(error?.line).toBe(lineOf(text, 'one-per-partiton'));
    expect(error?.message).toMatch(/^unknown key point "one-per-partiton" \(did you mean "one-per-partition"\?\)/);
  });

  it('names a folder that is not a deep-dive topic with the topic meant, and the topic left without a lesson', async () => {
    const files = lessons();
    files['airflw'] = files['airflow'] ?? {};
    delete files['airflow'];
    const errors = await errorsOf(files);
    expect(errors.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      'content/lessons/airflow/lesson.mdx: file is missing: every deep-dive topic needs a lesson (the deep-dive step links to it)',
      'content/lessons/airflw: folder name "airflw" is not a deep-dive topic (did you mean "airflow"?)',
    ]);
  });

  it('names a second lesson that takes an order already used, with where the first is', async () => {
    const files = lessons();
    const text = change(files, 'modelling', 'lesson.mdx', `order: ${DEEP_DIVE_TOPICS.indexOf('modelling') + 1}`, 'order: 1');
    const errors = await errorsOf(files);
    expect(errors).toHaveLength(1);
    expect(formatProblem(errors[0] as ContentProblem)).toBe(
      `content/lessons/modelling/lesson.mdx:${lineOf(text, 'order: 1')}:8: order: 1 is already used by the kafka lesson (content/lessons/kafka/lesson.mdx:4)\n  fix: give each lesson an order of its own (used: 1, 2, 3, 4, 5)`,
    );
  });

  it('explains a YAML indentation mistake and a missing frontmatter, and a missing file, at once', async () => {
    const files = lessons();
    const text = change(files, 'object-storage', 'questions.yaml', '  prompt: Which setting', '   prompt: Which setting');
    change(files, 'databases', 'lesson.mdx', '---\ntitle', 'title');
    delete files['kafka']?.['questions.yaml'];
    const errors = await errorsOf(files);
    expect(errors.map((problem) => `${problem.file}:${problem.line ?? '-'} ${problem.code}`)).toEqual([
      'content/lessons/databases/lesson.mdx:1 frontmatter',
      'content/lessons/kafka/questions.yaml:- missing-file',
      // YAML reads the over-indented line as the rest of the value above it, so it names that line.
      `content/lessons/object-storage/questions.yaml:${lineOf(text, '   prompt') - 1} yaml`,
    ]);
    expect(errors[2]?.message).toMatch(/a line is indented too far/);
  });

  it('finds an unknown MDX component at its line, and compile errors through the compiler given', async () => {
    const files = lessons();
    const text = change(files, 'kafka', 'lesson.mdx', 'Some text.', 'Some text.\n\n<Chart data={1} />');
    const errors = await errorsOf(files);
    expect(errors.map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`)).toEqual([
      `content/lessons/kafka/lesson.mdx:${lineOf(text, '<Chart')}:1: unknown component <Chart>: use plain Markdown or one of the documented components`,
    ]);
    const compiled: string[] = [];
    const failing = await checkLessons(folders(lessons()), {
      compileMdx: async (_body, file, lineOffset) => {
        compiled.push(file);
        if (file.includes('/airflow/')) throw new Error(`${file}: line ${lineOffset + 3}: MDX does not compile: Unexpected closing tag`);
      },
    });
    expect(compiled).toHaveLength(DEEP_DIVE_TOPICS.length);
    expect(failing.problems.map(formatProblem)).toEqual(['content/lessons/airflow/lesson.mdx:9:1: MDX does not compile: Unexpected closing tag']);
    expect(failing.lessons.map((item) => item.topic)).not.toContain('airflow');
  });
});
