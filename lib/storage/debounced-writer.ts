import { describeStorageError } from './describe-storage-error';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'error'; message: string };

type Timers = {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type WriterOptions = {
  /** Quiet period after the last change before writing. */
  delayMs: number;
  /** Longest a change waits while the learner keeps typing without a pause. */
  maxWaitMs?: number;
  onStatus: (status: SaveStatus) => void;
  /** A synchronous last-resort write for `flushOnHide` (see pending-backup.ts). */
  backup?: (key: string, value: unknown) => void;
  /** Called after a value reached storage, so its backup can go. */
  onWritten?: (key: string) => void;
  now?: () => Date;
  timers?: Timers;
};

/**
 * Coalesces rapid writes (one per keystroke) into one write after a quiet period, and at least every
 * `maxWaitMs`. `flush` writes at once; `flushOnHide` also backs up synchronously, for a closing tab.
 */
export function createDebouncedWriter(write: (key: string, value: unknown) => Promise<void>, options: WriterOptions) {
  const timers = options.timers ?? realTimers;
  const now = options.now ?? (() => new Date());
  const maxWaitMs = options.maxWaitMs ?? options.delayMs * 5;
  const pending = new Map<string, unknown>();
  let handle: unknown;
  let firstPendingAt: number | undefined;
  let chain: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = undefined;
    firstPendingAt = undefined;
    if (pending.size === 0) return chain;
    const batch = [...pending.entries()];
    pending.clear();
    options.onStatus({ state: 'saving' });
    chain = chain.then(async () => {
      try {
        for (const [key, value] of batch) {
          await write(key, value);
          if (!pending.has(key)) options.onWritten?.(key);
        }
        if (pending.size === 0) options.onStatus({ state: 'saved', at: now() });
      } catch (error) {
        // Put the batch back (unless newer values arrived) so the next flush retries it.
        for (const [key, value] of batch) if (!pending.has(key)) pending.set(key, value);
        options.onStatus({ state: 'error', message: describeStorageError(error) });
      }
    });
    return chain;
  }

  function flushOnHide(): Promise<void> {
    for (const [key, value] of pending) options.backup?.(key, value);
    return flush();
  }

  function schedule(key: string, value: unknown): void {
    pending.set(key, value);
    options.onStatus({ state: 'pending' });
    const at = now().getTime();
    firstPendingAt ??= at;
    if (handle !== undefined) timers.clearTimeout(handle);
    const wait = Math.max(0, Math.min(options.delayMs, firstPendingAt + maxWaitMs - at));
    handle = timers.setTimeout(() => void flush(), wait);
  }

  return { schedule, flush, flushOnHide, hasPending: () => pending.size > 0 };
}
