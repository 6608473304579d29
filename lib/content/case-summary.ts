import type { CaseContent } from './parse-case-files';

/** What the catalogue needs of a case; keeps the rubric out of the home page's payload. */
export type CaseSummary = {
  slug: string;
  title: string;
  summary: string;
  domain: string;
  difficulty: string;
  durationMinutes: number;
  tags: string[];
};

export function toCaseSummary(content: CaseContent): CaseSummary {
  const { title, summary, domain, difficulty, durationMinutes, tags } = content.frontmatter;
  return { slug: content.slug, title, summary, domain, difficulty, durationMinutes, tags };
}
