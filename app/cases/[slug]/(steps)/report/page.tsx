import type { Metadata } from 'next';
import Link from 'next/link';
import { ScrollToTop } from '@/components/layout/scroll-to-top';
import { notFound } from 'next/navigation';
import { SessionReport } from '@/components/report/session-report';
import { AfterFeedback } from '@/components/interview/after-feedback';
import { CurveballNotice } from '@/components/interview/curveball-notice';
import { InterviewPanel } from '@/components/interview/interview-panel';
import { SaveStatus } from '@/components/session/save-status';
import { SessionNotices } from '@/components/session/session-notices';
import { Stepper } from '@/components/step/stepper';
import { ReferenceAnswer } from '@/components/report/reference-answer';
import { ImportedReport } from '@/components/imported/imported-pages';
import { isImportedHere } from '@/components/imported/is-imported-here';
import { getCase, getCaseSlugs } from '@/lib/content/case-repository';
import { compileWriteUp, hasReferenceFile, loadReferenceSnapshot } from '@/lib/content/reference-files';

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
    return <ImportedReport slug={slug} />;
  }
  const writeUpCode = hasReferenceFile(slug, 'writeUp') ? await compileWriteUp(slug) : undefined;
  const referenceScene = hasReferenceFile(slug, 'scene') ? loadReferenceSnapshot(slug) : undefined;
  return (
    <div className="step-layout">
      <ScrollToTop />
      <aside className="step-sidebar">
        <p className="breadcrumb">
          <Link href={`/cases/${slug}`}>{content.frontmatter.title}</Link>
        </p>
        <Stepper caseSlug={slug} />
        <InterviewPanel caseSlug={slug} curveball={content.rubric.curveball} />
        <SaveStatus />
      </aside>
      <div className="step-main">
        <SessionNotices />
        <CurveballNotice curveball={content.rubric.curveball} />
        <p className="step-kicker">Your interview</p>
        <h1>Report</h1>
        <SessionReport rubric={content.rubric} caseSlug={slug} caseTitle={content.frontmatter.title} knownCaseSlugs={getCaseSlugs()} />
        <AfterFeedback>
          <ReferenceAnswer writeUpCode={writeUpCode} dataModel={content.rubric.dataModel} scene={referenceScene} />
        </AfterFeedback>
      </div>
    </div>
  );
}
