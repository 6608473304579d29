'use client';

import { Suspense, createElement, lazy } from 'react';
import type { ComponentType, ReactNode } from 'react';

/**
 * A component kept in a chunk of its own and loaded the first time it renders, as `next/dynamic` does, but
 * without its runtime (about 2.3 KB gzip on every page that used it): React's `lazy` for a named export,
 * inside its own Suspense boundary that shows `fallback` (default nothing) while the chunk loads. On the
 * server it renders in place; in the browser a server-rendered part keeps its HTML until its chunk arrives.
 * `load` resolves to the component (e.g. `() => import('./x').then((module) => module.X)`); a failed load
 * throws into the nearest error boundary, as next/dynamic's does.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LazyPart(props: P) {
    return <Suspense fallback={fallback}>{createElement(Lazy as ComponentType<P>, props)}</Suspense>;
  }
  return LazyPart;
}
