import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileMdx } from '../content/compile-mdx';
import { ContentError } from '../content/content-error';
import { DEEP_DIVE_TOPICS } from '../content/rubric-schema';
import { parseLessonFiles } from './parse-lesson-files';
import type { LessonContent, RawLessonFiles } from './parse-lesson-files';

export const LESSONS_DIR = path.join('content', 'lessons');

// Same hints as load-cases: keep the server bundle's file tracing from pulling in the repository.
const exists = (file: string) => existsSync(/*turbopackIgnore: true*/ file);
const readText = (file: string) => readFileSync(/*turbopackIgnore: true*/ file, 'utf8');

export function lessonPath(topic: string): string {
  return path.join(LESSONS_DIR, topic, 'lesson.mdx');
}

/** Reads `content/lessons/<topic>/` from disk. Node only: used by the server, the build and the CLIs. */
export function readLessonFiles(topic: string, root = process.cwd()): RawLessonFiles {
  const mdxPath = lessonPath(topic);
  const questionsPath = path.join(LESSONS_DIR, topic, 'questions.yaml');
  if (!exists(path.resolve(root, mdxPath))) throw new ContentError(mdxPath, 'file is missing: every deep-dive topic needs a lesson.mdx');
  if (!exists(path.resolve(root, questionsPath))) throw new ContentError(questionsPath, 'file is missing: every lesson needs a questions.yaml');
  return {
    topic,
    lessonPath: mdxPath,
    lessonSource: readText(path.resolve(root, mdxPath)),
    questionsPath,
    questionsSource: readText(path.resolve(root, questionsPath)),
  };
}

/** The lesson folders on disk, sorted by name (not validated: `loadLesson` says what is wrong). */
export function listLessonTopics(root = process.cwd()): string[] {
  const dir = path.resolve(root, LESSONS_DIR);
  if (!exists(dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
}

export function loadLesson(topic: string, root = process.cwd()): LessonContent {
  return parseLessonFiles(readLessonFiles(topic, root));
}

/**
 * Every lesson, in frontmatter order. Each deep-dive topic must have one (the deep-dive step links
 * to it), and no two lessons may share an order.
 */
export function loadAllLessons(root = process.cwd()): LessonContent[] {
  const topics = [...new Set<string>([...DEEP_DIVE_TOPICS, ...listLessonTopics(root)])].sort();
  const lessons = topics.map((topic) => loadLesson(topic, root));
  const byOrder = new Map<number, string>();
  for (const lesson of lessons) {
    const other = byOrder.get(lesson.frontmatter.order);
    if (other) throw new ContentError(lessonPath(lesson.topic), `order: ${lesson.frontmatter.order} is already used by the ${other} lesson`);
    byOrder.set(lesson.frontmatter.order, lesson.topic);
  }
  return lessons.sort((a, b) => a.frontmatter.order - b.frontmatter.order);
}

/** The lesson body compiled by the one MDX compiler, with errors at lesson.mdx line numbers. */
export function compileLesson(lesson: LessonContent): Promise<string> {
  return compileMdx(lesson.body, lessonPath(lesson.topic), lesson.bodyLineOffset);
}
