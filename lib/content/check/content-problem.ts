/**
 * One problem `content:check` found in a content file. `line` and `column` are 1-based positions in
 * the file as the mentor edits it (absent when the problem is about the whole file); `path` is the
 * data path inside it (`steps.estimate.quantities[2].unit`), empty for a whole-file problem.
 * Errors stop a case from shipping; warnings (leftover scaffold text, crossing arrows) do not.
 */
export type ContentProblem = {
  file: string;
  line?: number;
  column?: number;
  path: string;
  severity: 'error' | 'warning';
  /** A stable short name of the check, for the JSON output and tests (`schema`, `yaml`, `reference-diagram`...). */
  code: string;
  message: string;
  /** What to do about it, in one short sentence; absent when the message already says it. */
  fix?: string;
};

/** `file:line:column: path: message` (or `file: message` for a whole-file problem), then `  fix: ...` when there is one. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  const level = problem.severity === 'warning' ? 'warning: ' : '';
  const head = `${where}: ${level}${problem.path === '' ? '' : `${problem.path}: `}${problem.message}`;
  return problem.fix === undefined ? head : `${head}\n  fix: ${problem.fix}`;
}

/** formatProblem on one line, the fix in brackets: `file:line:column: path: message (fix: ...)`, for a list in the app. */
export function formatProblemInline(problem: ContentProblem): string {
  const head = formatProblem({ ...problem, fix: undefined });
  return problem.fix === undefined ? head : `${head} (fix: ${problem.fix})`;
}

/** Problems in file order, then by position, so a mentor reads them top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
