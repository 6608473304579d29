'use client';

import Link from 'next/link';
import { AfterFeedback } from '@/components/interview/after-feedback';
import { CurveballNotice } from '@/components/interview/curveball-notice';
import { InterviewPanel } from '@/components/interview/interview-panel';
import { ReferenceAnswer } from '@/components/report/reference-answer';
import { SessionReport } from '@/components/report/session-report';
import { SaveStatus } from '@/components/session/save-status';
import { SessionNotices } from '@/components/session/session-notices';
import { Stepper } from '@/components/step/stepper';
import { useImportedCase } from './imported-case-context';

/** The report of an imported case: the shipped report's parts, with the write-up from the pack's tree. */
export function ImportedReportPage({ slug }: { slug: string }) {
  const state = useImportedCase();
  if (state.phase !== 'ready') return null;
  const { content, referenceScene } = state.checked;
  return (
    <div className="step-layout">
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
        <SessionReport rubric={content.rubric} caseSlug={slug} caseTitle={content.frontmatter.title} knownCaseSlugs={[slug]} />
        <AfterFeedback>
          <ReferenceAnswer writeUpTree={state.packed.compiled.writeUp} dataModel={content.rubric.dataModel} scene={referenceScene} />
        </AfterFeedback>
      </div>
    </div>
  );
}
