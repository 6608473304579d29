'use client';

import dynamic from 'next/dynamic';
import { useStore } from 'zustand';
import { reviewStoreForNotice } from './review-store';

// The notice itself loads only when a queue change is stuck.
const ReviewStallNotice = dynamic(() => import('./review-stall-notice').then((module) => module.ReviewStallNotice));

/** Shows the review queue's stall notice (review-stall-notice.tsx) once a change could not be applied. */
export function ReviewStallGate() {
  const stalled = useStore(reviewStoreForNotice, (state) => state.stalled);
  return stalled ? <ReviewStallNotice /> : null;
}
