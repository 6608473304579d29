import { describe, expect, it } from 'vitest';
import { createDepartures } from '../../../components/shared/departures';
import type { PageWhere } from '../../../components/shared/departures';

/** A tab whose address the test moves, with the page's unload events fired by hand. */
function fakeTab(start = 'http://app/cases/a/report') {
  let href = start;
  const listeners = new Set<(leaving: boolean) => void>();
  const where: PageWhere = {
    href: () => href,
    onLeaving(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    where,
    moveTo: (next: string) => (href = next),
    unload: () => listeners.forEach((listener) => listener(true)),
    restoreFromCache: () => listeners.forEach((listener) => listener(false)),
    listening: () => listeners.size,
  };
}

describe('departures', () => {
  it('navigates when the learner is still where the work began', () => {
    const tab = fakeTab();
    const departures = createDepartures(tab.where);
    const visits: string[] = [];
    const departure = departures.begin();
    expect(departure.go(() => visits.push('/cases/a/clarify'))).toBe(true);
    expect(visits).toEqual(['/cases/a/clarify']);
  });

  it('stays put when the learner followed a link meanwhile (client navigation)', () => {
    const tab = fakeTab();
    const departure = createDepartures(tab.where).begin();
    tab.moveTo('http://app/cases/a/clarify');
    const visits: string[] = [];
    expect(departure.stillHere()).toBe(false);
    expect(departure.go(() => visits.push('/cases/a/report'))).toBe(false);
    expect(visits).toEqual([]);
  });

  it('stays put when the page began to unload (address bar, reload), though the address has not changed yet', () => {
    const tab = fakeTab();
    const departure = createDepartures(tab.where).begin();
    tab.unload();
    expect(departure.go(() => undefined)).toBe(false);
  });

  it('navigates at most once from one address: a second press or a second handler does not navigate again', () => {
    const tab = fakeTab();
    const departures = createDepartures(tab.where);
    const first = departures.begin();
    const second = departures.begin();
    let visits = 0;
    expect(first.go(() => (visits += 1))).toBe(true);
    expect(second.go(() => (visits += 1))).toBe(false);
    expect(first.go(() => (visits += 1))).toBe(false);
    expect(visits).toBe(1);
  });

  it('may navigate again once the learner is on another page of the same component (a sidebar kept across steps)', () => {
    const tab = fakeTab('http://app/cases/a/clarify');
    const departures = createDepartures(tab.where);
    expect(departures.begin().go(() => tab.moveTo('http://app/cases/a/report'))).toBe(true);
    expect(departures.begin().go(() => undefined)).toBe(true);
  });

  it('does nothing once the component is gone, and stops listening', () => {
    const tab = fakeTab();
    const departures = createDepartures(tab.where);
    const departure = departures.begin();
    departures.dispose();
    expect(tab.listening()).toBe(0);
    expect(departure.go(() => undefined)).toBe(false);
  });

  it('navigates again after the page comes back from the back-forward cache', () => {
    const tab = fakeTab();
    const departures = createDepartures(tab.where);
    tab.unload();
    expect(departures.begin().go(() => undefined)).toBe(false);
    tab.restoreFromCache();
    expect(departures.begin().go(() => undefined)).toBe(true);
  });
});
