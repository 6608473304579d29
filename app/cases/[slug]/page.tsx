import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StartOptions } from '@/components/interview/start-options';
import { MdxContent } from '@/components/mdx/mdx-content';
import { ImportedBrief } from '@/components/imported/imported-pages';
import { isImportedHere } from '@/components/imported/is-imported-here';
import { getCase, getCaseSlugs, getCompiledBrief } from '@/lib/content/case-repository';
import { STEPS } from '@/lib/steps/steps';
import { lowerFirst } from '@/lib/util/wording';

type Params = { slug: string };

// Shipped cases are built statically; any other well-formed slug may be a case imported in this
// browser, which only the browser can open (components/imported/).
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return getCaseSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const content = getCase((await params).slug);
  return content ? { title: content.frontmatter.title, description: content.frontmatter.summary } : {};
}

export default async function CaseBriefPage({ params }: { params: Promise<Params> }) {
  const { slug } = await params;
  const content = getCase(slug);
  if (!content) {
    if (!(await isImportedHere(slug))) notFound();
    return <ImportedBrief slug={slug} />;
  }
  const code = await getCompiledBrief(content);
  const { title, domain, difficulty, durationMinutes } = content.frontmatter;
  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link href="/">Case studies</Link> / {title}
      </p>
      <h1>{title}</h1>
      <p className="case-meta">
        {domain} · <span className="capitalize">{difficulty}</span> · about {durationMinutes} minutes
      </p>
      <StartOptions caseSlug={slug} durationMinutes={durationMinutes} hasCurveball={content.rubric.curveball !== undefined} />
      <MdxContent code={code} />
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
