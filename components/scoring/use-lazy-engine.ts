'use client';

import { useEffect, useState } from 'react';
import { loadWithRetry } from '@/lib/util/load-with-retry';

/** Where a lazily loaded engine stands: `engine` once loaded; `failed` when every attempt failed (Try again calls `retry`). */
export type LazyEngine<M> = { engine: M | undefined; failed: boolean; retry: () => void };

const loaded = new WeakMap<() => Promise<unknown>, unknown>();

/**
 * Loads a step's engine (`load`, a dynamic `import()` declared at module level so it is one function)
 * once `needed` turns true, and keeps it for the page's life: a step page opened on untouched work
 * shows the server's preset grade and downloads no engine until the learner changes something.
 * Retries as lib/util/load-with-retry.ts does; when every attempt fails, `failed` is true until `retry`.
 */
export function useLazyEngine<M>(load: () => Promise<M>, needed: boolean): LazyEngine<M> {
  const [engine, setEngine] = useState<M | undefined>(() => loaded.get(load) as M | undefined);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!needed || engine !== undefined || failed) return;
    let cancelled = false;
    loadWithRetry(load).then(
      (module) => {
        loaded.set(load, module);
        if (!cancelled) setEngine(() => module);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [load, needed, engine, failed, attempt]);
  return {
    engine,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((count) => count + 1);
    },
  };
}

/**
 * `value`, or while it is undefined the last value it had: the feedback shown stays on screen (one
 * edit behind) during the moment the engine downloads, rather than disappearing and coming back.
 */
export function useLastDefined<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState<T | undefined>(value);
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}
