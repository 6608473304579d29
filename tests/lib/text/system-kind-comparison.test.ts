import { describe, expect, it } from 'vitest';
import { systemKindComparisonCue } from '../../../lib/text/system-kind-comparison';

describe('systemKindComparisonCue', () => {
  it.each([
    'Is the fraud store closer to a key-value cache or to a warehouse?',
    'Should the dashboards layer work more like a cache or like a reporting warehouse?',
    'Is the driver location store more like a cache or like a database of record?',
  ])('reads "%s" as two kinds of system compared', (line) => {
    expect(systemKindComparisonCue(line)).not.toBeNull();
  });
  it.each([
    'Is this more like Amazon or eBay?',
    'Is the census more like a live operational view or a nightly report?',
    'Do we store it in a database or in files?',
  ])('leaves "%s" alone', (line) => {
    expect(systemKindComparisonCue(line)).toBeNull();
  });
});
