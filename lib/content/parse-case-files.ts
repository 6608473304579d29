import { caseFrontmatterSchema } from './case-frontmatter-schema';
import type { CaseFrontmatter } from './case-frontmatter-schema';
import { ContentError, describeFirstIssue } from './content-error';
import { curveballTimingError } from './curveball-timing';
import { parseJson, parseYaml, splitFrontmatter } from './parse-source';
import { rubricSchema } from './rubric-schema';
import type { Rubric } from './rubric-schema';
import { CASE_SLUG_PATTERN } from './case-slug';

export { CASE_SLUG_PATTERN };

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

function parseRubricSource(source: string, file: string): unknown {
  return file.endsWith('.json') ? parseJson(source, file) : parseYaml(source, file);
}

/** Validates one case's files. Pure: the caller reads the files, this decides what they mean. */
export function parseCaseFiles(files: RawCaseFiles): CaseContent {
  if (!CASE_SLUG_PATTERN.test(files.slug)) {
    throw new ContentError(files.mdxPath, `folder name "${files.slug}" must be kebab-case (it becomes the URL)`);
  }
  const mdx = splitFrontmatter(files.mdxSource, files.mdxPath, 'the case fields');
  const frontmatter = caseFrontmatterSchema.safeParse(mdx.frontmatter);
  if (!frontmatter.success) throw new ContentError(files.mdxPath, describeFirstIssue(frontmatter.error));

  const rubric = rubricSchema.safeParse(parseRubricSource(files.rubricSource, files.rubricPath));
  if (!rubric.success) throw new ContentError(files.rubricPath, describeFirstIssue(rubric.error));
  // The mock's clock runs for the case's length: the curveball must leave the candidate time to respond.
  const curveball = rubric.data.curveball;
  const timing = curveball ? curveballTimingError(curveball.afterMinutes, frontmatter.data.durationMinutes) : undefined;
  if (timing) throw new ContentError(files.rubricPath, `curveball.afterMinutes: ${timing}`);

  return {
    slug: files.slug,
    frontmatter: frontmatter.data,
    body: mdx.body,
    bodyLineOffset: mdx.bodyLineOffset,
    rubric: rubric.data,
  };
}
