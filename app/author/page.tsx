import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { isAuthorPreviewEnabled } from '@/lib/content/author-preview';
import { listCaseSlugs } from '@/lib/content/load-cases';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Author preview', robots: { index: false } };

/** The mentor's preview: every case folder under content/cases, as the learner will see it. */
export default function AuthorIndexPage() {
  if (!isAuthorPreviewEnabled(process.env)) notFound();
  const slugs = listCaseSlugs();
  return (
    <div className="page page-narrow">
      <h1>Author preview</h1>
      <p className="lead">
        Pick a case folder to see it as the learner will, with its reference answers graded and every problem content:check finds. The page updates
        when you save a file of the case.
      </p>
      <ul>
        {slugs.map((slug) => (
          <li key={slug}>
            <Link href={`/author/${slug}`}>content/cases/{slug}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
