import { readScene } from '../../canvas/read-scene';
import { drawLayout } from '../../canvas/draw-layout';
import { scoreDiagram } from '../../diagram/score-diagram';
import { gradeEstimate } from '../../estimate/grade-estimate';
import { evaluateWorksheetDetailed } from '../../estimate/evaluate-worksheet';
import type { Worksheet } from '../../estimate/worksheet-schema';
import type { ReferenceLayout } from '../reference-layout-schema';
import type { Rubric } from '../rubric-schema';
import { weakLayout } from '../weak-layout';
import type { ContentProblem } from './content-problem';
import { didYouMean } from './did-you-mean';
import type { SourceMap } from './source-map';

/** The lowest score a case's reference diagram may get on its own rubric. */
export const REFERENCE_DIAGRAM_MIN_SCORE = 95;
/** A weak diagram built from the reference (half the boxes, one arrow, dashboards on the OLTP database) must score below this. */
export const WEAK_DIAGRAM_MAX_SCORE = 50;

type Finding = { severity: string; message: string };

/** The first findings that cost points, for a message: `missing: ...; wrong: ...`. */
function lost(findings: readonly Finding[], limit = 3): string {
  const bad = findings.filter((finding) => finding.severity === 'missing' || finding.severity === 'wrong');
  // A message that already says what it is ("Missing: ...") is shown as written, not as "missing: Missing: ...".
  const shown = bad.slice(0, limit).map((finding) => (new RegExp(`^${finding.severity}\\b`, 'i').test(finding.message) ? finding.message : `${finding.severity}: ${finding.message}`));
  return `${shown.join('; ')}${bad.length > limit ? `; and ${bad.length - limit} more` : ''}`;
}

/**
 * Each row of the reference worksheet evaluates with the case's fact values (`values`, name ->
 * expression), so a misspelt value name is named at its row with the closest known name. Needs only
 * the values, so it runs even when the rest of the rubric does not validate.
 */
export function worksheetRowProblems(worksheet: Worksheet, values: Readonly<Record<string, string>>, map: SourceMap | undefined, file: string): ContentProblem[] {
  const rows = evaluateWorksheetDetailed(worksheet.rows, values);
  const known = [...Object.keys(values), ...worksheet.rows.map((row) => row.name)];
  return rows.flatMap((row, index): ContentProblem[] => {
    // A case value that does not evaluate is reported at its line in rubric.yaml, not at every row using it.
    if (row.error === undefined || row.error.startsWith("the case's value")) return [];
    const unknown = /unknown name "([^"]+)"/.exec(row.error)?.[1];
    const at = map?.locate(['rows', index, 'expr']);
    return [
      {
        file,
        ...(at ? { line: at.line, column: at.column } : {}),
        path: `rows[${index}].expr`,
        severity: 'error',
        code: 'reference-estimate',
        message: `row "${row.name}": ${row.error}${unknown ? didYouMean(unknown, known) : ''}`,
        ...(unknown ? { fix: 'use the name of a fact value (rubric.yaml, values) or of an earlier row' } : {}),
      },
    ];
  });
}

export type ReferenceInputs = {
  rubric: Rubric;
  /** The generated reference.excalidraw, parsed; absent when it is missing or broken. */
  scene?: unknown;
  layout?: ReferenceLayout;
  worksheet?: Worksheet;
  files: { scene: string; layout: string; estimate: string };
};

/**
 * The case's own answers graded by its own rubric, as a learner's would be: the reference diagram
 * scores at least 95, an empty one 0, a weak one below 50; the reference worksheet gets 100 and an empty
 * one 0. Pure.
 */
export function referenceGradeProblems(inputs: ReferenceInputs): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { rubric, files } = inputs;
  const error = (file: string, code: string, message: string, fix?: string, at?: { line: number; column: number }, path = '') =>
    problems.push({ file, ...(at ? { line: at.line, column: at.column } : {}), path, severity: 'error', code, message, ...(fix ? { fix } : {}) });

  if (inputs.scene !== undefined) {
    const result = scoreDiagram(readScene(inputs.scene), rubric);
    if (result.score < REFERENCE_DIAGRAM_MIN_SCORE) {
      error(files.scene, 'reference-diagram', `the reference diagram scores ${result.score} on its own diagram rubric (at least ${REFERENCE_DIAGRAM_MIN_SCORE} needed): ${lost(result.findings)}`, `add what is missing to ${files.layout.split('/').pop()} and run content:draw, or fix the rubric's requiredKinds/flows`);
    }
  }
  const empty = scoreDiagram(readScene({ elements: [] }), rubric);
  if (empty.score !== 0) error(files.scene, 'empty-diagram', `an empty diagram scores ${empty.score} on this rubric, expected 0`, 'make sure every diagram point needs a component or an arrow');
  if (inputs.layout) {
    const weak = scoreDiagram(readScene({ elements: drawLayout(weakLayout(inputs.layout)) }), rubric);
    if (weak.score >= WEAK_DIAGRAM_MAX_SCORE) {
      error(files.layout, 'weak-diagram', `a weak diagram (half the reference boxes, one arrow, dashboards on the OLTP database) scores ${weak.score}, expected below ${WEAK_DIAGRAM_MAX_SCORE}: the rubric rewards too little of the design`, 'put more of the diagram points on flows (with through hops) and on what this case is really about');
    }
  }

  if (inputs.worksheet) {
    const grade = gradeEstimate(inputs.worksheet, rubric);
    if (grade.score !== 100) error(files.estimate, 'reference-estimate', `the reference worksheet scores ${grade.score} on its own rubric, expected 100: ${lost(grade.findings)}`, 'give each quantity a row named after its id, built from the facts in its builtFrom');
  }
  const emptyWorksheet = gradeEstimate({ rows: [] }, rubric);
  if (emptyWorksheet.score !== 0) error(files.estimate, 'empty-estimate', `an empty worksheet scores ${emptyWorksheet.score}, expected 0`);
  return problems;
}
