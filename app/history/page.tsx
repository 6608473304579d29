import type { Metadata } from 'next';
import { SessionHistory } from '@/components/history/session-history';
import { getAllCases } from '@/lib/content/case-repository';

export const metadata: Metadata = { title: 'History' };

export default function HistoryPage() {
  const cases = getAllCases().map((content) => ({ slug: content.slug, title: content.frontmatter.title, rubric: content.rubric }));
  return (
    <div className="page">
      <h1>History</h1>
      <p className="lead">Every session saved in this browser, with its score. Resume one, start a new attempt, or delete what you no longer need.</p>
      <SessionHistory cases={cases} />
    </div>
  );
}
