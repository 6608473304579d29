import type { YAMLError } from 'yaml';
import type { ContentProblem } from './content-problem';
import type { SourceMap } from './source-map';

type Explained = { message: string; fix?: string };

/** What to do about a tab in the indentation (an editor can show tabs and turn them into spaces). */
const TAB_FIX = 'replace the tab at the start of this line with spaces (2 per level); many editors can show tabs and convert them';

/** The first non-blank character of a 1-based line, so an indentation problem points at the text, not column 1. */
function indentColumn(lines: readonly string[], line: number): number {
  const text = lines[line - 1] ?? '';
  return text.length - text.trimStart().length + 1;
}

/** The line of the first `key:` above `line` at the same indentation, for a key given twice. */
function firstDefinition(lines: readonly string[], line: number): number | undefined {
  const text = lines[line - 1] ?? '';
  const match = /^(\s*)(?:-\s+)?([^\s:#][^:#]*?):(?:\s|$)/.exec(text);
  if (!match) return undefined;
  const indent = (match[1] ?? '').length;
  const key = match[2] ?? '';
  for (let at = line - 1; at >= 1; at--) {
    const other = lines[at - 1] ?? '';
    const otherIndent = other.length - other.trimStart().length;
    if (other.trim() === '' || other.trimStart().startsWith('#')) continue;
    const dash = /^(\s*)-\s+/.exec(other);
    const keyIndent = dash ? (dash[0] ?? '').length : otherIndent;
    if (keyIndent === indent && other.slice(keyIndent).startsWith(`${key}:`)) return at;
    if (otherIndent < indent && !dash) return undefined;
  }
  return undefined;
}

/** A YAML parser error in words a mentor who is not a developer understands, with what to do. */
function explain(error: YAMLError, lines: readonly string[], line: number): Explained {
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { message: 'this line is indented with a tab; YAML indents with spaces only', fix: TAB_FIX };
    case 'BAD_INDENT':
      if (/Flow sequence|Flow mapping/.test(error.message)) return { message: 'a list or block in [ ] or { } is not closed before the next line', fix: 'close it with ] or } on the same line' };
      return {
        message: 'this line is indented differently from the lines around it, so YAML cannot tell which block it belongs to',
        fix: 'line it up with the other fields of the same item (same number of spaces); if it starts a new list item, begin it with "- "',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: 'YAML read this as a field inside a one-line value: either a line is indented too far, or a value contains ": "',
        fix: 'indent the line like its neighbours, or put a value that contains ": " in quotes',
      };
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) return { message: 'a quoted text is not closed', fix: 'add the closing quote (" or \') at the end of the text' };
      if (/map values/.test(error.message)) {
        return { message: 'a line has no "name: value" form: a field without ":" or a list item without "- "', fix: 'write it as "name: value", or start a list item with "- "' };
      }
      return { message: `a character is missing (${error.message.split(' at line')[0]})` };
    case 'DUPLICATE_KEY': {
      const first = firstDefinition(lines, line);
      return {
        message: `the same field appears twice in one block${first === undefined ? '' : ` (first at line ${first})`}`,
        fix: 'if this starts a new list item, put "- " in front of its first field; otherwise remove one of the two',
      };
    }
    case 'BAD_SCALAR_START':
      return { message: 'a value starts with a character YAML reserves (@, `, %, |, > or *)', fix: 'put the value in quotes' };
    case 'BAD_DIRECTIVE':
    case 'MULTIPLE_DOCS':
      return { message: 'the file holds more than one YAML document (a line with --- or ... in it)', fix: 'remove the --- or ... line' };
    default:
      return { message: `YAML cannot read this line: ${error.message.split(' at line')[0]}` };
  }
}

/**
 * The 1-based line of the tab-indented line that most likely caused an error at `line`: the nearest one at
 * or above it, else the first in the file. Undefined when no line is indented with a tab. A tab in the
 * indentation is never valid YAML, but the parser often reports it as a misplaced line instead.
 */
function tabIndentedLine(lines: readonly string[], line: number): number | undefined {
  const tabbed = (text: string) => /^[ ]*\t/.test(text) && text.trim() !== '';
  for (let at = Math.min(line, lines.length); at >= 1; at--) if (tabbed(lines[at - 1] ?? '')) return at;
  const first = lines.findIndex(tabbed);
  return first === -1 ? undefined : first + 1;
}

/**
 * The first YAML error of a parsed file, explained, with its line and column. Only the first: after a
 * mistake the parser misreads the lines that follow, so later errors are echoes of it. A file that fails
 * to parse and has a line indented with a tab is reported at that line as a tab, whatever the parser said.
 */
export function yamlProblems(map: SourceMap, text: string, file: string): ContentProblem[] {
  const error = map.document.errors[0];
  if (!error) return [];
  const lines = text.split(/\r?\n/);
  const at = map.position(error.pos[0]);
  const localLine = at.line - (map.position(0).line - 1);
  const tabLine = error.code === 'TAB_AS_INDENT' ? undefined : tabIndentedLine(lines, localLine);
  if (tabLine !== undefined) {
    return [{ file, line: tabLine + (map.position(0).line - 1), column: 1, path: '', severity: 'error', code: 'yaml', message: 'this line is indented with a tab; YAML indents with spaces only', fix: TAB_FIX }];
  }
  const { message, fix } = explain(error, lines, localLine);
  const column = error.code === 'TAB_AS_INDENT' ? 1 : error.code === 'BAD_INDENT' ? indentColumn(lines, localLine) : at.column;
  const later = map.document.errors.length > 1 ? ' (the rest of the file is checked once this is fixed)' : '';
  return [{ file, line: at.line, column, path: '', severity: 'error', code: 'yaml', message: `${message}${later}`, ...(fix ? { fix } : {}) }];
}
