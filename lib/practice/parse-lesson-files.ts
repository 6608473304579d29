import { ContentError, describeFirstIssue } from '../content/content-error';
import { parseYaml, splitFrontmatter } from '../content/parse-source';
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

/** Validates one lesson's files. Pure: the caller reads the files, this decides what they mean. */
export function parseLessonFiles(files: RawLessonFiles): LessonContent {
  const topic = deepDiveTopicSchema.safeParse(files.topic);
  if (!topic.success) {
    throw new ContentError(files.lessonPath, `folder name "${files.topic}" is not a deep-dive topic: use one of ${DEEP_DIVE_TOPICS.join(', ')}`);
  }
  const mdx = splitFrontmatter(files.lessonSource, files.lessonPath, 'title, summary, order, minutes');
  const frontmatter = lessonFrontmatterSchema.safeParse(mdx.frontmatter);
  if (!frontmatter.success) throw new ContentError(files.lessonPath, describeFirstIssue(frontmatter.error));

  const questions = questionFileSchema.safeParse(parseYaml(files.questionsSource, files.questionsPath));
  if (!questions.success) throw new ContentError(files.questionsPath, describeFirstIssue(questions.error));

  return {
    topic: topic.data,
    frontmatter: frontmatter.data,
    body: mdx.body,
    bodyLineOffset: mdx.bodyLineOffset,
    questions: questions.data,
  };
}
