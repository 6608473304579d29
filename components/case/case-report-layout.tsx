import Link from 'next/link';
import type { ReactNode } from 'react';
import { AfterFeedback } from '@/components/interview/after-feedback';
import { CurveballNotice } from '@/components/interview/curveball-notice';
import { InterviewPanel } from '@/components/interview/interview-panel';
import { SessionReport } from '@/components/report/session-report';
import { SaveStatus } from '@/components/session/save-status';
import { SessionNotices } from '@/components/session/session-notices';
import { Stepper } from '@/components/step/stepper';
import { ScrollToTop } from '@/components/layout/scroll-to-top';
import type { CaseContent } from '@/lib/content/parse-case-files';

/**
 * A case's report page, shipped or imported alike: the steps and the interviewer in the sidebar, the
 * learner's report, then (after the feedback) `reference`, the reference answer built from the
 * shipped files or from the pack. `shippedSlugs` are the cases the app ships; a session file of one of
 * them, or of a case imported in this browser, can be imported from this page.
 */
export function CaseReportLayout({ slug, content, reference, shippedSlugs }: { slug: string; content: CaseContent; reference: ReactNode; shippedSlugs: readonly string[] }) {
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
        <SessionReport rubric={content.rubric} caseSlug={slug} caseTitle={content.frontmatter.title} knownCaseSlugs={shippedSlugs} />
        <AfterFeedback>{reference}</AfterFeedback>
      </div>
    </div>
  );
}
