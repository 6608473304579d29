/**
 * Navigation that follows slow work (a write to storage, a flush) without racing the learner.
 *
 * A button that awaits storage and then opens another page must not open it when, meanwhile, the
 * learner went somewhere else (a link, the address bar, back), and a second press or a second
 * handler must not navigate again once one did. `begin()` is called when the work starts, `go()`
 * when it is done: `go` navigates only if the page is still where it was at `begin`, has not begun
 * to unload, is still mounted, and no departure from this address already went.
 */

/** What departures need from the browser: the current address and a signal that the page is being left. */
export type PageWhere = {
  /** The current address, compared whole (path, query and hash). */
  href: () => string;
  /**
   * Calls `listener(true)` when the page starts to unload (beforeunload, pagehide) and
   * `listener(false)` when it is shown again from the back-forward cache; returns the unsubscribe.
   */
  onLeaving: (listener: (leaving: boolean) => void) => () => void;
};

/** One piece of work that may end in a navigation. */
export type Departure = {
  /** Runs `navigate` when the page is still as it was at `begin()`; returns whether it ran. */
  go: (navigate: () => void) => boolean;
  /** Whether `go` would navigate now (for a fallback such as a link when it would not). */
  stillHere: () => boolean;
};

export type Departures = {
  begin: () => Departure;
  /** The component went away: no departure begun before may navigate any more. */
  dispose: () => void;
};

/** Departures for one mounted component; `where` is the browser (browserWhere) or a test's stand-in. */
export function createDepartures(where: PageWhere): Departures {
  let leaving = false;
  let disposed = false;
  // The address a departure already left from: a full load to the same address keeps it until unload.
  let departedFrom: string | undefined;
  const stop = where.onLeaving((now) => {
    leaving = now;
  });
  return {
    begin() {
      const from = where.href();
      const stillHere = () => !leaving && !disposed && where.href() === from && departedFrom !== from;
      return {
        stillHere,
        go(navigate) {
          if (!stillHere()) return false;
          departedFrom = from;
          navigate();
          return true;
        },
      };
    },
    dispose() {
      disposed = true;
      stop();
    },
  };
}

/** The browser's address and unload events, for createDepartures. */
export function browserWhere(): PageWhere {
  return {
    href: () => window.location.href,
    onLeaving(listener) {
      const left = () => listener(true);
      const back = (event: PageTransitionEvent) => {
        if (event.persisted) listener(false);
      };
      window.addEventListener('beforeunload', left);
      window.addEventListener('pagehide', left);
      window.addEventListener('pageshow', back);
      return () => {
        window.removeEventListener('beforeunload', left);
        window.removeEventListener('pagehide', left);
        window.removeEventListener('pageshow', back);
      };
    },
  };
}
