import { CaseCard } from '@/components/catalogue/case-card';
import { ImportedCases } from '@/components/catalogue/imported-cases';
import { getAllCases } from '@/lib/content/case-repository';
import { toCaseSummary } from '@/lib/content/case-summary';

export default function CataloguePage() {
  const cases = getAllCases().map(toCaseSummary);
  return (
    <div className="page">
      <h1>Case studies</h1>
      <p className="lead">
        Pick a case and walk the five steps of a data-platform interview: clarify, estimate, sketch the design, draw the full
        system, and go deep on the components. Every step is scored the same way every time, with a reason for every point.
      </p>
      <div className="case-grid">
        {cases.map((summary) => (
          <CaseCard key={summary.slug} summary={summary} />
        ))}
      </div>
      <ImportedCases shippedSlugs={cases.map((summary) => summary.slug)} />
    </div>
  );
}
