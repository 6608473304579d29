import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../../lib/content/content-error';
import { compileLesson, listLessonTopics, loadAllLessons, loadLesson } from '../../../lib/practice/load-lessons';

const repo = process.cwd();
let scratch: string | undefined;

/** A copy of the repository's lessons to break on purpose. */
function scratchRoot(): string {
  scratch = mkdtempSync(path.join(tmpdir(), 'sdt-lessons-'));
  cpSync(path.join(repo, 'content', 'lessons'), path.join(scratch, 'content', 'lessons'), { recursive: true });
  return scratch;
}

function edit(root: string, file: string, change: (text: string) => string) {
  const full = path.join(root, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
}

function errorOf(action: () => unknown): ContentError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError');
}

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('lesson loader', () => {
  it('lists lesson folders by name and skips hidden and underscored ones', () => {
    const root = scratchRoot();
    mkdirSync(path.join(root, 'content/lessons/_draft'));
    mkdirSync(path.join(root, 'content/lessons/.cache'));
    expect(listLessonTopics(root)).toEqual(['airflow', 'databases', 'kafka', 'modelling', 'object-storage', 'spark-streaming']);
  });

  it('lists nothing when there is no lessons folder', () => {
    expect(listLessonTopics(path.join(tmpdir(), 'sdt-no-such-folder'))).toEqual([]);
  });

  it('loads one lesson with its frontmatter, body and questions', () => {
    const lesson = loadLesson('kafka');
    expect(lesson.topic).toBe('kafka');
    expect(lesson.frontmatter.title).toMatch(/Kafka/);
    expect(lesson.body).toContain('## Common mistakes');
    expect(lesson.questions.length).toBeGreaterThanOrEqual(6);
  });

  it('returns every lesson in frontmatter order', () => {
    expect(loadAllLessons().map((lesson) => lesson.frontmatter.order)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('names a missing lesson file', () => {
    const root = scratchRoot();
    rmSync(path.join(root, 'content/lessons/airflow/lesson.mdx'));
    expect(errorOf(() => loadAllLessons(root)).message).toBe('content/lessons/airflow/lesson.mdx: file is missing: every deep-dive topic needs a lesson.mdx');
  });

  it('names a missing topic folder', () => {
    const root = scratchRoot();
    rmSync(path.join(root, 'content/lessons/modelling'), { recursive: true });
    expect(errorOf(() => loadAllLessons(root)).message).toBe('content/lessons/modelling/lesson.mdx: file is missing: every deep-dive topic needs a lesson.mdx');
  });

  it('names a missing question file', () => {
    const root = scratchRoot();
    rmSync(path.join(root, 'content/lessons/kafka/questions.yaml'));
    expect(errorOf(() => loadLesson('kafka', root)).message).toBe('content/lessons/kafka/questions.yaml: file is missing: every lesson needs a questions.yaml');
  });

  it('names the file and path of a broken question', () => {
    const root = scratchRoot();
    edit(root, 'content/lessons/kafka/questions.yaml', (text) => text.replace('      text: Replication factor 3, min.insync.replicas=2, acks=all\n      correct: true', '      text: Replication factor 3, min.insync.replicas=2, acks=all'));
    expect(errorOf(() => loadLesson('kafka', root)).message).toBe('content/lessons/kafka/questions.yaml: [0].options: no option is marked correct: set correct: true on at least one');
  });

  it('refuses a lesson folder that is not a deep-dive topic', () => {
    const root = scratchRoot();
    cpSync(path.join(root, 'content/lessons/kafka'), path.join(root, 'content/lessons/flink'), { recursive: true });
    expect(errorOf(() => loadAllLessons(root)).message).toMatch(/^content\/lessons\/flink\/lesson\.mdx: folder name "flink" is not a deep-dive topic/);
  });

  it('refuses two lessons with the same order', () => {
    const root = scratchRoot();
    edit(root, 'content/lessons/modelling/lesson.mdx', (text) => text.replace('order: 6', 'order: 1'));
    expect(errorOf(() => loadAllLessons(root)).message).toBe('content/lessons/modelling/lesson.mdx: order: 1 is already used by the kafka lesson');
  });

  it('compiles a lesson with the shared MDX compiler and reports lesson.mdx line numbers', async () => {
    const root = scratchRoot();
    await expect(compileLesson(loadLesson('kafka', root))).resolves.toContain('Callout');
    edit(root, 'content/lessons/kafka/lesson.mdx', (text) => `${text}\n<Chart />\n`);
    await expect(compileLesson(loadLesson('kafka', root))).rejects.toThrow('content/lessons/kafka/lesson.mdx: unknown component <Chart>');
  });
});
