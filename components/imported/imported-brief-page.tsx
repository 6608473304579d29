'use client';

import { CaseBriefLayout } from '@/components/case/case-brief-layout';
import { SafeMdxContent } from '@/components/mdx/safe-mdx-content';
import { useImportedCaseLoader } from './imported-case-context';
import { ImportedCaseStatus } from './imported-case-status';

/** The brief of a case imported in this browser: the shipped brief's layout, with the pack's compiled Markdown. */
export function ImportedBriefPage({ slug }: { slug: string }) {
  const state = useImportedCaseLoader(slug);
  if (state.phase !== 'ready') return <ImportedCaseStatus state={state} />;
  return <CaseBriefLayout slug={slug} content={state.checked.content} brief={<SafeMdxContent tree={state.packed.compiled.brief} />} imported />;
}
