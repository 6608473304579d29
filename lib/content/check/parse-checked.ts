import type { z } from 'zod';
import type { ContentProblem } from './content-problem';
import { schemaProblems } from './schema-problems';
import { parseWithPositions } from './source-map';
import type { SourceMap } from './source-map';
import { yamlProblems } from './yaml-problems';

export type Checked<T> = { data?: T; map?: SourceMap; problems: ContentProblem[] };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parses YAML or JSON text and checks it against `schema`: every problem at its line, the data when valid. */
export function parseChecked<S extends z.ZodType>(text: string, schema: S, file: string, lineOffset = 0): Checked<z.output<S>> {
  const map = parseWithPositions(text, lineOffset);
  const syntax = yamlProblems(map, text, file);
  if (syntax.length > 0) return { map, problems: syntax };
  const parsed = schema.safeParse(map.data);
  if (parsed.success) return { data: parsed.data, map, problems: [] };
  return { map, problems: schemaProblems(parsed.error, schema, map, map.data, file) };
}

/** An MDX file's frontmatter checked against `schema`, plus its body and the lines before the body. */
export function parseFrontmatter<S extends z.ZodType>(source: string, schema: S, file: string, expected: string): Checked<z.output<S>> & { body?: string; bodyLineOffset: number } {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return { bodyLineOffset: 0, problems: [{ file, line: 1, column: 1, path: '', severity: 'error', code: 'frontmatter', message: 'missing frontmatter', fix: `start the file with a line ---, then ${expected}, then a line ---` }] };
  }
  const checked = parseChecked(match[1] ?? '', schema, file, 1);
  return { ...checked, body: source.slice(match[0].length), bodyLineOffset: match[0].split('\n').length - 1 };
}
