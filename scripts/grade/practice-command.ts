import { z } from 'zod';
import { CliInputError } from '../../lib/cli/cli-error';
import { ContentError } from '../../lib/content/content-error';
import { loadAllLessons } from '../../lib/practice/load-lessons';
import type { Question } from '../../lib/practice/question-schema';
import { MAX_SHORT_ANSWER_CHARS, scoreQuestion } from '../../lib/practice/score-question';
import { formatStepResult } from './format-result';
import type { GradeCommand } from './grade-command';
import { inputFile } from './grade-command';
import { formatOpenProbes, openProbes, probeAnswersInputSchema } from './probe-input';
import { readInputFile, readJsonFile } from './read-input';

/**
 * `grade practice` JSON input: a short answer `{ "text", "probes"? }` (probes by key point id) or a choice
 * `{ "selected": ["<option id>", ...] }`. A file not ending in .json is the short answer's text.
 * Long text is cut by the engine (MAX_SHORT_ANSWER_CHARS), as in the app.
 */
export const practiceInputSchema = z.union([
  z.strictObject({ text: z.string().max(MAX_SHORT_ANSWER_CHARS * 10), probes: probeAnswersInputSchema.optional() }),
  z.strictObject({ selected: z.array(z.string().max(80)).max(32) }),
]);

type Found = { topic: string; question: Question };

/** The question with this id, as `<id>` or `<topic>/<id>`; an id two lessons share must name its topic. */
export function findQuestion(ref: string | undefined): Found {
  if (!ref) throw new CliInputError('missing --question <id> (or <topic>/<id>)');
  const [topicPart, idPart] = ref.includes('/') ? ref.split('/', 2) : [undefined, ref];
  let lessons;
  try {
    lessons = loadAllLessons();
  } catch (error) {
    if (error instanceof ContentError) throw new CliInputError(error.message);
    throw error;
  }
  const found = lessons
    .filter((lesson) => topicPart === undefined || lesson.topic === topicPart)
    .flatMap((lesson) => lesson.questions.filter((question) => question.id === idPart).map((question) => ({ topic: lesson.topic as string, question })));
  if (found.length === 0) {
    const where = topicPart === undefined ? 'any lesson' : `lesson "${topicPart}"`;
    throw new CliInputError(`no question "${idPart}" in ${where} (lessons: ${lessons.map((lesson) => lesson.topic).join(', ')})`);
  }
  if (found.length > 1) throw new CliInputError(`question "${idPart}" is in several lessons (${found.map((item) => item.topic).join(', ')}): pass --question <topic>/${idPart}`);
  return found[0] as Found;
}

function readAnswer(file: string | undefined): z.infer<typeof practiceInputSchema> {
  if (file !== undefined && file.toLowerCase().endsWith('.json')) {
    const parsed = practiceInputSchema.safeParse(readJsonFile(file, 'answer'));
    if (!parsed.success) throw new CliInputError(`${file}: expected { "text": "..." } or { "selected": ["<option id>"] }`);
    return parsed.data;
  }
  return { text: readInputFile(file, 'answer') };
}

/** `grade practice --question <id> answer.txt|answer.json [--json]`: one concept question, by the app's engine. */
export const practiceCommand: GradeCommand = {
  summary:
    'Score a practice answer: a text file (short answer) or { "text", "probes"? } / { "selected": [...] }; prints { question, topic, type, score, correct, findings, points?, probes }.',
  usage: 'practice --question <id>|<topic>/<id> answer.txt|answer.json [--json]',
  run: (args) => {
    const { topic, question } = findQuestion(args.question);
    const answer = readAnswer(inputFile(args));
    if ('selected' in answer && question.type !== 'choice') throw new CliInputError(`question "${question.id}" wants a written answer: pass a text file or { "text": "..." }`);
    if ('text' in answer && question.type === 'choice') throw new CliInputError(`question "${question.id}" is a choice: pass { "selected": ["<option id>"] } (options: ${question.options.map((option) => option.id).join(', ')})`);
    const probeAnswers = 'probes' in answer ? (answer.probes ?? {}) : {};
    const result = scoreQuestion(question, answer, probeAnswers);
    const probes = question.type === 'short' ? openProbes(result.points, (id) => question.keyPoints.find((point) => point.id === id)?.probe) : [];
    const json = { question: question.id, topic, type: question.type, ...result, probes };
    return { json, human: `${formatStepResult(`Practice, ${topic}/${question.id}${result.correct ? ' (correct)' : ''}`, result)}${formatOpenProbes(probes)}` };
  },
};
