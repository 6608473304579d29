'use client';

import { useCallback, useEffect, useRef } from 'react';
import { browserWhere, createDepartures } from './departures';
import type { Departure, Departures } from './departures';

/** A departure that never navigates: the component is not mounted (server render, after unmount). */
const nowhere: Departure = { go: () => false, stillHere: () => false };

/**
 * `begin()` for work that ends in a navigation (see departures.ts): call it when the work starts and
 * navigate through the returned departure's `go`, so a learner who went elsewhere meanwhile stays
 * there and the work navigates at most once.
 */
export function useDepartures(): () => Departure {
  const departures = useRef<Departures | undefined>(undefined);
  useEffect(() => {
    const current = createDepartures(browserWhere());
    departures.current = current;
    return () => {
      current.dispose();
      if (departures.current === current) departures.current = undefined;
    };
  }, []);
  return useCallback(() => departures.current?.begin() ?? nowhere, []);
}
