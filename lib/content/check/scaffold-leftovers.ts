import type { ContentProblem } from './content-problem';

/** The marker content:new puts in every placeholder it writes. */
const LEFTOVER = /\bTODO\b/g;

/** A warning for each line that still carries scaffold text (`TODO`), so a case never ships a placeholder. */
export function scaffoldLeftovers(text: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    LEFTOVER.lastIndex = 0;
    const match = LEFTOVER.exec(line);
    if (match) problems.push({ file, line: index + 1, column: match.index + 1, path: '', severity: 'warning', code: 'scaffold', message: 'leftover scaffold text (TODO)', fix: 'replace the placeholder with the case\'s own text' });
  });
  return problems;
}
