/** How often a lazy chunk is asked for before a change waits for the learner's "Try again". */
export const LOAD_ATTEMPTS = 3;
/** Milliseconds waited before the second and third attempt (a dropped connection often comes back within seconds). */
export const LOAD_RETRY_DELAYS_MS: readonly number[] = [500, 2_000];

export type RetryOptions = {
  /** Attempts in all, at least 1 (default LOAD_ATTEMPTS). */
  attempts?: number;
  /** Wait before attempt n + 2, in ms; the last value repeats (default LOAD_RETRY_DELAYS_MS). */
  delaysMs?: readonly number[];
  /** Resolves after `ms` milliseconds; tests pass one that does not wait. */
  wait?: (ms: number) => Promise<void>;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `load` (a dynamic `import()`, typically) until it resolves, at most `attempts` times, waiting
 * between attempts. Rejects with the last error when every attempt failed; a later call starts afresh,
 * so a chunk that failed once (offline, a redeploy) is asked for again on the next use.
 */
export async function loadWithRetry<T>(load: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? LOAD_ATTEMPTS);
  const delays = options.delaysMs ?? LOAD_RETRY_DELAYS_MS;
  const wait = options.wait ?? sleep;
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (attempt > 0) await wait(delays[Math.min(attempt - 1, delays.length - 1)] ?? 0);
    try {
      return await load();
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
