import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { estimateContentErrors } from '@/lib/estimate/prepare-estimate';
import { fixtureRubric, rows } from './fixture-rubric';
import { HEADROOM_POINTS } from '@/lib/estimate/sheet-craft';

const seedPath = 'content/cases/ecommerce-data-platform/rubric.yaml';

function quantity(result: ReturnType<typeof gradeEstimate>, id: string) {
  return result.quantities.find((item) => item.id === id);
}

function codes(result: ReturnType<typeof gradeEstimate>): string[] {
  return result.findings.map((finding) => finding.code);
}

describe.runIf(existsSync(seedPath))('grading the working (seed case)', () => {
  const { rubric } = loadCase('ecommerce-data-platform');

  it.each([
    ['storage_per_year', '73 TB'],
    ['storage_per_year', '80 TB'],
    ['peak_event_rate', '5800 events/s'],
    ['peak_event_rate', '5.8K QPS'],
    ['hot_storage', '220 TB'],
    ['hot_storage', '219,000 GB'],
  ])('a bare %s = %s earns half and asks for the working', (id, expr) => {
    const result = gradeEstimate(rows([id, expr]), rubric);
    expect(quantity(result, id)).toMatchObject({ verdict: 'partial', points: 5 });
    const finding = result.findings.find((item) => item.code === 'estimate.working-missing');
    expect(finding?.message).toContain(expr);
    expect(finding?.points).toBe(5);
  });

  it.each([
    ['storage_per_year', 'daily_ingest * 365 day'],
    ['storage_per_year', '200 GB/day * 365 day'],
    ['storage_per_year', '0.2 TB/day * 12 mo'],
    ['peak_event_rate', 'daily_events * peak_factor'],
    ['peak_event_rate', '50M events/day * 10 / 86400 s'],
    ['peak_event_rate', '50,000,000 events/day * 10 to events/s'],
    ['peak_event_rate', '580 events/s * 10'],
    ['hot_storage', 'daily_ingest * 3 yr'],
    ['hot_storage', '200 GB/day * hot_retention'],
  ])('%s = %s uses the facts and earns full marks', (id, expr) => {
    const result = gradeEstimate(rows([id, expr]), rubric);
    expect(quantity(result, id)).toMatchObject({ verdict: 'full', points: 10 });
    expect(codes(result)).not.toContain('estimate.working-missing');
    expect(codes(result)).not.toContain('estimate.working-incomplete');
  });

  it('storage_per_year = 200 GB/d × 400 d uses the facts: no working finding, 7 points for the 10% round-up', () => {
    const result = gradeEstimate(rows(['storage_per_year', '200 GB/d × 400 d']), rubric);
    expect(quantity(result, 'storage_per_year')).toMatchObject({ verdict: 'full', points: 7 });
    expect(codes(result)).toContain('estimate.not-exact');
    expect(codes(result)).not.toContain('estimate.working-missing');
    expect(codes(result)).not.toContain('estimate.working-incomplete');
  });

  it('follows the working through earlier rows', () => {
    const result = gradeEstimate(rows(['per_day', '200 GB/day'], ['year_days', '365 day'], ['storage_per_year', 'per_day * year_days']), rubric);
    expect(quantity(result, 'storage_per_year')).toMatchObject({ verdict: 'full', points: 10 });
  });

  it.each([
    ['2 million events/month * 12 month * 3 MB/event', '3 MB/event'],
    ['2e6 events/month * 12 mo * 3000 KB/event', '3000 KB/event'],
    ['50e6 events/day * 365 day * 4 GB/event / 1000', '4 GB/event'],
  ])('names a compensating error: %s', (expr, assumption) => {
    const result = gradeEstimate(rows(['storage_per_year', expr]), rubric);
    const grade = quantity(result, 'storage_per_year');
    expect(grade?.points).toBeLessThanOrEqual(5);
    const far = result.findings.find((item) => item.code === 'estimate.assumption-far');
    expect(far?.message).toContain(assumption);
  });

  it('leaves a realistic intermediate figure alone', () => {
    const result = gradeEstimate(rows(['storage_per_year', '50e6 events/day * 4 KB/event * 365 day']), rubric);
    expect(codes(result)).not.toContain('estimate.assumption-far');
  });

  it('keeps gamed worksheets (bare numbers, compensating errors) at or under half of the amounts', () => {
    const bare = gradeEstimate(rows(['storage_per_year', '73 TB'], ['peak_event_rate', '5800 events/s'], ['hot_storage', '220 TB']), rubric);
    for (const id of ['storage_per_year', 'peak_event_rate', 'hot_storage']) expect(quantity(bare, id)?.points).toBe(5);
    const gamed = gradeEstimate(rows(['storage_per_year', '2 million events/month * 12 month * 3 MB/event'], ['peak_event_rate', '5800 events/s'], ['hot_storage', '220 TB']), rubric);
    expect(gamed.quantities.reduce((sum, item) => sum + item.points, 0)).toBeLessThanOrEqual(15);
  });

  it.each([
    [['yearly_raw_storage', 'daily_ingest * 365 day'], 'storage_per_year'],
    [['raw_per_year', '200 GB/day * 1 yr'], 'storage_per_year'],
    [['sale_day_rate', 'daily_events * peak_factor'], 'peak_event_rate'],
    [['three_year_hot', 'daily_ingest * hot_retention'], 'hot_storage'],
  ] as const)('takes a row in the learner\'s own words (%j) as %s', (pair, id) => {
    const result = gradeEstimate(rows([pair[0], pair[1]]), rubric);
    expect(quantity(result, id)).toMatchObject({ verdict: 'full', row: pair[0] });
    const matched = result.findings.find((item) => item.code === 'estimate.row-matched');
    expect(matched?.message).toContain(`${pair[0]} was taken as ${id}`);
  });

  it('matches own-words rows one to one, by the facts they use, then by value', () => {
    const result = gradeEstimate(
      rows(['daily', '200 GB/day'], ['yearly', 'daily * 365 day'], ['avg_rate', 'daily_events to events/s'], ['busiest', 'avg_rate * peak_factor'], ['kept', 'daily * hot_retention']),
      rubric,
    );
    expect(quantity(result, 'storage_per_year')?.row).toBe('yearly');
    expect(quantity(result, 'peak_event_rate')?.row).toBe('busiest');
    expect(quantity(result, 'hot_storage')?.row).toBe('kept');
    expect(result.score).toBe(75);
  });

  it.each([
    ['daily_ingest * 365 day * yearly_growth', undefined],
    ['200 GB/day * 365 day * 1.5', undefined],
    ['daily_ingest * 365 day * 1.5', undefined],
    ['daily_ingest * 365 day * 3 / 2', 'Sized for next year with 50% growth.'],
  ])('accepts a with-growth answer %s and shows both figures', (expr, notes) => {
    const result = gradeEstimate({ rows: [{ name: 'storage_per_year', expr }], ...(notes ? { notes } : {}) }, rubric);
    expect(quantity(result, 'storage_per_year')).toMatchObject({ verdict: 'full', points: 10 });
    const growth = result.findings.find((item) => item.code === 'estimate.with-growth');
    expect(growth?.message).toMatch(/73 TB today, 110 TB with that growth/);
  });

  it('does not call 110 TB growth when nothing says so', () => {
    const result = gradeEstimate(rows(['storage_per_year', 'daily_ingest * 548 day']), rubric);
    expect(codes(result)).not.toContain('estimate.with-growth');
    expect(quantity(result, 'storage_per_year')?.verdict).toBe('partial');
  });
});

describe('content checks for the working', () => {
  it('asks for builtFrom and checks its facts and factors', () => {
    expect(estimateContentErrors(fixtureRubric())).toEqual([]);
    // A fresh copy: the prepared estimate is cached per rubric object.
    const rubric = fixtureRubric();
    const [first, second, third] = rubric.steps.estimate.quantities;
    if (!first || !second || !third) throw new Error('fixture changed');
    delete first.builtFrom;
    second.builtFrom = { facts: ['no_such_value'], factors: [] };
    third.builtFrom = { facts: ['link_speed'], factors: [{ label: 'a day', value: '1 dayz' }] };
    const errors = estimateContentErrors(rubric);
    expect(errors.some((error) => /storage_per_year.*add builtFrom/.test(error))).toBe(true);
    expect(errors.some((error) => /no_such_value/.test(error))).toBe(true);
    expect(errors.some((error) => /factor "a day"/.test(error))).toBe(true);
  });
});

const iotPath = 'content/cases/iot-telemetry/rubric.yaml';

describe.runIf(existsSync(iotPath))('working done in the head (iot case)', () => {
  const { rubric } = loadCase('iot-telemetry');

  it('counts facts multiplied before being written down, and a daily figure written without /day', () => {
    const result = gradeEstimate(
      rows(
        ['readings_per_second', '50,000 * 1 events/s'],
        ['raw_storage_per_day', '50K events/s * 100 B/event to GB/day'],
        ['raw_tier', '432 GB * 30 day'],
        ['minute_tier', '50000 * 1440 events/day * 200 B/event * 2 yr'],
        ['hour_tier', '50000 * 24 events/day * 200 B/event * 10 yr'],
        ['tiered_storage', 'raw_tier + minute_tier + hour_tier'],
        ['availability_target', '99.95%'],
      ),
      rubric,
    );
    expect(result.quantities.map((item) => item.verdict)).toEqual(['full', 'full', 'full', 'full']);
    expect(result.score).toBe(100 - HEADROOM_POINTS);
    expect(codes(result)).not.toContain('estimate.assumption-far');
  });

  it('still asks for the working behind a bare tiered figure', () => {
    const result = gradeEstimate(rows(['tiered_storage', '24 TB']), rubric);
    // The case weighs the tiered total twice (20 points): a bare figure earns half of them.
    expect(quantity(result, 'tiered_storage')).toMatchObject({ verdict: 'partial', points: 10, maxPoints: 20 });
  });
});
