import { gradeEstimate } from '../../lib/estimate/grade-estimate';
import { worksheetSchema } from '../../lib/estimate/worksheet-schema';
import { formatStepResult } from './format-result';
import type { GradeCommand } from './grade-command';
import { inputFile } from './grade-command';
import { readValidatedJson, requireCase } from './read-input';

/** `grade estimate --case <slug> worksheet.json [--json]`, worksheet `{ "rows": [{ "name", "expr" }], "notes"? }`. */
export const estimateCommand: GradeCommand = {
  summary: 'Grade an estimate worksheet { "rows": [{ "name", "expr" }] } against the case quantities.',
  usage: 'estimate --case <slug> worksheet.json [--json]',
  run: (args) => {
    const content = requireCase(args.caseSlug);
    const answer = readValidatedJson(inputFile(args), 'worksheet', worksheetSchema);
    const graded = gradeEstimate(answer, content.rubric);
    // `row` and `read` extend the public shape: which row answered (named by id or in the learner's own
    // words) and how its expression was read.
    const quantities = graded.quantities.map(({ id, value, unit, expected, verdict, row, read }) => ({ id, value, unit, expected, verdict, ...(row === undefined ? {} : { row }), ...(read === undefined ? {} : { read }) }));
    const table = graded.quantities.map((quantity) => {
      const answer = quantity.value === null ? '—' : `${quantity.value} ${quantity.unit}`;
      const from = quantity.row !== undefined && quantity.row.toLowerCase() !== quantity.id ? ` from row ${quantity.row}` : '';
      const read = quantity.read !== undefined ? `, read as ${quantity.read}` : '';
      return `  ${quantity.id}: ${answer} (reference ${quantity.expected ?? '—'} ${quantity.unit}) ${quantity.verdict}${from}${read}`;
    });
    const human = [formatStepResult(`Estimate, ${content.frontmatter.title}`, graded), '', 'Quantities:', ...table].join('\n');
    return { json: { score: graded.score, quantities, findings: graded.findings }, human };
  },
};
