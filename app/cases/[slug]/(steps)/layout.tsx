import type { ReactNode } from 'react';
import { SessionProvider } from '@/components/session/session-provider';
import { getCase } from '@/lib/content/case-repository';
import { DEFAULT_INTERVIEW_MINUTES } from '@/lib/interview/interview-schema';

/** Sits above the [step] segment so one session store lives while the learner moves between steps. */
export default async function StepsLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const durationMinutes = getCase(slug)?.frontmatter.durationMinutes ?? DEFAULT_INTERVIEW_MINUTES;
  return (
    <SessionProvider caseSlug={slug} durationMinutes={durationMinutes}>
      {children}
    </SessionProvider>
  );
}
