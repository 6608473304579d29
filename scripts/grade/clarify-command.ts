import { scoreClarify } from '../../lib/clarify/score-clarify';
import { clarifyTranscriptSchema } from '../../lib/clarify/transcript-schema';
import { CliInputError } from '../../lib/cli/cli-error';
import { describeFirstIssue } from '../../lib/content/content-error';
import { formatStepResult } from './format-result';
import type { GradeCommand } from './grade-command';
import { inputFile } from './grade-command';
import { readJsonFile, requireCase } from './read-input';

/** `grade clarify --case <slug> transcript.json [--json]`: scores a whole clarify step. */
export const clarifyCommand: GradeCommand = {
  summary: 'Score a clarify transcript { "questions": [...], "entities": [...] } against the case.',
  usage: 'clarify --case <slug> transcript.json [--json]',
  run: (args) => {
    const content = requireCase(args.caseSlug);
    const file = inputFile(args);
    const parsed = clarifyTranscriptSchema.safeParse(readJsonFile(file, 'transcript'));
    if (!parsed.success) throw new CliInputError(`${file}: ${describeFirstIssue(parsed.error)}`);
    const result = scoreClarify(parsed.data, content.rubric);
    return { json: result, human: formatStepResult(`Clarify, ${content.frontmatter.title}`, result) };
  },
};
