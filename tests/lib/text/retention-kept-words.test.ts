import { describe, expect, it } from 'vitest';
import { parseSlaDurations } from '@/lib/design/parse-sla';
import { readMeasureName } from '@/lib/text/measure-name';
import { isRetentionPhrase } from '@/lib/text/retention-phrase';

describe('one list of words for how long data is kept, read by the estimate and the SLA alike', () => {
  it('TTL, purge and expire words mark a figure as kept, as kept and retained do', () => {
    expect(readMeasureName('session_rows_ttl_days').kept).toBe(true);
    expect(readMeasureName('logs purged after a quarter').kept).toBe(true);
    expect(readMeasureName('carts expire in a week').kept).toBe(true);
    expect(readMeasureName('orders per second at the evening peak').kept).toBe(false);
  });

  it('an SLA stretch naming them is a retention period, unless it names a freshness', () => {
    expect(isRetentionPhrase('session rows carry a TTL of 14 days')).toBe(true);
    expect(isRetentionPhrase('telemetry archives hold 5 years')).toBe(true);
    expect(isRetentionPhrase('basket snapshots expire at 90 days')).toBe(true);
    expect(isRetentionPhrase('scores land in the online store in 2 s')).toBe(false);
    expect(isRetentionPhrase('carts purged within 30 days of a request')).toBe(false);
    expect(parseSlaDurations('fraud flags within 2 s; device logs TTL 60 days')).toEqual([2]);
  });
});
