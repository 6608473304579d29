import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CaseBriefLayout } from '@/components/case/case-brief-layout';
import { MdxContent } from '@/components/mdx/mdx-content';
import { ImportedBrief } from '@/components/imported/imported-pages';
import { isImportedHere } from '@/components/imported/is-imported-here';
import { getCase, getCaseSlugs, getCompiledBrief } from '@/lib/content/case-repository';

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
  return <CaseBriefLayout slug={slug} content={content} brief={<MdxContent code={code} />} />;
}
