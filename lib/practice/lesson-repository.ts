import { compileLesson, listLessonTopics, loadLesson } from './load-lessons';
import type { LessonContent } from './parse-lesson-files';

// Lessons are fixed at build time in production; re-read in development so edits show on reload.
const memoise = process.env.NODE_ENV === 'production';
const lessons = new Map<string, LessonContent>();
const compiled = new Map<string, Promise<string>>();

export function getLesson(topic: string): LessonContent | undefined {
  if (!listLessonTopics().includes(topic)) return undefined;
  const cached = memoise ? lessons.get(topic) : undefined;
  if (cached) return cached;
  const lesson = loadLesson(topic);
  if (memoise) lessons.set(topic, lesson);
  return lesson;
}

export function getAllLessons(): LessonContent[] {
  return listLessonTopics()
    .flatMap((topic) => {
      const lesson = getLesson(topic);
      return lesson ? [lesson] : [];
    })
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order);
}

export function getCompiledLesson(lesson: LessonContent): Promise<string> {
  const cached = memoise ? compiled.get(lesson.topic) : undefined;
  if (cached) return cached;
  const code = compileLesson(lesson);
  if (memoise) compiled.set(lesson.topic, code);
  return code;
}
