'use client';

import { CaseReportLayout } from '@/components/case/case-report-layout';
import { ReferenceAnswer } from '@/components/report/reference-answer';
import { useImportedCase } from './imported-case-context';

/**
 * The report of an imported case: the shipped report's layout, with the write-up from the pack's tree.
 * `shippedSlugs` come from the server, so a session of any case here can be imported from this page.
 */
export function ImportedReportPage({ slug, shippedSlugs }: { slug: string; shippedSlugs: readonly string[] }) {
  const state = useImportedCase();
  if (state.phase !== 'ready') return null;
  const { content, referenceScene } = state.checked;
  const reference = <ReferenceAnswer writeUpTree={state.packed.compiled.writeUp} dataModel={content.rubric.dataModel} scene={referenceScene} />;
  return <CaseReportLayout slug={slug} content={content} reference={reference} shippedSlugs={shippedSlugs} />;
}
