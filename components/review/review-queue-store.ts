import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { StateStorage } from 'zustand/middleware';
import { applyQueueChanges, MAX_PENDING_CHANGES, readPendingChanges } from '@/lib/review/queue-change';
import type { QueueChange, QueueRules } from '@/lib/review/queue-change';
import { emptyReviewQueue, readReviewQueue } from '@/lib/review/review-item-schema';
import type { ReviewQueue, ReviewSubject } from '@/lib/review/review-item-schema';
import { loadWithRetry } from '@/lib/util/load-with-retry';
import type { RetryOptions } from '@/lib/util/load-with-retry';

export type ReviewState = {
  queue: ReviewQueue;
  /** Changes asked for and not yet applied (the rules are loading, or could not load): stored with the queue. */
  pending: QueueChange[];
  /** True once applying failed after every retry; cleared when a later attempt succeeds. */
  stalled: boolean;
  hydrated: boolean;
  add: (subjects: readonly ReviewSubject[]) => void;
  review: (id: string, correct: boolean, now: Date) => void;
  remove: (id: string) => void;
  /** Applies the pending changes now (the notice's "Try again"); resolves whether or not it worked. */
  retry: () => Promise<void>;
};

export type ReviewStoreOptions = {
  storage: () => StateStorage;
  /** Loads the queue's rules (a dynamic import of review-queue.ts in the app). */
  loadRules: () => Promise<QueueRules>;
  retry?: RetryOptions;
};

/** localStorage key of the queue (unchanged since the queue shipped). */
export const REVIEW_STORAGE_KEY = 'sdt:review';

/**
 * The spaced-review queue's store. A change is recorded as pending (and stored) at once, then applied
 * when the queue's rules have loaded, in the order asked. A rules chunk that fails to load is asked for
 * again (loadWithRetry); when every attempt fails the store says so (`stalled`) and keeps the change, to
 * apply on "Try again", on the next change or when a page next reads the queue. No change is dropped.
 */
export function createReviewStore(options: ReviewStoreOptions) {
  let applying: Promise<void> | undefined;
  // Nothing is written before the stored queue is read: a change asked that early would overwrite it.
  let read = false;
  const storage = (): StateStorage => {
    const inner = options.storage();
    return { getItem: (name) => inner.getItem(name), setItem: (name, value) => (read ? inner.setItem(name, value) : undefined), removeItem: (name) => inner.removeItem(name) };
  };
  const store = createStore<ReviewState>()(
    persist(
      (set, get) => {
        // One application at a time; a change made meanwhile is applied by the next pass.
        const pass = async (): Promise<void> => {
          try {
            // Before the stored queue is read, a change waits: applied to an empty queue it would be overwritten.
            while (get().hydrated && get().pending.length > 0) {
              const rules = await loadWithRetry(options.loadRules, options.retry);
              set((state) => ({ queue: applyQueueChanges(rules, state.queue, state.pending), pending: [], stalled: false }));
            }
          } catch {
            set({ stalled: true });
          }
        };
        const apply = (): Promise<void> => {
          if (!applying) {
            applying = pass().finally(() => {
              applying = undefined;
              // A change asked as the pass ended is applied by another (unless this one failed).
              if (!get().stalled && get().hydrated && get().pending.length > 0) void apply();
            });
          }
          return applying;
        };
        const ask = (change: QueueChange) => {
          set((state) => ({ pending: [...state.pending, change].slice(-MAX_PENDING_CHANGES) }));
          void apply();
        };
        return {
          queue: emptyReviewQueue(),
          pending: [],
          stalled: false,
          hydrated: false,
          add: (subjects) => {
            if (subjects.length > 0) ask({ kind: 'add', subjects: [...subjects], at: new Date().toISOString() });
          },
          review: (id, correct, now) => ask({ kind: 'review', id, correct, at: now.toISOString() }),
          remove: (id) => ask({ kind: 'remove', id }),
          retry: apply,
        };
      },
      {
        name: REVIEW_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(storage),
        // Read after mount, so the server's render (no queue) and the first client render agree.
        skipHydration: true,
        partialize: (state) => ({ queue: state.queue, pending: state.pending }),
        // Damaged items and changes are dropped one by one; the rest survive. Changes asked before the
        // stored queue was read stay pending after the stored ones.
        merge: (persisted, current) => {
          const stored = persisted as { queue?: unknown; pending?: unknown } | undefined;
          return { ...current, hydrated: true, queue: readReviewQueue(stored?.queue), pending: [...readPendingChanges(stored?.pending), ...current.pending].slice(-MAX_PENDING_CHANGES) };
        },
        onRehydrateStorage: () => (state) => {
          read = true;
          store.setState({ hydrated: true });
          // Changes kept from an earlier visit (or asked while reading) are applied now.
          if ((state?.pending.length ?? 0) > 0) void store.getState().retry();
        },
      },
    ),
  );
  return store;
}
