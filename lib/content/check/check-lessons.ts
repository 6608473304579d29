import { lessonFrontmatterSchema } from '../../practice/lesson-frontmatter-schema';
import { questionFileSchema } from '../../practice/question-schema';
import { DEEP_DIVE_TOPICS } from '../rubric-schema';
import type { ContentProblem } from './content-problem';
import { sortProblems } from './content-problem';
import { didYouMean } from './did-you-mean';
import { mdxProblems } from './mdx-problems';
import type { MdxCompiler } from './mdx-problems';
import { parseChecked, parseFrontmatter } from './parse-checked';
import { scaffoldLeftovers } from './scaffold-leftovers';

/** The two files of a lesson folder. */
export const LESSON_FILE_NAMES = { lesson: 'lesson.mdx', questions: 'questions.yaml' } as const;

/**
 * A lesson folder as text, like a CaseFolder: `topic` is the folder name (a deep-dive topic), `dir`
 * how it is shown in messages (`content/lessons/<topic>`), `files` maps a file name to its content
 * (a missing file is absent). No file system: the CLI and the tests fill it.
 */
export type LessonFolder = { topic: string; dir: string; files: Readonly<Record<string, string>> };

/** What checkLessons learns of a lesson that passes, for content:check's summary line. */
export type CheckedLesson = { topic: string; order: number; questions: number };

export type CheckLessonsResult = { problems: ContentProblem[]; lessons: CheckedLesson[] };

const problem = (file: string, code: string, message: string, fix?: string, at?: { line: number; column: number }): ContentProblem => ({
  file,
  ...(at ? { line: at.line, column: at.column } : {}),
  path: '',
  severity: 'error',
  code,
  message,
  ...(fix ? { fix } : {}),
});

/**
 * Every lesson and its questions checked at once, as checkCase checks a case: each problem at its
 * `file:line:column` with the data path, a fix and "did you mean" for topics and ids, instead of
 * stopping at the first. Checks that the folder is a deep-dive topic, that every deep-dive topic has a
 * lesson, the lesson.mdx frontmatter (and that no two lessons share an `order`, naming where the first
 * is), the MDX body (unknown components; compile errors when `compileMdx` is given), questions.yaml
 * against its schema (a correct option, key points a learner's own words would get, misconceptions
 * that do not fire on a right answer, unique ids), and leftover scaffold text (a warning).
 * `lessons` lists the lessons without errors, in their `order`. Pure; never throws on bad content.
 */
export async function checkLessons(folders: readonly LessonFolder[], options: { compileMdx?: MdxCompiler; lessonsDir?: string } = {}): Promise<CheckLessonsResult> {
  const problems: ContentProblem[] = [];
  const lessons: (CheckedLesson & { orderAt?: { line: number; column: number }; file: string })[] = [];
  const topics: readonly string[] = DEEP_DIVE_TOPICS;
  const dir = options.lessonsDir ?? 'content/lessons';
  const present = new Set(folders.map((folder) => folder.topic));
  for (const topic of topics.filter((item) => !present.has(item))) {
    problems.push(problem(`${dir}/${topic}/${LESSON_FILE_NAMES.lesson}`, 'missing-file', `file is missing: every deep-dive topic needs a lesson (the deep-dive step links to it)`, `create ${dir}/${topic}/ with a lesson.mdx and a questions.yaml`));
  }

  for (const folder of folders) {
    const lessonFile = `${folder.dir}/${LESSON_FILE_NAMES.lesson}`;
    const questionsFile = `${folder.dir}/${LESSON_FILE_NAMES.questions}`;
    if (!topics.includes(folder.topic)) {
      problems.push(problem(folder.dir, 'lesson-topic', `folder name "${folder.topic}" is not a deep-dive topic${didYouMean(folder.topic, topics)}`, `rename the folder to one of ${topics.join(', ')}`));
    }

    let order: number | undefined;
    let orderAt: { line: number; column: number } | undefined;
    const source = folder.files[LESSON_FILE_NAMES.lesson];
    if (source === undefined) problems.push(problem(lessonFile, 'missing-file', 'file is missing: every lesson needs a lesson.mdx', 'write the lesson there, starting with its frontmatter (title, summary, order, minutes)'));
    else {
      const lesson = parseFrontmatter(source, lessonFrontmatterSchema, lessonFile, 'title, summary, order, minutes');
      problems.push(...lesson.problems);
      order = lesson.data?.order;
      orderAt = lesson.map?.locate(['order']);
      if (lesson.body !== undefined) problems.push(...(await mdxProblems(lesson.body, lessonFile, lesson.bodyLineOffset, options.compileMdx)));
      problems.push(...scaffoldLeftovers(source, lessonFile));
    }

    let questions: number | undefined;
    const questionsSource = folder.files[LESSON_FILE_NAMES.questions];
    if (questionsSource === undefined) problems.push(problem(questionsFile, 'missing-file', 'file is missing: every lesson needs a questions.yaml', 'add at least one question there (AUTHORING.md, lessons)'));
    else {
      const checked = parseChecked(questionsSource, questionFileSchema, questionsFile);
      problems.push(...checked.problems);
      questions = checked.data?.length;
      problems.push(...scaffoldLeftovers(questionsSource, questionsFile));
    }

    if (order !== undefined) lessons.push({ topic: folder.topic, order, questions: questions ?? 0, file: lessonFile, ...(orderAt ? { orderAt } : {}) });
  }

  // Each order once, so the lesson list reads the same everywhere; the second one is named, with where the first is.
  const used = [...new Set(lessons.map((lesson) => lesson.order))].sort((a, b) => a - b).join(', ');
  const byOrder = new Map<number, (typeof lessons)[number]>();
  for (const lesson of [...lessons].sort((a, b) => a.topic.localeCompare(b.topic))) {
    const first = byOrder.get(lesson.order);
    if (!first) byOrder.set(lesson.order, lesson);
    else {
      const where = first.orderAt ? `${first.file}:${first.orderAt.line}` : first.file;
      problems.push({ ...problem(lesson.file, 'lesson-order', `${lesson.order} is already used by the ${first.topic} lesson (${where})`, `give each lesson an order of its own (used: ${used})`, lesson.orderAt), path: 'order' });
    }
  }
  const clean = lessons.filter((lesson) => !problems.some((item) => item.severity === 'error' && item.file.startsWith(`${lesson.file.slice(0, lesson.file.lastIndexOf('/'))}/`)));
  return {
    problems: sortProblems(problems),
    lessons: clean.sort((a, b) => a.order - b.order).map(({ topic, order, questions }) => ({ topic, order, questions })),
  };
}
