'use client';

import type { ReactNode } from 'react';
import { SessionProvider } from '@/components/session/session-provider';
import { ImportedCaseProvider, useImportedCaseLoader } from './imported-case-context';
import { ImportedCaseStatus } from './imported-case-status';

/**
 * The steps' layout for a case imported in this browser: loads and checks the case, then opens the
 * learner's session for it with the case's own length, as the server layout does for shipped cases.
 */
export function ImportedCaseGate({ slug, children }: { slug: string; children: ReactNode }) {
  const state = useImportedCaseLoader(slug);
  if (state.phase !== 'ready') return <ImportedCaseStatus state={state} />;
  return (
    <ImportedCaseProvider value={state}>
      <SessionProvider caseSlug={slug} durationMinutes={state.checked.content.frontmatter.durationMinutes}>
        {children}
      </SessionProvider>
    </ImportedCaseProvider>
  );
}
