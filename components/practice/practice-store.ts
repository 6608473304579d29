'use client';

import { useEffect } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { emptyPracticeStats, recordAttempt, recordShown, shownAnswer } from '@/lib/practice/practice-stats';
import type { PracticeStats, ShownAnswer } from '@/lib/practice/practice-stats';
import { lazyReadStorage } from '@/components/shared/lazy-read-storage';

type PracticeState = {
  stats: PracticeStats;
  hydrated: boolean;
  record: (topic: string, correct: boolean) => void;
  /** Records that a question's model answer was shown, and whether the question was settled first. */
  reveal: (topic: string, questionId: string, settled: boolean) => void;
};

/** Practice accuracy and streak, kept in this browser (small, so localStorage is enough). */
const usePracticeStore = create<PracticeState>()(
  persist(
    (set) => ({
      stats: emptyPracticeStats(),
      hydrated: false,
      record: (topic, correct) => set((state) => ({ stats: recordAttempt(state.stats, topic, correct, new Date()) })),
      reveal: (topic, questionId, settled) => set((state) => ({ stats: recordShown(state.stats, topic, questionId, settled, new Date()) })),
    }),
    {
      name: 'sdt:practice',
      version: 1,
      // The schema loads only when stats are stored; a damaged record starts the stats afresh instead of breaking the page.
      storage: lazyReadStorage<{ stats: PracticeStats }>(
        () => localStorage,
        () => import('@/lib/practice/practice-stats-schema').then(({ readPracticeStats }) => (stored) => ({ stats: readPracticeStats((stored as { stats?: unknown } | undefined)?.stats) ?? emptyPracticeStats() })),
      ),
      // Read after mount, so the server's render (no stats) and the first client render agree.
      skipHydration: true,
      partialize: (state) => ({ stats: state.stats }),
      onRehydrateStorage: () => () => usePracticeStore.setState({ hydrated: true }),
      merge: (persisted, current) => ({ ...current, hydrated: true, stats: (persisted as { stats?: PracticeStats } | undefined)?.stats ?? current.stats }),
    },
  ),
);

function useHydratePractice(): void {
  useEffect(() => {
    if (!usePracticeStore.persist.hasHydrated()) void usePracticeStore.persist.rehydrate();
  }, []);
}

/** The stats once read from storage; undefined before that. */
export function usePracticeStats(): PracticeStats | undefined {
  useHydratePractice();
  const hydrated = usePracticeStore((state) => state.hydrated);
  const stats = usePracticeStore((state) => state.stats);
  return hydrated ? stats : undefined;
}

/** Records an answered question or drill (after the stored stats are read, so none are lost). */
export function useRecordAttempt(): (topic: string, correct: boolean) => void {
  useHydratePractice();
  return usePracticeStore((state) => state.record);
}

/** Records a "Show the answer" (after the stored stats are read, so none are lost). */
export function useRecordReveal(): (topic: string, questionId: string, settled: boolean) => void {
  useHydratePractice();
  return usePracticeStore((state) => state.reveal);
}

/** When this question's answer was shown before, if it was (undefined until the stats are read). */
export function useShownAnswer(topic: string, questionId: string): ShownAnswer | undefined {
  useHydratePractice();
  const hydrated = usePracticeStore((state) => state.hydrated);
  const shown = usePracticeStore((state) => shownAnswer(state.stats, topic, questionId));
  return hydrated ? shown : undefined;
}
