import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LESSON_FILE_NAMES } from '../../lib/content/check/check-lessons';
import type { LessonFolder } from '../../lib/content/check/check-lessons';

/** content/lessons, where the lesson folders are (relative to the working directory). */
export const LESSONS_DIR = path.join('content', 'lessons');

/** Reads the files `checkLessons` looks at from `content/lessons/<topic>/` under `root` (those that exist). */
export function readLessonFolder(topic: string, root = process.cwd()): LessonFolder {
  const dir = path.join(LESSONS_DIR, topic);
  const files: Record<string, string> = {};
  for (const name of Object.values(LESSON_FILE_NAMES)) {
    const full = path.resolve(root, dir, name);
    if (existsSync(full)) files[name] = readFileSync(full, 'utf8');
  }
  return { topic, dir: dir.split(path.sep).join('/'), files };
}
