import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { availableValuesFor, estimateContentErrors } from '@/lib/estimate/prepare-estimate';
import { findingSchema } from '@/lib/scoring/finding';
import { fixtureRubric, rows } from './fixture-rubric';

const rubric = fixtureRubric();

function gradeOne(name: string, expr: string) {
  const result = gradeEstimate(rows([name, expr]), rubric);
  const quantity = result.quantities.find((item) => item.id === name);
  return { result, quantity, codes: result.findings.map((finding) => finding.code) };
}

describe('gradeEstimate bands', () => {
  it('accepts the round-up 80 TB with most of the points and gives the exact 73 TB full marks, explaining the round-up', () => {
    const rounded = gradeOne('storage_per_year', '200 GB/day * 400 day');
    // Within tolerance, so accepted, but 10% off the exact figure: the interviewer re-derives 73 TB to check it.
    expect(rounded.quantity).toMatchObject({ value: 80, unit: 'TB', expected: 73, verdict: 'full', points: 7 });
    expect(rounded.codes).toContain('estimate.not-exact');
    const hint = rounded.result.findings.find((finding) => finding.code === 'estimate.rounded-up');
    expect(hint?.severity).toBe('hint');
    expect(hint?.message).toMatch(/400 where the exact figure is 365/);
    const exact = gradeOne('storage_per_year', 'daily_ingest * 365 day');
    expect(exact.quantity).toMatchObject({ value: 73, verdict: 'full' });
    expect(exact.codes).not.toContain('estimate.rounded-up');
  });

  it('grades on the log of the ratio: tolerance, 2x, 10x, beyond', () => {
    // The working is there (daily_ingest over so many days), so only the value decides the band.
    const verdict = (tb: number) => gradeOne('storage_per_year', tb > 0 ? `daily_ingest * ${(tb / 73) * 365} day` : `${tb} TB`).quantity;
    // Within tolerance is 'full'; more than 8% off the exact figure keeps 7 of the 10 points (estimate.not-exact).
    expect(verdict(73 * 1.05)).toMatchObject({ verdict: 'full', points: 10 });
    expect(verdict(73 * 1.25)).toMatchObject({ verdict: 'full', points: 7 });
    expect(verdict(73 / 1.25)).toMatchObject({ verdict: 'full', points: 7 });
    expect(verdict(73 * 1.3)).toMatchObject({ verdict: 'partial', points: 5 });
    expect(verdict(73 / 2)).toMatchObject({ verdict: 'partial', points: 5 });
    expect(verdict(73 * 5)).toMatchObject({ verdict: 'off', points: 2 });
    expect(verdict(73 / 9)).toMatchObject({ verdict: 'off', points: 2 });
    // Exactly 10x off through a period a tenth of a year (36.5 days) is a decimal slip: that row earns nothing (decimal-slip.test.ts).
    expect(verdict(73 / 10)).toMatchObject({ verdict: 'off', points: 0 });
    expect(verdict(73 * 11)).toMatchObject({ verdict: 'off', points: 0 });
    expect(verdict(-5)).toMatchObject({ verdict: 'off', points: 0 });
  });

  it('matches row names case-insensitively after trimming', () => {
    expect(gradeOne(' Storage_Per_Year ', 'daily_ingest * 365 day').result.quantities[0]).toMatchObject({ verdict: 'full', row: 'Storage_Per_Year' });
  });

  it('scores the step from the quantities', () => {
    const result = gradeEstimate(
      rows(
        ['storage_per_year', 'daily_ingest * 365 day'],
        ['peak_event_rate', 'daily_events * peak_factor'],
        ['link_per_day', 'link_speed * 1 day to TB'],
        ['availability_target', '99.9%'],
      ),
      rubric,
    );
    expect(result.score).toBe(100);
    expect(result.quantities.map((item) => item.verdict)).toEqual(['full', 'full', 'full', 'full']);
    expect(result.quantities[1]).toMatchObject({ value: 5787, expected: 5787, unit: 'events/s' });
    result.findings.forEach((finding) => expect(findingSchema.parse(finding)).toEqual(finding));
  });

  it('reports missing quantities and bad expressions as findings', () => {
    const result = gradeEstimate(rows(['storage_per_year', '1 GB +'], ['scratch', 'nope']), rubric);
    expect(result.score).toBe(0);
    expect(result.quantities[0]).toMatchObject({ verdict: 'missing', value: null });
    const codes = result.findings.map((finding) => finding.code);
    expect(codes).toContain('estimate.quantity-invalid');
    expect(codes).toContain('estimate.quantity-missing');
    expect(codes).toContain('estimate.row-error');
  });
});

describe('gradeEstimate units', () => {
  it('gives no marks for the wrong dimension and names the units', () => {
    const { quantity, result } = gradeOne('storage_per_year', 'daily_ingest');
    expect(quantity).toMatchObject({ verdict: 'unit-error', points: 0, value: null });
    expect(result.findings[0]?.message).toBe('storage_per_year is in GB/day, a data rate; expected a data size such as TB.');
    // A plain number off the case's figure shows nothing: a unit error (the right magnitude earns a little: unitless-figures.test.ts).
    expect(gradeOne('storage_per_year', '7300').result.findings[0]?.message).toMatch(/plain number with no unit; expected a data size such as TB/);
    expect(gradeOne('storage_per_year', '7300').quantity).toMatchObject({ verdict: 'unit-error', points: 0 });
    expect(gradeOne('availability_target', '8 hours').result.findings[0]?.message).toMatch(/is in hours, a duration; expected a ratio such as 99.9%/);
  });

  it('says so when bits were written for bytes', () => {
    const { quantity, result } = gradeOne('storage_per_year', '200 Gb/day * 365 day');
    expect(quantity?.verdict).toBe('off');
    const finding = result.findings.find((item) => item.code === 'estimate.bits-for-bytes');
    expect(finding?.severity).toBe('wrong');
    expect(finding?.message).toMatch(/1 byte = 8 bits/);
    expect(finding?.message).toMatch(/73 Tb \(9.13 TB\) is 8x below the expected 73 TB/);
  });

  it('says so when bytes were written for bits', () => {
    const { result } = gradeOne('link_per_day', '10 GB/s * 1 day');
    expect(result.findings.map((item) => item.code)).toContain('estimate.bytes-for-bits');
    // A factor of 8 without a bit unit in sight still gets a pointer.
    expect(gradeOne('storage_per_year', 'daily_ingest * 365 day * 8').result.findings[0]?.message).toMatch(/factor of 8/);
  });

  it('accepts decimal and binary prefixes, with a hint', () => {
    const binary = gradeOne('storage_per_year', 'daily_ingest * 365 day to TiB');
    expect(binary.quantity).toMatchObject({ verdict: 'full', value: 73 });
    expect(binary.codes).toContain('estimate.binary-prefix');
    const gib = gradeOne('storage_per_year', '200 GiB/day * 365 day');
    expect(gib.quantity?.verdict).toBe('full');
  });
});

describe('gradeEstimate availability', () => {
  it('teaches that 99% is too low for tier 1', () => {
    const { quantity, result } = gradeOne('availability_target', '99%');
    expect(quantity).toMatchObject({ verdict: 'off', value: 99, expected: 99.9, unit: '%' });
    const message = result.findings[0]?.message ?? '';
    expect(message).toMatch(/3.65 days of downtime a year/);
    expect(message).toMatch(/8.76 hours/);
    expect(message).toMatch(/too low/);
  });

  it('accepts 99.9% written as a percentage, a fraction or a bare number', () => {
    expect(gradeOne('availability_target', '99.9%').quantity?.verdict).toBe('full');
    expect(gradeOne('availability_target', '0.999').quantity?.verdict).toBe('full');
    const bare = gradeOne('availability_target', '99.9');
    expect(bare.quantity).toMatchObject({ verdict: 'full', value: 99.9 });
    expect(bare.codes).toContain('estimate.percent-as-number');
  });

  it('accepts a little extra margin with a hint, marks a whole nine stricter, and penalises looser targets', () => {
    const stricter = gradeOne('availability_target', '99.95%');
    expect(stricter.quantity?.verdict).toBe('full');
    expect(stricter.codes).toContain('estimate.availability-stricter');
    expect(gradeOne('availability_target', '99.99%').quantity).toMatchObject({ verdict: 'off', points: 2 });
    expect(gradeOne('availability_target', '99.8%').quantity?.verdict).toBe('partial');
    expect(gradeOne('availability_target', '100%').quantity?.verdict).toBe('off');
    expect(gradeOne('availability_target', '99.99999%').quantity?.verdict).toBe('off');
  });
});

describe('gradeEstimate with revealed facts only', () => {
  it('explains which names are not uncovered yet', () => {
    const available = availableValuesFor(rubric, ['daily-volume']);
    expect(Object.keys(available)).toEqual(['daily_ingest', 'daily_events']);
    const result = gradeEstimate(rows(['peak_event_rate', 'daily_events * peak_factor']), rubric, { availableValues: available });
    expect(result.quantities[1]?.verdict).toBe('missing');
    expect(result.findings.find((item) => item.code === 'estimate.quantity-invalid')?.message).toMatch(/"peak_factor" comes from a fact you have not uncovered yet/);
  });

  it('turns a broken case reference into a hint instead of throwing', () => {
    const broken = fixtureRubric();
    const first = broken.steps.estimate.quantities[0];
    if (first) first.reference = 'daily_ingest * nope';
    const result = gradeEstimate(rows(['storage_per_year', '73 TB']), broken);
    expect(result.findings.map((item) => item.code)).toContain('estimate.reference-error');
    expect(result.quantities.map((item) => item.id)).not.toContain('storage_per_year');
    expect(estimateContentErrors(broken)).toHaveLength(1);
    expect(estimateContentErrors(rubric)).toEqual([]);
  });
});

const seedRubric = 'content/cases/ecommerce-data-platform/rubric.yaml';

describe.runIf(existsSync(seedRubric))('the seed case', () => {
  it('grades the notes: 80 TB and 73 TB full, 99% too low', () => {
    const { rubric: seed } = loadCase('ecommerce-data-platform');
    expect(estimateContentErrors(seed)).toEqual([]);
    const rounded = gradeEstimate(rows(['storage_per_year', '200 GB/day * 400 day'], ['availability_target', '99%']), seed);
    expect(rounded.quantities.find((item) => item.id === 'storage_per_year')).toMatchObject({ verdict: 'full', value: 80, expected: 73 });
    expect(rounded.quantities.find((item) => item.id === 'availability_target')?.verdict).toBe('off');
    const exact = gradeEstimate(rows(['storage_per_year', 'daily_ingest * 365 day'], ['availability_target', '99.9%']), seed);
    expect(exact.quantities.find((item) => item.id === 'storage_per_year')?.verdict).toBe('full');
    expect(exact.quantities.find((item) => item.id === 'availability_target')?.verdict).toBe('full');
  });
});
