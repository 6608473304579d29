import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { fixtureRubric, rows } from './fixture-rubric';

type Result = ReturnType<typeof gradeEstimate>;

function quantity(result: Result, id: string) {
  return result.quantities.find((item) => item.id === id);
}

function codes(result: Result): string[] {
  return result.findings.map((finding) => finding.code);
}

describe('a value that lands through figures off the case earns nothing', () => {
  const rubric = fixtureRubric();

  it.each([
    ['peak_event_rate', '25e6 events / 86400 s * 20'],
    ['peak_event_rate', '100M events/day * 5 to events/s'],
    ['peak_event_rate', '20M events/d * 25 to events/s'],
    ['storage_per_year', '400 GB/day * 182 day'],
    ['storage_per_year', '50 GB/day * 1460 day'],
  ])('%s = %s names the misread fact and scores 0', (id, expr) => {
    const result = gradeEstimate(rows([id, expr]), rubric);
    expect(quantity(result, id)?.points).toBe(0);
    const misread = result.findings.find((finding) => finding.code === 'estimate.fact-misread');
    expect(misread?.severity).toBe('wrong');
    expect(misread?.message).toContain(id);
  });

  it.each([
    ['peak_event_rate', '50M events/d * 10 to events/s'],
    ['peak_event_rate', '50e6 events / 86400 s * 10'],
    ['storage_per_year', '200 GB/day * 400 day', 7],
    ['storage_per_year', '200 GB/day * 365 day', 10],
    ['storage_per_year', '210 GB/day * 1 year', 10],
  ] as [string, string, number?][])('%s = %s uses the facts (or a rounding of them) and keeps its points (7 when rounded 10% off the exact figure)', (id, expr, points = 10) => {
    const result = gradeEstimate(rows([id, expr]), rubric);
    expect(quantity(result, id)?.points).toBe(points);
    expect(codes(result)).not.toContain('estimate.fact-misread');
    expect(codes(result)).not.toContain('estimate.assumption-far');
  });

  it('a value off the case is graded on its value, not called a misread', () => {
    const result = gradeEstimate(rows(['peak_event_rate', '25e6 events / 86400 s * 10']), rubric);
    expect(quantity(result, 'peak_event_rate')?.verdict).not.toBe('full');
    expect(codes(result)).not.toContain('estimate.fact-misread');
  });
});

describe('a sheet with no working anywhere', () => {
  const rubric = fixtureRubric();

  it.each([['0.999'], ['99.9%'], ['99.9']])('halves even the availability target typed as %s', (availability) => {
    const result = gradeEstimate(rows(['storage_per_year', '73 TB'], ['peak_event_rate', '5800 events/s'], ['link_per_day', '108 TB'], ['availability_target', availability]), rubric);
    expect(quantity(result, 'availability_target')?.points).toBe(5);
    expect(result.score).toBeLessThanOrEqual(50);
    expect(result.findings.some((finding) => finding.code === 'estimate.working-missing' && (finding.refs ?? []).includes('availability_target'))).toBe(true);
  });

  it('keeps full marks for the availability figure when other rows show their working', () => {
    const result = gradeEstimate(rows(['storage_per_year', 'daily_ingest * 365 day'], ['availability_target', '0.999']), rubric);
    expect(quantity(result, 'availability_target')?.points).toBe(10);
  });
});

describe('values of a near dimension read as the interviewer hears them', () => {
  const rubric = fixtureRubric();

  it.each([['50,000,000 / 86,400 s * 10'], ['5.8K / s'], ['50e6 / 86400 s * 10']])('peak_event_rate = %s (no count unit) is read as events/s', (expr) => {
    const result = gradeEstimate(rows(['peak_event_rate', expr]), rubric);
    expect(quantity(result, 'peak_event_rate')?.verdict).not.toBe('unit-error');
    expect(codes(result)).toContain('estimate.read-as');
  });

  it('a data size is still a unit error for an event rate', () => {
    const result = gradeEstimate(rows(['peak_event_rate', '5800 GB']), rubric);
    expect(quantity(result, 'peak_event_rate')?.verdict).toBe('unit-error');
  });

  const iotPath = 'content/cases/iot-telemetry/rubric.yaml';
  it.runIf(existsSync(iotPath)).each([
    ['raw_storage_per_day', 'machine_count * sensors_per_machine * sample_rate * reading_size * 1 day'],
    ['daily_bytes', 'machine_count * sensors_per_machine * sample_rate * reading_size * 24 h'],
  ])('%s = %s (one day amount) answers the daily figure', (name, expr) => {
    const { rubric: iot } = loadCase('iot-telemetry');
    const result = gradeEstimate(rows([name, expr]), iot);
    expect(quantity(result, 'raw_storage_per_day')?.points).toBe(10);
    expect(codes(result)).toContain('estimate.read-as');
  });
});
