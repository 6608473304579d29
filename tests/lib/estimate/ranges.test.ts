import { describe, expect, it } from 'vitest';
import { evaluateWorksheetDetailed } from '@/lib/estimate/evaluate-worksheet';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { fixtureRubric, rows } from './fixture-rubric';

function read(expr: string) {
  const [row] = evaluateWorksheetDetailed([{ name: 'x', expr }], {});
  return row;
}

describe('a range written where one figure belongs is read at its top (kind: ranges without a choice)', () => {
  it.each([
    ['3-6 GB/hour', '6 GB/hour'],
    ['3–6 GB/hour', '6 GB/hour'],
    ['3 to 6 GB/hour', '6 GB/hour'],
    ['3 GB/hour - 6 GB/hour', '6 GB/hour'],
    ['1,500 to 4,000 events/s', '4,000 events/s'],
    ['15k-40k events/s', '40,000 events/s'],
    ['3-7bn events/day', '7 billion events/day'],
  ])('%s reads as %s, with a note saying it took the top', (expr, shown) => {
    const row = read(expr);
    expect(row?.error).toBeUndefined();
    expect(row?.value?.display).toBe(shown);
    expect(row?.usage.range).toBe(true);
    expect(row?.notes.some((note) => /range and was read at its top/.test(note))).toBe(true);
  });

  it.each([
    ['~5 GB/hour (3-6)', '5 GB/hour'],
    ['≈ 5 GB/hour (3 to 6 GB/hour)', '5 GB/hour'],
  ])('%s keeps the chosen figure and reads the bracketed range as a remark', (expr, shown) => {
    const row = read(expr);
    expect(row?.value?.display).toBe(shown);
    expect(row?.usage.range).toBeUndefined();
  });

  it.each([
    ['730-30', '700'],
    ['12 - 4', '8'],
    ['80 GB - 20 GB', '60 GB'],
    ['1 - 0.9995', '0.0005'],
  ])('a subtraction %s stays a subtraction', (expr, shown) => {
    const row = read(expr);
    expect(row?.value?.display.replace(/\s/g, '')).toBe(shown.replace(/\s/g, ''));
    expect(row?.usage.range).toBeUndefined();
  });
});

describe('grading a range', () => {
  const rubric = fixtureRubric();
  const others: [string, string][] = [['peak_event_rate', '50e6 events/day * 10 to events/s'], ['availability_target', '99.9%']];

  it('a range carried through whose top lands keeps its points, with a hint to say the sizing is for the top', () => {
    const result = gradeEstimate(rows(['daily', '120-200 GB/day'], ['storage_per_year', 'daily * 365 day to TB'], ...others), rubric);
    expect(result.quantities.find((item) => item.id === 'storage_per_year')?.points).toBe(10);
    expect(result.findings.find((finding) => finding.code === 'estimate.range-top')?.message).toMatch(/top/);
  });

  it('a range whose top is off is graded at its top and named as never narrowed', () => {
    const result = gradeEstimate(rows(['storage_per_year', '200-500 GB/day * 365 day to TB'], ...others), rubric);
    expect(result.quantities.find((item) => item.id === 'storage_per_year')?.verdict).not.toBe('full');
    expect(result.findings.find((finding) => finding.code === 'estimate.range-unchosen')?.message).toMatch(/never|without narrowing/);
  });

  it('an answer that is only a range earns nothing, even when its top lands, and spends the trust of bare figures', () => {
    const result = gradeEstimate(rows(['storage_per_year', '40 to 75 TB'], ['peak_event_rate', '5800 events/s'], ['availability_target', '99.9%']), rubric);
    expect(result.quantities.find((item) => item.id === 'storage_per_year')?.points).toBe(0);
    const unchosen = result.findings.find((finding) => finding.code === 'estimate.range-unchosen');
    expect(unchosen?.severity).toBe('wrong');
    expect(unchosen?.message).toMatch(/never chooses/);
    // The bare peak rate loses the half it would have earned on trust.
    expect(result.quantities.find((item) => item.id === 'peak_event_rate')?.points).toBe(0);
  });
});
