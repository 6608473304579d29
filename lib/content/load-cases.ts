import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './content-error';
import { parseCaseFiles } from './parse-case-files';
import type { CaseContent, RawCaseFiles } from './parse-case-files';

export const CASES_DIR = path.join('content', 'cases');

// Content is read at build time for static pages. The turbopackIgnore hints keep the server
// bundle's file tracing from pulling in the whole repository because of these dynamic paths.
const exists = (file: string) => existsSync(/*turbopackIgnore: true*/ file);
const readText = (file: string) => readFileSync(/*turbopackIgnore: true*/ file, 'utf8');

/** Reads `content/cases/<slug>/` from disk. Node only: used by the server, the build and the CLIs. */
export function readCaseFiles(slug: string, root = process.cwd()): RawCaseFiles {
  const dir = path.join(CASES_DIR, slug);
  const mdxPath = path.join(dir, 'case.mdx');
  const rubricCandidates = ['rubric.yaml', 'rubric.yml', 'rubric.json'].map((name) => path.join(dir, name));
  const present = rubricCandidates.filter((candidate) => exists(path.resolve(root, candidate)));
  if (!exists(path.resolve(root, mdxPath))) throw new ContentError(mdxPath, 'file is missing: every case needs a case.mdx');
  const rubricPath = present[0];
  if (!rubricPath) throw new ContentError(path.join(dir, 'rubric.yaml'), 'file is missing: every case needs a rubric.yaml (or rubric.json)');
  if (present.length > 1) throw new ContentError(rubricPath, `more than one rubric file (${present.map((p) => path.basename(p)).join(', ')}): keep one`);
  return {
    slug,
    mdxPath,
    mdxSource: readText(path.resolve(root, mdxPath)),
    rubricPath,
    rubricSource: readText(path.resolve(root, rubricPath)),
  };
}

export function listCaseSlugs(root = process.cwd()): string[] {
  const dir = path.resolve(root, CASES_DIR);
  if (!exists(dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
}

/** Cases kept parsed (every shipped case, with room for the tests' own). */
const MAX_PARSED = 32;
const parsed = new Map<string, CaseContent>();

/**
 * Reads and validates `content/cases/<slug>/` (see parseCaseFiles). Validation is pure and runs once per content:
 * the files are read on every call and a case whose files are unchanged is a copy of the one parsed before, so
 * callers may change what they get without touching anyone else's. Throws ContentError as parseCaseFiles does.
 */
export function loadCase(slug: string, root = process.cwd()): CaseContent {
  const files = readCaseFiles(slug, root);
  const key = [files.slug, files.mdxPath, files.rubricPath, files.mdxSource, files.rubricSource].join('\u0000');
  const known = parsed.get(key);
  if (known) return structuredClone(known);
  const content = parseCaseFiles(files);
  if (parsed.size >= MAX_PARSED) parsed.delete(parsed.keys().next().value as string);
  parsed.set(key, structuredClone(content));
  return content;
}

export function loadAllCases(root = process.cwd()): CaseContent[] {
  return listCaseSlugs(root).map((slug) => loadCase(slug, root));
}
