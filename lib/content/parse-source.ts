import { parseDocument } from 'yaml';
import { ContentError } from './content-error';

/** YAML with duplicate keys refused; errors name the file and the line. */
export function parseYaml(source: string, file: string): unknown {
  const document = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    throw new ContentError(file, `${line ? `line ${line}: ` : ''}${error.message.split('\n')[0] ?? 'invalid YAML'}`);
  }
  return document.toJS();
}

export function parseJson(source: string, file: string): unknown {
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    throw new ContentError(file, `not valid JSON (${(error as Error).message})`);
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export type MdxSource = {
  /** The frontmatter as plain data, still to be checked against its schema. */
  frontmatter: unknown;
  body: string;
  /** Lines before the body, to report MDX errors at the file's line numbers. */
  bodyLineOffset: number;
};

/** Splits an MDX file into its YAML frontmatter and body; `expected` says what the frontmatter holds. */
export function splitFrontmatter(source: string, file: string, expected: string): MdxSource {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new ContentError(file, `missing frontmatter: start the file with --- and ${expected}`);
  return { frontmatter: parseYaml(match[1] ?? '', file), body: source.slice(match[0].length), bodyLineOffset: match[0].split('\n').length - 1 };
}
