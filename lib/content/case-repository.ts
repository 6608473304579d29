import { compileMdx } from './compile-mdx';
import { listCaseSlugs, loadCase } from './load-cases';
import type { CaseContent } from './parse-case-files';

// In production content is fixed at build time, so read it once; in development re-read on every
// request so a mentor's edit shows on the next reload.
const memoise = process.env.NODE_ENV === 'production';
const caseCache = new Map<string, CaseContent>();
const mdxCache = new Map<string, Promise<string>>();

export function getCaseSlugs(): string[] {
  return listCaseSlugs();
}

export function getCase(slug: string): CaseContent | undefined {
  if (!getCaseSlugs().includes(slug)) return undefined;
  const cached = memoise ? caseCache.get(slug) : undefined;
  if (cached) return cached;
  const content = loadCase(slug);
  if (memoise) caseCache.set(slug, content);
  return content;
}

export function getAllCases(): CaseContent[] {
  return getCaseSlugs().flatMap((slug) => {
    const content = getCase(slug);
    return content ? [content] : [];
  });
}

export function getCompiledBrief(content: CaseContent): Promise<string> {
  const cached = memoise ? mdxCache.get(content.slug) : undefined;
  if (cached) return cached;
  const compiled = compileMdx(content.body, `content/cases/${content.slug}/case.mdx`, content.bodyLineOffset);
  if (memoise) mdxCache.set(content.slug, compiled);
  return compiled;
}
