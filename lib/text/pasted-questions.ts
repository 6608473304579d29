/** A markdown table's separator row ("|---|:--:|"). */
const SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;
/** A list marker at the start of a line ("- ", "* ", "3. ", "2) "). */
const MARKER = /^(?:[-*\u2022]|\d{1,2}[.)])\s+/;

const isRow = (line: string) => line.startsWith('|') || (line.match(/\|/g) ?? []).length >= 2;
const cellsOf = (row: string) => row.replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim()).filter((cell) => cell !== '');

/**
 * One entry that holds several questions pasted together, split into the questions as the learner laid
 * them out: the rows of a markdown table ("| volume | How many events a day? | sizes ingestion |": the
 * cells that ask, or the whole row when none does; header and separator rows dropped), or a list with one
 * question per line (bullets, numbers or plain lines, at least two of them ending in "?"). Anything else
 * is one question, returned as it is. Pure; never throws; a non-string gives [].
 */
export function splitPastedQuestions(entry: string): string[] {
  if (typeof entry !== 'string') return [];
  const lines = entry.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length < 2) return [entry];
  const rows = lines.filter(isRow);
  if (rows.length >= 2 && rows.length >= lines.length - 1 && rows.some((row) => SEPARATOR.test(row))) {
    const headed = rows.length > 1 && SEPARATOR.test(rows[1]!);
    const body = rows.filter((row, at) => !SEPARATOR.test(row) && !(headed && at === 0));
    const asked = body.map((row) => {
      const cells = cellsOf(row);
      const asking = cells.filter((cell) => cell.includes('?'));
      return (asking.length > 0 ? asking : cells).join(' ');
    });
    return asked.filter((question) => question !== '').length > 0 ? asked.filter((question) => question !== '') : [entry];
  }
  const unmarked = lines.map((line) => line.replace(MARKER, ''));
  if (unmarked.filter((line) => line.endsWith('?')).length >= 2) return unmarked;
  return [entry];
}
