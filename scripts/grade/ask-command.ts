import { matchQuestion } from '../../lib/clarify/match-question';
import { CliInputError } from '../../lib/cli/cli-error';
import type { GradeCommand } from './grade-command';
import { readInputFile, requireCase } from './read-input';

/** Questions answered per call: as many as a clarify transcript holds; a bigger file is refused, not ground through. */
export const MAX_QUESTIONS_PER_CALL = 200;
/** A question longer than a clarify transcript allows (transcript-schema.ts) is refused with a line. */
export const MAX_QUESTION_CHARS = 10_000;

const COMMAND_LINE = 'the command line';

/** Refuses more questions, or longer ones, than one call answers, saying how to pass them instead. */
function checkQuestions(questions: readonly string[], source: string): void {
  if (questions.length > MAX_QUESTIONS_PER_CALL) {
    throw new CliInputError(`${source} holds ${questions.length.toLocaleString('en')} questions; grade ask answers up to ${MAX_QUESTIONS_PER_CALL} per call (split it into parts of ${MAX_QUESTIONS_PER_CALL})`);
  }
  const long = questions.findIndex((question) => question.length > MAX_QUESTION_CHARS);
  if (long >= 0) {
    throw new CliInputError(`${source}: question ${long + 1} is ${questions[long]?.length.toLocaleString('en')} characters; questions up to ${MAX_QUESTION_CHARS.toLocaleString('en')} characters are read${source === COMMAND_LINE ? ' (pass long input with --file <path>, or --file - and stdin)' : ''}`);
  }
}

/**
 * `grade ask --case <slug> "question" [--json]`, or `--file questions.txt` (one question per line),
 * or `--file -` for standard input (long input does not fit on a command line).
 */
export const askCommand: GradeCommand = {
  summary:
    'Answer clarifying questions as the interviewer would: { question, topic, factId, confidence, answer, form, formCue?, second?, more? } each.',
  usage: `ask --case <slug> "question" | --file questions.txt | --file - (stdin) [--json]  (up to ${MAX_QUESTIONS_PER_CALL} questions per call)`,
  run: (args) => {
    const content = requireCase(args.caseSlug);
    const questions = args.fileOption
      ? readInputFile(args.fileOption, 'questions')
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== '')
      : args.positionals;
    if (questions.length === 0) throw new CliInputError('no question: pass one in quotes or --file questions.txt');
    checkQuestions(questions, args.fileOption === '-' ? 'stdin' : (args.fileOption ?? COMMAND_LINE));
    const matches = questions.map((question) => matchQuestion(question, content.rubric));
    // form: question | leading | fragment | statement | small-talk | empty; second: the other half of a compound question; more: further topics of a bundled one.
    const json = matches.map(({ question, topic, factId, confidence, answer, form, formCue, second, more }) => ({
      question,
      topic,
      factId,
      confidence,
      answer,
      form,
      ...(formCue === undefined ? {} : { formCue }),
      ...(second === undefined ? {} : { second }),
      ...(more === undefined ? {} : { more }),
    }));
    const human = matches
      .map((match) => {
        const head = `Q: ${match.question}\n   [${match.topic ?? 'no match'}, confidence ${match.confidence}, ${match.form}]\nA: ${match.answer}`;
        const further = [match.second, ...(match.more ?? [])].flatMap((part) => (part ? [`   [${part.topic}, confidence ${part.confidence}, ${part.form}]\nA: ${part.answer}`] : []));
        return [head, ...further].join('\n');
      })
      .join('\n\n');
    return { json, human };
  },
};
