'use client';

import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { ReviewQueue, ReviewSubject } from '@/lib/review/review-item-schema';
import { createReviewStore } from './review-queue-store';
import type { ReviewState } from './review-queue-store';

/**
 * The spaced-review queue, kept in this browser (a few hundred small items at most, so localStorage is
 * enough). The queue's rules and their scheduler (ts-fsrs) load on the first change to the queue: pages
 * that only add a missed question now and then (a lesson, the report) do not download them with the page.
 */
const reviewStore = createReviewStore({ storage: () => localStorage, loadRules: () => import('@/lib/review/review-queue') });

/** The store itself, for the stall gate (review-stall-gate.tsx) only. */
export const reviewStoreForNotice = reviewStore;

function useHydrateReview(): void {
  useEffect(() => {
    if (!reviewStore.persist.hasHydrated()) void reviewStore.persist.rehydrate();
  }, []);
}

/** The queue once read from storage; undefined before that. */
export function useReviewQueue(): ReviewQueue | undefined {
  useHydrateReview();
  const hydrated = useStore(reviewStore, (state) => state.hydrated);
  const queue = useStore(reviewStore, (state) => state.queue);
  return hydrated ? queue : undefined;
}

/** Adds missed questions, failed drills or missed prompts (after the stored queue is read, so none are lost). */
export function useAddToReview(): (subjects: readonly ReviewSubject[]) => void {
  useHydrateReview();
  return useStore(reviewStore, (state) => state.add);
}

/** Records the answer to a due item, and removes items whose content is gone. */
export function useReviewActions(): Pick<ReviewState, 'review' | 'remove'> {
  useHydrateReview();
  const review = useStore(reviewStore, (state) => state.review);
  const remove = useStore(reviewStore, (state) => state.remove);
  return { review, remove };
}

/**
 * Adds subjects outside React (a button that loads this module on click): reads the stored queue first
 * if no component has, and the change waits for it, so nothing stored is overwritten.
 */
export function addToReview(subjects: readonly ReviewSubject[]): void {
  if (!reviewStore.persist.hasHydrated()) void reviewStore.persist.rehydrate();
  reviewStore.getState().add(subjects);
}

/** Whether queue changes are waiting because the queue's rules could not load, and a way to try again. */
export function useReviewStall(): { stalled: boolean; waiting: number; retry: () => Promise<void> } {
  const stalled = useStore(reviewStore, (state) => state.stalled);
  const waiting = useStore(reviewStore, (state) => state.pending.length);
  const retry = useStore(reviewStore, (state) => state.retry);
  return { stalled, waiting, retry };
}
