import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CaseReportLayout } from '@/components/case/case-report-layout';
import { ReferenceAnswer } from '@/components/report/reference-answer';
import { ImportedReport } from '@/components/imported/imported-pages';
import { isImportedHere } from '@/components/imported/is-imported-here';
import { getCase, getCaseSlugs } from '@/lib/content/case-repository';
import { hasReferenceFile, loadReferenceSnapshot } from '@/lib/content/reference-files';
import { getCompiledWriteUp } from '@/lib/content/write-up-cache';

type Params = { slug: string };

// Shipped cases are static; other slugs are cases imported in this browser (see the layout).
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return getCaseSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const content = getCase((await params).slug);
  return content ? { title: `Report · ${content.frontmatter.title}` } : {};
}

export default async function ReportPage({ params }: { params: Promise<Params> }) {
  const { slug } = await params;
  const content = getCase(slug);
  if (!content) {
    if (!(await isImportedHere(slug))) notFound();
    return <ImportedReport slug={slug} shippedSlugs={getCaseSlugs()} />;
  }
  const writeUpCode = hasReferenceFile(slug, 'writeUp') ? await getCompiledWriteUp(slug) : undefined;
  const referenceScene = hasReferenceFile(slug, 'scene') ? loadReferenceSnapshot(slug) : undefined;
  const reference = <ReferenceAnswer writeUpCode={writeUpCode} dataModel={content.rubric.dataModel} scene={referenceScene} />;
  return <CaseReportLayout slug={slug} content={content} reference={reference} shippedSlugs={getCaseSlugs()} />;
}
