import { parseDocument } from 'yaml';
import { caseFrontmatterSchema } from './case-frontmatter-schema';
import type { CaseFrontmatter } from './case-frontmatter-schema';
import { ContentError, describeFirstIssue } from './content-error';
import { rubricSchema } from './rubric-schema';
import type { Rubric } from './rubric-schema';

export const CASE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type CaseContent = {
  slug: string;
  frontmatter: CaseFrontmatter;
  /** The MDX body after the frontmatter, compiled separately on the server. */
  body: string;
  /** Lines before the body in case.mdx, to report MDX errors at the file's line numbers. */
  bodyLineOffset: number;
  rubric: Rubric;
};

export type RawCaseFiles = {
  slug: string;
  /** Paths as shown to the mentor, relative to the repository root. */
  mdxPath: string;
  mdxSource: string;
  rubricPath: string;
  rubricSource: string;
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function parseYaml(source: string, file: string): unknown {
  const document = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    const where = line ? `line ${line}: ` : '';
    throw new ContentError(file, `${where}${error.message.split('\n')[0] ?? 'invalid YAML'}`);
  }
  return document.toJS();
}

function parseRubricSource(source: string, file: string): unknown {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(source) as unknown;
    } catch (error) {
      throw new ContentError(file, `not valid JSON (${(error as Error).message})`);
    }
  }
  return parseYaml(source, file);
}

/** Validates one case's files. Pure: the caller reads the files, this decides what they mean. */
export function parseCaseFiles(files: RawCaseFiles): CaseContent {
  if (!CASE_SLUG_PATTERN.test(files.slug)) {
    throw new ContentError(files.mdxPath, `folder name "${files.slug}" must be kebab-case (it becomes the URL)`);
  }
  const match = FRONTMATTER.exec(files.mdxSource);
  if (!match) throw new ContentError(files.mdxPath, 'missing frontmatter: start the file with --- and the case fields');
  const frontmatter = caseFrontmatterSchema.safeParse(parseYaml(match[1] ?? '', files.mdxPath));
  if (!frontmatter.success) throw new ContentError(files.mdxPath, describeFirstIssue(frontmatter.error));

  const rubric = rubricSchema.safeParse(parseRubricSource(files.rubricSource, files.rubricPath));
  if (!rubric.success) throw new ContentError(files.rubricPath, describeFirstIssue(rubric.error));

  return {
    slug: files.slug,
    frontmatter: frontmatter.data,
    body: files.mdxSource.slice(match[0].length),
    bodyLineOffset: match[0].split('\n').length - 1,
    rubric: rubric.data,
  };
}
