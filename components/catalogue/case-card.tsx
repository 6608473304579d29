import Link from 'next/link';
import type { ReactNode } from 'react';
import type { CaseSummary } from '@/lib/content/case-summary';
import { CaseProgress } from './case-progress';

/** One case in the catalogue; `children` adds to its foot (an imported case's marker and Remove). */
export function CaseCard({ summary, children }: { summary: CaseSummary; children?: ReactNode }) {
  return (
    <article className="case-card">
      <h2>
        <Link href={`/cases/${summary.slug}`}>{summary.title}</Link>
      </h2>
      <p>{summary.summary}</p>
      <dl className="case-facts">
        <div>
          <dt>Domain</dt>
          <dd>{summary.domain}</dd>
        </div>
        <div>
          <dt>Difficulty</dt>
          <dd className="capitalize">{summary.difficulty}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{summary.durationMinutes} min</dd>
        </div>
      </dl>
      {summary.tags.length > 0 ? (
        <ul className="tags" aria-label="Tags">
          {summary.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      ) : null}
      <CaseProgress caseSlug={summary.slug} />
      {children}
    </article>
  );
}
