import { describe, expect, it } from 'vitest';
import { MEANING_MATCH, measureAgreement, readMeasureName } from '@/lib/text/measure-name';

// Names written for this test; what each should read as was decided before running.
describe('readMeasureName', () => {
  it('reads what is counted, per what, and at which peak', () => {
    const reading = readMeasureName('orders per minute in the busiest hour');
    expect(reading.subject).toContain('order');
    expect(reading.per).toBe('minut');
    expect(reading.times).toContain('hour');
    expect(reading.peak).toBe(true);
    expect(reading.average).toBe(false);
  });

  it('reads snake_case and retention words', () => {
    const reading = readMeasureName('clicks_kept_for_two_years');
    expect(reading.subject).toContain('click');
    expect(reading.kept).toBe(true);
    expect(reading.per).toBeUndefined();
  });
});

describe('measureAgreement', () => {
  const quantity = readMeasureName('Orders per second at the holiday peak peak_order_rate');
  it('agrees when the row names the same thing per the same unit at the peak', () => {
    expect(measureAgreement(readMeasureName('max orders per second'), quantity).score).toBeGreaterThanOrEqual(MEANING_MATCH);
  });
  it('conflicts on another time unit or an average for a peak', () => {
    expect(measureAgreement(readMeasureName('orders per day'), quantity).conflict).toBe('per');
    expect(measureAgreement(readMeasureName('average orders per second'), quantity).conflict).toBe('peak');
  });
  it('needs a specific word in common: generic words alone are not a meaning', () => {
    expect(measureAgreement(readMeasureName('raw data total'), readMeasureName('Raw data written per day')).score).toBe(0);
  });
  it('weighs a word only the facts name at half', () => {
    const viaFacts = measureAgreement(readMeasureName('total sensors'), readMeasureName('Readings per second'), ['sensor']);
    expect(viaFacts.score).toBeLessThan(MEANING_MATCH);
  });
});
