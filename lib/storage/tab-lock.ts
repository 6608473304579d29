/** The part of the Web Locks API (navigator.locks) used here; a fake in tests. */
export type LockApi = {
  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => Promise<void>): Promise<unknown>;
};

export type TabLockEvents = {
  /** Another tab holds the attempt: this one must not write. */
  onWaiting: () => void;
  /** This tab holds it; `afterWaiting` when the other tab has just let go (reload the latest save first). */
  onAcquired: (afterWaiting: boolean) => void | Promise<void>;
};

/**
 * Holds an exclusive Web Lock named `name` for as long as this tab shows the attempt, so two tabs
 * never write the same record over each other. If another tab holds it, this tab is told to wait
 * (read-only) and gets the lock as soon as the other lets go. Without the Web Locks API every tab
 * is told it holds the lock (the old behaviour). Returns the function that lets go, or stops waiting.
 */
export function holdTabLock(locks: LockApi | undefined, name: string, events: TabLockEvents): () => void {
  const stop = new AbortController();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  if (!locks) {
    void events.onAcquired(false);
    return release;
  }
  const hold = async (afterWaiting: boolean) => {
    await events.onAcquired(afterWaiting);
    await held;
  };
  locks
    .request(name, { ifAvailable: true }, async (lock) => {
      if (lock) return hold(false);
      if (stop.signal.aborted) return;
      events.onWaiting();
      // Queue for the lock; the callback runs once the other tab closes or lets go.
      await locks.request(name, { signal: stop.signal }, () => hold(true)).catch(() => undefined);
    })
    .catch(() => undefined);
  return () => {
    stop.abort();
    release();
  };
}
