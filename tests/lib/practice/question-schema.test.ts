import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ContentError } from '../../../lib/content/content-error';
import { parseLessonFiles } from '../../../lib/practice/parse-lesson-files';
import type { RawLessonFiles } from '../../../lib/practice/parse-lesson-files';
import { questionFileSchema } from '../../../lib/practice/question-schema';
import { multiChoice, shortAnswer, singleChoice } from './fixtures';

const lessonSource = '---\ntitle: Kafka\nsummary: Topics, partitions and replication.\norder: 1\nminutes: 9\n---\n\n## Body\n';

function files(questions: unknown, overrides: Partial<RawLessonFiles> = {}): RawLessonFiles {
  return {
    topic: 'kafka',
    lessonPath: 'content/lessons/kafka/lesson.mdx',
    lessonSource,
    questionsPath: 'content/lessons/kafka/questions.yaml',
    questionsSource: stringify(questions),
    ...overrides,
  };
}

// Tests reach into arbitrary places of plain question data to break them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editable = Record<string, any>;

/** The valid fixtures as plain data, edited, then the content:check message for them. */
function messageFor(edit: (questions: Editable[]) => void, overrides: Partial<RawLessonFiles> = {}): string {
  const questions = structuredClone([singleChoice, multiChoice, shortAnswer]) as Editable[];
  edit(questions);
  try {
    parseLessonFiles(files(questions, overrides));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected the lesson to be refused');
}

describe('question file schema', () => {
  it('accepts choice and short questions and applies defaults', () => {
    const parsed = questionFileSchema.parse([
      { id: 'a', type: 'choice', prompt: 'P?', options: [{ id: 'x', text: 'X', correct: true }, { id: 'y', text: 'Y' }], explanation: 'E.' },
      { id: 'b', type: 'short', prompt: 'P?', keyPoints: [{ id: 'k', text: 'A restart resumes from the checkpoint.', keywords: ['checkpoint'] }], explanation: 'E.' },
    ]);
    const [choice, short] = parsed;
    expect(choice?.type === 'choice' && choice.multiple).toBe(false);
    expect(choice?.type === 'choice' && choice.options[1]?.correct).toBe(false);
    expect(short?.type === 'short' && short.misconceptions).toEqual([]);
  });

  it('parses a whole lesson: frontmatter, body and questions', () => {
    const lesson = parseLessonFiles(files([singleChoice, shortAnswer]));
    expect(lesson.topic).toBe('kafka');
    expect(lesson.frontmatter).toEqual({ title: 'Kafka', summary: 'Topics, partitions and replication.', order: 1, minutes: 9 });
    expect(lesson.body).toBe('\n## Body\n');
    expect(lesson.bodyLineOffset).toBe(6);
    expect(lesson.questions.map((question) => question.id)).toEqual(['zk', 'exactly-once']);
  });

  it('refuses a choice question with no correct option', () => {
    expect(messageFor((questions) => (questions[0]!.options[0].correct = false))).toBe(
      'content/lessons/kafka/questions.yaml: [0].options: no option is marked correct: set correct: true on at least one',
    );
  });

  it('refuses two correct options unless the question is multiple', () => {
    expect(messageFor((questions) => (questions[0]!.options[1].correct = true))).toBe(
      'content/lessons/kafka/questions.yaml: [0].options: 2 options are marked correct: set multiple: true or keep one',
    );
  });

  it('refuses duplicate question and option ids', () => {
    expect(messageFor((questions) => (questions[2]!.id = 'zk'))).toBe('content/lessons/kafka/questions.yaml: [2]: duplicate question id "zk"');
    expect(messageFor((questions) => (questions[1]!.options[3].id = 'pruning'))).toBe(
      'content/lessons/kafka/questions.yaml: [1].options[3]: duplicate option id "pruning"',
    );
  });

  it('refuses ids that are not kebab-case', () => {
    expect(messageFor((questions) => (questions[0]!.id = 'Zoo Keeper'))).toMatch(/^content\/lessons\/kafka\/questions\.yaml: \[0\]\.id: expected a kebab-case id/);
  });

  it('refuses an unknown question type', () => {
    expect(messageFor((questions) => (questions[1]!.type = 'essay'))).toMatch(/^content\/lessons\/kafka\/questions\.yaml: \[1\]\.type: /);
  });

  it('refuses unknown fields', () => {
    expect(messageFor((questions) => (questions[2]!.answer = 'x'))).toMatch(/^content\/lessons\/kafka\/questions\.yaml: \[2\]: Unrecognized key: "answer"/);
  });

  it('refuses a key point whose own text would not earn it', () => {
    expect(messageFor((questions) => (questions[2]!.keyPoints[1].keywords = ['offsets log']))).toBe(
      'content/lessons/kafka/questions.yaml: [2].keyPoints[1].text: reads as "missing", not "stated", so a learner who writes it would not get the point: adjust keywords/assert/parts/subject',
    );
  });

  it('refuses keywords that can never match or match any number', () => {
    expect(messageFor((questions) => questions[2]!.keyPoints[0].keywords.push('the'))).toBe(
      'content/lessons/kafka/questions.yaml: [2].keyPoints[0].keywords[3]: keyword "the" is a stop word and never matches on its own',
    );
    expect(messageFor((questions) => questions[2]!.keyPoints[0].keywords.push('73 TB'))).toBe(
      'content/lessons/kafka/questions.yaml: [2].keyPoints[0].keywords[3]: keyword "73 TB" contains a number, and every number matches every other: use words',
    );
    expect(messageFor((questions) => questions[2]!.keyPoints[0].keywords.push('!!'))).toBe(
      'content/lessons/kafka/questions.yaml: [2].keyPoints[0].keywords[3]: keyword "!!" has no words to match',
    );
  });

  it('refuses minKeyPoints above the number of key points', () => {
    expect(messageFor((questions) => (questions[2]!.minKeyPoints = 4))).toBe(
      'content/lessons/kafka/questions.yaml: [2].minKeyPoints: is 4 but there are only 3 key points',
    );
  });

  it('refuses an empty question file', () => {
    expect(() => parseLessonFiles(files([]))).toThrow(/^content\/lessons\/kafka\/questions\.yaml: Too small/);
  });

  it('reports YAML syntax errors with the line', () => {
    expect(() => parseLessonFiles(files([], { questionsSource: '- id: a\n  prompt: x: y\n' }))).toThrow(/^content\/lessons\/kafka\/questions\.yaml: line 2: /);
  });

  it('refuses a folder that is not a deep-dive topic', () => {
    expect(() => parseLessonFiles(files([singleChoice], { topic: 'flink', lessonPath: 'content/lessons/flink/lesson.mdx' }))).toThrow(
      'content/lessons/flink/lesson.mdx: folder name "flink" is not a deep-dive topic: use one of kafka, spark-streaming, databases, object-storage, airflow, modelling',
    );
  });

  it('refuses missing or invalid frontmatter', () => {
    expect(() => parseLessonFiles(files([singleChoice], { lessonSource: '# No frontmatter\n' }))).toThrow(
      'content/lessons/kafka/lesson.mdx: missing frontmatter: start the file with --- and title, summary, order, minutes',
    );
    expect(() => parseLessonFiles(files([singleChoice], { lessonSource: lessonSource.replace('minutes: 9', 'minutes: 0') }))).toThrow(
      /^content\/lessons\/kafka\/lesson\.mdx: minutes: Too small/,
    );
    expect(() => parseLessonFiles(files([singleChoice], { lessonSource: lessonSource.replace('order: 1', 'order: 1\nauthor: me') }))).toThrow(
      /^content\/lessons\/kafka\/lesson\.mdx: Unrecognized key: "author"/,
    );
  });
});
