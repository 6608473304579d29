import { describe, expect, it } from 'vitest';
import { continuesRetention, isRetentionPhrase } from '@/lib/text/retention-phrase';
import { parseSlaDurations } from '@/lib/design/parse-sla';

describe('how long data is kept is no freshness', () => {
  it('reads retention stretches as retention', () => {
    expect(isRetentionPhrase('raw readings retained for 30 days')).toBe(true);
    expect(isRetentionPhrase('audit log kept 7 years')).toBe(true);
    expect(isRetentionPhrase('2 years retention')).toBe(true);
    expect(isRetentionPhrase('online features kept up to date within 5 s')).toBe(false);
    expect(isRetentionPhrase('surge within 30 seconds')).toBe(false);
    expect(continuesRetention('minute summaries 2 years')).toBe(true);
    expect(continuesRetention('dashboards refreshed hourly')).toBe(false);
  });

  it('an SLA with retention periods promises only its freshness', () => {
    expect(parseSlaDurations('alerts within 10 s; raw readings retained for 30 days; hourly rollups kept 10 years')).toEqual([10]);
    expect(parseSlaDurations('surge <= 30 s, earnings daily; pings kept 90 days, trips 7 years')).toEqual([30, 86400]);
    expect(parseSlaDurations('features kept up to date within 5 s')).toEqual([5]);
  });
});
