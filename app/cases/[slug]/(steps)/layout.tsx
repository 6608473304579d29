import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { ImportedCaseGate } from '@/components/imported/imported-pages';
import { SessionProvider } from '@/components/session/session-provider';
import { getCase } from '@/lib/content/case-repository';
import { isImportedHere } from '@/components/imported/is-imported-here';

/** Sits above the [step] segment so one session store lives while the learner moves between steps. */
export default async function StepsLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const content = getCase(slug);
  // Not a shipped case: perhaps one imported in this browser, which opens its own session there.
  if (!content) {
    if (!(await isImportedHere(slug))) notFound();
    return <ImportedCaseGate slug={slug}>{children}</ImportedCaseGate>;
  }
  return (
    <SessionProvider caseSlug={slug} durationMinutes={content.frontmatter.durationMinutes}>
      {children}
    </SessionProvider>
  );
}
