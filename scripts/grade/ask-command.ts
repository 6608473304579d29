import { matchQuestion } from '../../lib/clarify/match-question';
import { CliInputError } from '../../lib/cli/cli-error';
import type { GradeCommand } from './grade-command';
import { readInputFile, requireCase } from './read-input';

/** `grade ask --case <slug> "question" [--json]` or `--file questions.txt` (one question per line). */
export const askCommand: GradeCommand = {
  summary:
    'Answer clarifying questions as the interviewer would: { question, topic, factId, confidence, answer, form, formCue?, second? } each.',
  usage: 'ask --case <slug> "question" | --file questions.txt [--json]',
  run: (args) => {
    const content = requireCase(args.caseSlug);
    const questions = args.fileOption
      ? readInputFile(args.fileOption, 'questions')
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== '')
      : args.positionals;
    if (questions.length === 0) throw new CliInputError('no question: pass one in quotes or --file questions.txt');
    const matches = questions.map((question) => matchQuestion(question, content.rubric));
    // form: question | leading | fragment | statement | small-talk | empty; second: the other half of a compound question.
    const json = matches.map(({ question, topic, factId, confidence, answer, form, formCue, second }) => ({
      question,
      topic,
      factId,
      confidence,
      answer,
      form,
      ...(formCue === undefined ? {} : { formCue }),
      ...(second === undefined ? {} : { second }),
    }));
    const human = matches
      .map((match) => {
        const head = `Q: ${match.question}\n   [${match.topic ?? 'no match'}, confidence ${match.confidence}, ${match.form}]\nA: ${match.answer}`;
        return match.second ? `${head}\n   [${match.second.topic}, confidence ${match.second.confidence}, ${match.second.form}]\nA: ${match.second.answer}` : head;
      })
      .join('\n\n');
    return { json, human };
  },
};
