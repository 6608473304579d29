'use client';

import Link from 'next/link';
import { StartOptions } from '@/components/interview/start-options';
import { SafeMdxContent } from '@/components/mdx/safe-mdx-content';
import { STEPS } from '@/lib/steps/steps';
import { useImportedCaseLoader } from './imported-case-context';
import { ImportedCaseStatus } from './imported-case-status';
import { lowerFirst } from '@/lib/util/wording';

/** The brief of a case imported in this browser: the shipped brief page, with the pack's compiled Markdown. */
export function ImportedBriefPage({ slug }: { slug: string }) {
  const state = useImportedCaseLoader(slug);
  if (state.phase !== 'ready') return <ImportedCaseStatus state={state} />;
  const { content } = state.checked;
  const { title, domain, difficulty, durationMinutes } = content.frontmatter;
  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link href="/">Case studies</Link> / {title}
      </p>
      <h1>{title}</h1>
      <p className="case-meta">
        {domain} · <span className="capitalize">{difficulty}</span> · about {durationMinutes} minutes · <span className="chat-topic">imported</span>
      </p>
      <StartOptions caseSlug={slug} durationMinutes={durationMinutes} hasCurveball={content.rubric.curveball !== undefined} />
      <SafeMdxContent tree={state.packed.compiled.brief} />
      <h2>The five steps</h2>
      <ol className="step-list">
        {STEPS.map((step) => (
          <li key={step.id}>
            <Link href={`/cases/${slug}/${step.id}`}>{step.title}</Link>: {lowerFirst(step.asksFor)}.
          </li>
        ))}
      </ol>
    </div>
  );
}
