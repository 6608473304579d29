import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { StateStorage } from 'zustand/middleware';
import { applyQueueChanges } from '@/lib/review/apply-queue-changes';
import type { QueueRules } from '@/lib/review/apply-queue-changes';
import type { QueueChange } from '@/lib/review/queue-change';
import { emptyReviewQueue, MAX_PENDING_CHANGES } from '@/lib/review/queue-reading';
import type { ReviewQueue, ReviewSubject } from '@/lib/review/review-item-schema';
import { lazyReadStorage } from '@/components/shared/lazy-read-storage';
import type { ReadState } from '@/components/shared/lazy-read-storage';
import { loadWithRetry } from '@/lib/util/load-with-retry';
import type { RetryOptions } from '@/lib/util/load-with-retry';

export type ReviewState = {
  queue: ReviewQueue;
  /** Changes asked for and not yet applied (the rules are loading, or could not load): stored with the queue. */
  pending: QueueChange[];
  /** True once applying the changes, or reading the stored queue, failed after every retry; cleared when a later attempt succeeds. */
  stalled: boolean;
  hydrated: boolean;
  add: (subjects: readonly ReviewSubject[]) => void;
  review: (id: string, correct: boolean, now: Date) => void;
  remove: (id: string) => void;
  /** Applies the pending changes now (the notice's "Try again"); resolves whether or not it worked. */
  retry: () => Promise<void>;
};

/** What the store keeps in storage: the queue and the changes not yet applied. */
export type StoredQueue = { queue: ReviewQueue; pending: QueueChange[] };

export type ReviewStoreOptions = {
  storage: () => StateStorage;
  /** Loads the queue's rules (a dynamic import of review-queue.ts in the app). */
  loadRules: () => Promise<QueueRules>;
  retry?: RetryOptions;
  /** Loads the reader of a stored queue (its schemas); the app's default imports them. Asked only when a queue is stored. */
  loadReader?: () => Promise<ReadState<StoredQueue>>;
};

/** localStorage key of the queue (unchanged since the queue shipped). */
export const REVIEW_STORAGE_KEY = 'sdt:review';

/** The stored queue's reader: the queue's and the changes' schemas (zod), loaded only when a queue is stored. */
const loadStoredQueueReader = () =>
  Promise.all([import('@/lib/review/review-item-schema'), import('@/lib/review/queue-change')]).then(
    ([{ readReviewQueue }, { readPendingChanges }]) =>
      (stored: unknown): StoredQueue => {
        const record = stored as { queue?: unknown; pending?: unknown } | undefined;
        // Damaged items and changes are dropped one by one; the rest survive.
        return { queue: readReviewQueue(record?.queue), pending: readPendingChanges(record?.pending) };
      },
  );

/**
 * The spaced-review queue's store. A change is recorded as pending (and stored) at once, then applied
 * when the queue's rules have loaded, in the order asked. A rules chunk that fails to load is asked for
 * again (loadWithRetry); when every attempt fails the store says so (`stalled`) and keeps the change, to
 * apply on "Try again", on the next change or when a page next reads the queue. No change is dropped.
 * The schemas that read a stored queue load only when one is stored (lazyReadStorage): when they
 * cannot load, the store is `stalled` too, writes nothing, and "Try again" reads the queue again.
 */
export function createReviewStore(options: ReviewStoreOptions) {
  let applying: Promise<void> | undefined;
  // Nothing is written before the stored queue is read (lazyReadStorage): a change asked that early would overwrite it.
  const storage = lazyReadStorage<StoredQueue>(options.storage, options.loadReader ?? loadStoredQueueReader, options.retry);
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
          // A queue that could not be read is read again first; its changes are applied once it is.
          retry: async () => {
            if (!get().hydrated) await store.persist.rehydrate();
            if (get().hydrated) await apply();
          },
        };
      },
      {
        name: REVIEW_STORAGE_KEY,
        version: 1,
        storage,
        // Read after mount, so the server's render (no queue) and the first client render agree.
        skipHydration: true,
        partialize: (state) => ({ queue: state.queue, pending: state.pending }),
        // Read by the storage's reader already. Changes asked before the stored queue was read stay
        // pending after the stored ones.
        merge: (persisted, current) => {
          const stored = persisted as Partial<StoredQueue> | undefined;
          return { ...current, hydrated: true, queue: stored?.queue ?? emptyReviewQueue(), pending: [...(stored?.pending ?? []), ...current.pending].slice(-MAX_PENDING_CHANGES) };
        },
        onRehydrateStorage: () => (state, error) => {
          if (error) {
            // The reader did not load: nothing is shown as the queue, nothing is written, the learner is told.
            store.setState({ stalled: true });
            return;
          }
          store.setState({ hydrated: true, stalled: false });
          // Changes kept from an earlier visit (or asked while reading) are applied now.
          if ((state?.pending.length ?? 0) > 0) void store.getState().retry();
        },
      },
    ),
  );
  return store;
}
