import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ImportedStep } from '@/components/imported/imported-pages';
import { isImportedHere } from '@/components/imported/is-imported-here';
import { CaseStepLayout } from '@/components/case/case-step-layout';
import { stepPresets } from '@/components/case/step-presets';
import { rubricForStep } from '@/lib/content/rubric-view';
import { getCase, getCaseSlugs } from '@/lib/content/case-repository';
import { getStep, isStepId, STEP_IDS } from '@/lib/steps/steps';

type Params = { slug: string; step: string };

// Shipped cases are static; other slugs are cases imported in this browser (see the layout).
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return getCaseSlugs().flatMap((slug) => STEP_IDS.map((step) => ({ slug, step })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { slug, step } = await params;
  const content = getCase(slug);
  if (!content || !isStepId(step)) return {};
  return { title: `${getStep(step).title} · ${content.frontmatter.title}` };
}

export default async function CaseStepPage({ params }: { params: Promise<Params> }) {
  const { slug, step } = await params;
  if (!isStepId(step)) notFound();
  const content = getCase(slug);
  if (!content) {
    if (!(await isImportedHere(slug))) notFound();
    return <ImportedStep slug={slug} step={step} />;
  }
  return <CaseStepLayout slug={slug} step={step} content={content} presets={stepPresets(step, rubricForStep(content.rubric, step))} />;
}
