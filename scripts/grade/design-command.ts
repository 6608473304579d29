import { designAnswerSchema } from '../../lib/design/design-answer-schema';
import { scoreDesign } from '../../lib/design/score-design';
import { CliInputError } from '../../lib/cli/cli-error';
import { designFieldsOverLimit, designFieldTooLong } from '../../lib/session/design-over-limit';
import { formatStepResult } from './format-result';
import type { GradeCommand } from './grade-command';
import { inputFile } from './grade-command';
import { readValidatedJson, requireCase } from './read-input';

/** `grade design --case <slug> design.json [--json]`: scores a high-level design (step 3). */
export const designCommand: GradeCommand = {
  summary: 'Score a design { "inputs", "useCase", "sla", "outputs", "processingStyle", "reason" } against the case.',
  usage: 'design --case <slug> design.json [--json]',
  run: (args) => {
    const content = requireCase(args.caseSlug);
    const answer = readValidatedJson(inputFile(args), 'design', designAnswerSchema);
    // The schema keeps an over-long field as a draft; grading it is refused, as the step page refuses it.
    const over = designFieldsOverLimit(answer)[0];
    if (over) throw new CliInputError(`${inputFile(args)}: ${designFieldTooLong(over)}`);
    const result = scoreDesign(answer, content.rubric);
    return { json: result, human: formatStepResult(`Design, ${content.frontmatter.title}`, result) };
  },
};
