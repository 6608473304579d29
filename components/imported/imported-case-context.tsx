'use client';

import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { CheckedPackedCase } from '@/lib/content/pack-check';
import type { PackedCase } from '@/lib/content/pack-schema';

export type ImportedCaseState =
  | { phase: 'loading' }
  /** Not imported in this browser (or removed). */
  | { phase: 'missing' }
  /** Stored but no longer passes the checks (a damaged record, or rules that changed since the import). */
  | { phase: 'broken'; problem: string }
  | { phase: 'ready'; packed: PackedCase; checked: CheckedPackedCase };

/**
 * Reads an imported case from this browser's store and checks it again with content:check's rules
 * (the checker loads with it, not with the page).
 */
export function useImportedCaseLoader(slug: string): ImportedCaseState {
  const [state, setState] = useState<ImportedCaseState>({ phase: 'loading' });
  useEffect(() => {
    let cancelled = false;
    Promise.all([import('@/lib/storage/idb-store'), import('@/lib/storage/imported-cases'), import('@/lib/content/pack-check')])
      .then(async ([{ openBrowserStore }, { readImportedCase }, { checkPackedCase }]): Promise<ImportedCaseState> => {
        const packed = await readImportedCase((await openBrowserStore()).store, slug);
        if (!packed) return { phase: 'missing' };
        const result = checkPackedCase(packed);
        return result.ok ? { phase: 'ready', packed, checked: result.checked } : { phase: 'broken', problem: result.problems[0] ?? 'it fails the content checks' };
      })
      .catch((error: unknown): ImportedCaseState => ({ phase: 'broken', problem: error instanceof Error ? error.message : String(error) }))
      .then((next) => {
        if (!cancelled) setState(next);
      });
    return () => {
      cancelled = true;
    };
  }, [slug]);
  return state;
}

const ImportedCaseContext = createContext<ImportedCaseState>({ phase: 'loading' });

export function ImportedCaseProvider({ value, children }: { value: ImportedCaseState; children: ReactNode }) {
  return <ImportedCaseContext.Provider value={value}>{children}</ImportedCaseContext.Provider>;
}

export function useImportedCase(): ImportedCaseState {
  return useContext(ImportedCaseContext);
}
