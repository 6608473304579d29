'use client';

import { useEffect } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { emptyReviewQueue, readReviewQueue } from '@/lib/review/review-item-schema';
import type { ReviewQueue, ReviewSubject } from '@/lib/review/review-item-schema';
import type * as QueueModule from '@/lib/review/review-queue';

type QueueRules = typeof QueueModule;
let rules: Promise<QueueRules> | undefined;

/**
 * The queue's rules and their scheduler (ts-fsrs), loaded on the first change to the queue: pages that
 * only add a missed question now and then (a lesson, the report) do not download them with the page.
 * A chunk that fails to load is asked for again next time.
 */
function loadRules(): Promise<QueueRules> {
  rules ??= import('@/lib/review/review-queue').catch((error: unknown) => {
    rules = undefined;
    throw error;
  });
  return rules;
}

type ReviewState = {
  queue: ReviewQueue;
  hydrated: boolean;
  add: (subjects: readonly ReviewSubject[]) => void;
  review: (id: string, correct: boolean, now: Date) => void;
  remove: (id: string) => void;
};

/** The spaced-review queue, kept in this browser (a few hundred small items at most, so localStorage is enough). */
const useReviewStore = create<ReviewState>()(
  persist(
    (set) => ({
      queue: emptyReviewQueue(),
      hydrated: false,
      // Each change applies once the rules are loaded, in the order asked (one shared promise).
      add: (subjects) => {
        const now = new Date();
        void loadRules().then(({ addMissed }) => set((state) => ({ queue: subjects.reduce((queue, subject) => addMissed(queue, subject, now), state.queue) })));
      },
      review: (id, correct, now) => void loadRules().then(({ recordReview }) => set((state) => ({ queue: recordReview(state.queue, id, correct, now) }))),
      remove: (id) => void loadRules().then(({ removeItem }) => set((state) => ({ queue: removeItem(state.queue, id) }))),
    }),
    {
      name: 'sdt:review',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Read after mount, so the server's render (no queue) and the first client render agree.
      skipHydration: true,
      partialize: (state) => ({ queue: state.queue }),
      onRehydrateStorage: () => () => useReviewStore.setState({ hydrated: true }),
      // Damaged items are dropped one by one; the rest of the queue survives.
      merge: (persisted, current) => ({ ...current, hydrated: true, queue: readReviewQueue((persisted as { queue?: unknown } | undefined)?.queue) }),
    },
  ),
);

function useHydrateReview(): void {
  useEffect(() => {
    if (!useReviewStore.persist.hasHydrated()) void useReviewStore.persist.rehydrate();
  }, []);
}

/** The queue once read from storage; undefined before that. */
export function useReviewQueue(): ReviewQueue | undefined {
  useHydrateReview();
  const hydrated = useReviewStore((state) => state.hydrated);
  const queue = useReviewStore((state) => state.queue);
  return hydrated ? queue : undefined;
}

/** Adds missed questions, failed drills or missed prompts (after the stored queue is read, so none are lost). */
export function useAddToReview(): (subjects: readonly ReviewSubject[]) => void {
  useHydrateReview();
  return useReviewStore((state) => state.add);
}

/** Records the answer to a due item, and removes items whose content is gone. */
export function useReviewActions(): Pick<ReviewState, 'review' | 'remove'> {
  useHydrateReview();
  const review = useReviewStore((state) => state.review);
  const remove = useReviewStore((state) => state.remove);
  return { review, remove };
}
