import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AuthorProblemList } from '@/components/author/author-problem-list';
import { AuthorReload } from '@/components/author/author-reload';
import { MdxContent } from '@/components/mdx/mdx-content';
import { ReferenceDiagram } from '@/components/report/reference-diagram';
import { StepScore } from '@/components/scoring/step-score';
import { caseFolderVersion, isAuthorPreviewEnabled } from '@/lib/content/author-preview';
import { buildAuthorPreview } from '@/lib/content/author-preview-model';
import { REFERENCE_DIAGRAM_MIN_SCORE } from '@/lib/content/check/reference-grades';
import { listCaseSlugs } from '@/lib/content/load-cases';
import { STEPS } from '@/lib/steps/steps';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Author preview', robots: { index: false } };

/** One case folder as the learner will see it, read fresh from disk on every request. */
export default async function AuthorCasePage({ params }: { params: Promise<{ slug: string }> }) {
  if (!isAuthorPreviewEnabled(process.env)) notFound();
  const { slug } = await params;
  if (!listCaseSlugs().includes(slug)) notFound();
  const version = caseFolderVersion(slug);
  const preview = await buildAuthorPreview(slug);
  const { content } = preview;
  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link href="/author">Author preview</Link> / content/cases/{slug}
      </p>
      <h1>{content?.frontmatter.title ?? slug}</h1>
      <AuthorReload slug={slug} version={version} />
      {preview.problems.length > 0 ? (
        <AuthorProblemList id="author-problems" tone="warn" heading={`${preview.problems.length} problem${preview.problems.length === 1 ? '' : 's'} to fix`} items={preview.problems} />
      ) : (
        <p className="notice notice-info">content:check finds no problem in this case.</p>
      )}
      {preview.warnings.length > 0 ? (
        <AuthorProblemList id="author-warnings" tone="info" heading={`${preview.warnings.length} warning${preview.warnings.length === 1 ? '' : 's'} (the case still ships)`} items={preview.warnings} />
      ) : null}
      {content ? (
        <>
          <p className="case-meta">
            {content.frontmatter.domain} · <span className="capitalize">{content.frontmatter.difficulty}</span> · about {content.frontmatter.durationMinutes}{' '}
            minutes · rubric version <code>{preview.rubricHash}</code>
          </p>
          <h2>The brief, as the learner sees it</h2>
          {preview.briefCode ? <MdxContent code={preview.briefCode} /> : <p className="muted">The brief does not compile (see the problems above).</p>}
          <h2>What each step asks</h2>
          <ol className="step-list">
            {STEPS.map((step) => (
              <li key={step.id}>
                <strong>{step.title}</strong>: {content.rubric.steps[step.id].prompt ?? step.asksFor}
              </li>
            ))}
          </ol>
          {preview.estimate ? <StepScore title="Reference worksheet" result={preview.estimate} note="A correct case gives its reference worksheet 100." /> : null}
          {preview.diagram ? (
            <>
              <StepScore title="Reference diagram" result={preview.diagram} note={`A correct case gives its reference diagram at least ${REFERENCE_DIAGRAM_MIN_SCORE}.`} />
              <ReferenceDiagram scene={preview.diagram.scene} />
            </>
          ) : null}
          {preview.writeUpCode ? (
            <>
              <h2>The write-up, as the report reveals it</h2>
              <MdxContent code={preview.writeUpCode} />
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
