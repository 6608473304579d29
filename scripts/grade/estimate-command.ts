import { gradeEstimate } from '../../lib/estimate/grade-estimate';
import { worksheetSchema } from '../../lib/estimate/worksheet-schema';
import { formatStepResult } from './format-result';
import type { GradeCommand } from './grade-command';
import { inputFile } from './grade-command';
import { readValidatedJson, requireCase } from './read-input';

/** `grade estimate --case <slug> worksheet.json [--json]`, worksheet `{ "rows": [{ "name", "expr" }] }`. */
export const estimateCommand: GradeCommand = {
  summary: 'Grade an estimate worksheet { "rows": [{ "name", "expr" }] } against the case quantities.',
  usage: 'estimate --case <slug> worksheet.json [--json]',
  run: (args) => {
    const content = requireCase(args.caseSlug);
    const answer = readValidatedJson(inputFile(args), 'worksheet', worksheetSchema);
    const graded = gradeEstimate(answer, content.rubric);
    const quantities = graded.quantities.map(({ id, value, unit, expected, verdict }) => ({ id, value, unit, expected, verdict }));
    const table = graded.quantities.map(
      (quantity) => `  ${quantity.id}: ${quantity.value === null ? '—' : `${quantity.value} ${quantity.unit}`} (reference ${quantity.expected ?? '—'} ${quantity.unit}) ${quantity.verdict}`,
    );
    const human = [formatStepResult(`Estimate, ${content.frontmatter.title}`, graded), '', 'Quantities:', ...table].join('\n');
    return { json: { score: graded.score, quantities, findings: graded.findings }, human };
  },
};
