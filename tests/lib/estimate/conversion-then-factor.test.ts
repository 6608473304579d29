import { describe, expect, it } from 'vitest';
import { evaluateWorksheetDetailed } from '@/lib/estimate/evaluate-worksheet';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { FLEET_RIGHT, fleetRubric, fleetSheet } from './fleet-rubric';

const evaluate = (expr: string, values: Record<string, string> = {}) => evaluateWorksheetDetailed([{ name: 'figure_under_test', expr }], values)[0];

describe('a conversion followed by more working (kind: `X to unit * factor` refused as a unit with a value)', () => {
  it('converts first, then applies the factor, in the converted unit', () => {
    const row = evaluate('6e6 events/day to events/min * 3');
    expect(row?.error).toBeUndefined();
    expect(row?.value?.display).toMatch(/^12,500 events\/min/);
    expect(row?.notes.join(' ')).toMatch(/to events\/min(ute)?\) \* 3: the conversion names the unit/);
  });

  it('divides after the conversion too, and a named factor is one of the factors', () => {
    expect(evaluate('9 TB to GB / 3')?.value?.display).toBe('3,000 GB');
    expect(evaluate('1.2e6 events/hour to events/s * surge', { surge: '4' })?.value?.display).toBe('1,330 events/s');
  });

  it('a quantity after the unit changes what the figure measures, so the result is shown in its own unit', () => {
    const row = evaluate('2e9 B/day to GB/day * 30 day');
    expect(row?.error).toBeUndefined();
    expect(row?.value?.display).toBe('60 GB');
  });

  it('leaves a plain conversion and a conversion to a compound unit as written', () => {
    const plain = evaluate('3 TB to GB');
    expect(plain?.value?.display).toBe('3,000 GB');
    expect(plain?.notes).toEqual([]);
    expect(evaluate('7.2e9 B/hour to MB/s')?.value?.display).toBe('2 MB/s');
  });

  it('grades a peak written as "daily to per second, then the peak factor" like the same peak worked the other way', () => {
    // Interviewer, before running: every figure right, no growth: 88, the same as the sheet written conventionally.
    const rows = FLEET_RIGHT.map(([name, expr]): [string, string] => (name === 'peak_delivery_rate' ? [name, '3e6 events/day to events/s * 2.5'] : [name, expr]));
    const result = gradeEstimate(fleetSheet([...rows, ['peak_delivery_rate_with_margin', 'peak_delivery_rate * 1.2']]), fleetRubric());
    expect(result.quantities.find((item) => item.id === 'peak_delivery_rate')?.points).toBe(10);
    expect(result.findings.some((finding) => finding.code === 'estimate.quantity-invalid' || finding.code === 'estimate.row-error')).toBe(false);
    expect(result.score).toBe(gradeEstimate(fleetSheet(FLEET_RIGHT), fleetRubric()).score);
  });
});
