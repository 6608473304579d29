import { scoreClarify } from '../../lib/clarify/score-clarify';
import { clarifyTranscriptSchema } from '../../lib/clarify/transcript-schema';
import { formatStepResult } from './format-result';
import type { GradeCommand } from './grade-command';
import { inputFile } from './grade-command';
import { readValidatedJson, requireCase } from './read-input';

/** `grade clarify --case <slug> transcript.json [--json]`: scores a whole clarify step. */
export const clarifyCommand: GradeCommand = {
  summary: 'Score a clarify transcript { "questions": [...], "entities": [...] } against the case.',
  usage: 'clarify --case <slug> transcript.json [--json]',
  run: (args) => {
    const content = requireCase(args.caseSlug);
    const answer = readValidatedJson(inputFile(args), 'transcript', clarifyTranscriptSchema);
    const result = scoreClarify(answer, content.rubric);
    return { json: result, human: formatStepResult(`Clarify, ${content.frontmatter.title}`, result) };
  },
};
