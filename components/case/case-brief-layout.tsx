import Link from 'next/link';
import type { ReactNode } from 'react';
import { StartOptions } from '@/components/interview/start-options';
import type { CaseContent } from '@/lib/content/parse-case-files';
import { STEPS } from '@/lib/steps/steps';
import { lowerFirst } from '@/lib/util/wording';

/**
 * A case's brief page, shipped or imported alike: breadcrumb, title, what the case is, how to start,
 * the brief (`brief`: compiled MDX for a shipped case, the pack's inert tree for an imported one) and
 * the five steps. `imported` marks a case that lives only in this browser.
 */
export function CaseBriefLayout({ slug, content, brief, imported = false }: { slug: string; content: CaseContent; brief: ReactNode; imported?: boolean }) {
  const { title, domain, difficulty, durationMinutes } = content.frontmatter;
  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link href="/">Case studies</Link> / {title}
      </p>
      <h1>{title}</h1>
      <p className="case-meta">
        {domain} · <span className="capitalize">{difficulty}</span> · about {durationMinutes} minutes
        {imported ? (
          <>
            {' '}
            · <span className="chat-topic">imported</span>
          </>
        ) : null}
      </p>
      <StartOptions caseSlug={slug} durationMinutes={durationMinutes} hasCurveball={content.rubric.curveball !== undefined} />
      {brief}
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
