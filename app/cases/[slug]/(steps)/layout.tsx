import type { ReactNode } from 'react';
import { SessionProvider } from '@/components/session/session-provider';

/** Sits above the [step] segment so one session store lives while the learner moves between steps. */
export default async function StepsLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <SessionProvider caseSlug={slug}>{children}</SessionProvider>;
}
