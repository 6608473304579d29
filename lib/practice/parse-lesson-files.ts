import { parseDocument } from 'yaml';
import { ContentError, describeFirstIssue } from '../content/content-error';
import { DEEP_DIVE_TOPICS, deepDiveTopicSchema } from '../content/rubric-schema';
import { lessonFrontmatterSchema } from './lesson-frontmatter-schema';
import type { LessonFrontmatter } from './lesson-frontmatter-schema';
import { questionFileSchema } from './question-schema';
import type { Question } from './question-schema';

export type LessonTopic = (typeof DEEP_DIVE_TOPICS)[number];

export type LessonContent = {
  topic: LessonTopic;
  frontmatter: LessonFrontmatter;
  /** The MDX body after the frontmatter, compiled separately on the server. */
  body: string;
  /** Lines before the body in lesson.mdx, to report MDX errors at the file's line numbers. */
  bodyLineOffset: number;
  questions: Question[];
};

export type RawLessonFiles = {
  topic: string;
  /** Paths as shown to the mentor, relative to the repository root. */
  lessonPath: string;
  lessonSource: string;
  questionsPath: string;
  questionsSource: string;
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function parseYaml(source: string, file: string): unknown {
  const document = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    const where = line ? `line ${line}: ` : '';
    throw new ContentError(file, `${where}${error.message.split('\n')[0] ?? 'invalid YAML'}`);
  }
  return document.toJS();
}

/** Validates one lesson's files. Pure: the caller reads the files, this decides what they mean. */
export function parseLessonFiles(files: RawLessonFiles): LessonContent {
  const topic = deepDiveTopicSchema.safeParse(files.topic);
  if (!topic.success) {
    throw new ContentError(files.lessonPath, `folder name "${files.topic}" is not a deep-dive topic: use one of ${DEEP_DIVE_TOPICS.join(', ')}`);
  }
  const match = FRONTMATTER.exec(files.lessonSource);
  if (!match) throw new ContentError(files.lessonPath, 'missing frontmatter: start the file with --- and title, summary, order, minutes');
  const frontmatter = lessonFrontmatterSchema.safeParse(parseYaml(match[1] ?? '', files.lessonPath));
  if (!frontmatter.success) throw new ContentError(files.lessonPath, describeFirstIssue(frontmatter.error));

  const questions = questionFileSchema.safeParse(parseYaml(files.questionsSource, files.questionsPath));
  if (!questions.success) throw new ContentError(files.questionsPath, describeFirstIssue(questions.error));

  return {
    topic: topic.data,
    frontmatter: frontmatter.data,
    body: files.lessonSource.slice(match[0].length),
    bodyLineOffset: match[0].split('\n').length - 1,
    questions: questions.data,
  };
}
