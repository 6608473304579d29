import { describe, expect, it } from 'vitest';
import { rubricSchema } from '@/lib/content/rubric-schema';
import type { Rubric } from '@/lib/content/rubric-schema';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';

/** A game-telemetry case: 800 million match events a day of 400 bytes, kept two years, a 3x evening peak. */
function gameRubric(): Rubric {
  return rubricSchema.parse({
    version: 1,
    steps: {
      clarify: {
        facts: [
          {
            id: 'volume',
            topic: 'scale_now',
            answer: 'About 800 million match events a day, each about 400 bytes.',
            values: { match_events_daily: '800e6 events/day', match_event_size: '400 B/event' },
          },
          { id: 'peaks', topic: 'scale_growth', answer: 'Evenings run at three times the daily average.', values: { evening_peak: '3' } },
          { id: 'retention', topic: 'retention', answer: 'Two years of match history.', values: { match_retention: '2 years' } },
          { id: 'availability', topic: 'availability', answer: '99.9%.', values: { target_availability: '99.9%' } },
        ],
      },
      estimate: {
        quantities: [
          { id: 'peak_event_rate', title: 'Match events per second at the evening peak', dimension: 'event_rate', unit: 'events/s', reference: 'match_events_daily * evening_peak', builtFrom: { facts: ['match_events_daily', 'evening_peak'] } },
          {
            id: 'match_history',
            title: 'Match history kept for two years',
            dimension: 'data_size',
            unit: 'TB',
            reference: 'match_events_daily * match_event_size * match_retention',
            builtFrom: { facts: ['match_events_daily', 'match_event_size', 'match_retention'] },
          },
          { id: 'availability_target', title: 'Availability target', dimension: 'ratio', unit: '%', reference: 'target_availability', builtFrom: { facts: ['target_availability'] } },
        ],
      },
    },
  });
}

const sheet = (...pairs: [string, string][]) => ({ rows: pairs.map(([name, expr]) => ({ name, expr })) });
const rate: [string, string] = ['peak_event_rate', '800e6 events/day * 3 to events/s'];
const availability: [string, string] = ['availability_target', '99.9%'];

type Result = ReturnType<typeof gradeEstimate>;
const points = (result: Result, id: string) => result.quantities.find((item) => item.id === id)?.points;
const finding = (result: Result) => result.findings.find((item) => item.code === 'estimate.total-not-from-working');

describe('a total that lands while the sheet works the same figure wrongly (kind: right total, wrong intermediate)', () => {
  const rubric = gameRubric();

  it.each([
    ['a bare total', '234 TB'],
    ['a total from the right daily figure typed in', '320 GB/day * 2 years to TB'],
  ])('names the off row and its misread figure, and the total earns nothing (%s)', (_, total) => {
    // 800M x 4 KB = 3.2 TB/day, ten times the case's 320 GB/day; the two-year total is still given as ~234 TB.
    const result = gradeEstimate(sheet(rate, ['bytes_per_day', '800e6 events/day * 4 KB/event to GB/day'], ['match_history', total], availability), rubric);
    expect(points(result, 'match_history')).toBe(0);
    const found = finding(result);
    expect(found?.severity).toBe('wrong');
    expect(found?.message).toContain('bytes_per_day');
    expect(found?.message).toContain('4 KB/event');
    expect(found?.message).toContain('400 B/event');
    expect(found?.message).toContain('10x');
    expect(found?.message).toMatch(/right by accident/);
    // The sound rate keeps three quarters (the interviewer re-checks it); the availability is one fact.
    expect(points(result, 'peak_event_rate')).toBe(7.5);
    expect(points(result, 'availability_target')).toBe(10);
    expect(result.score).toBeLessThanOrEqual(60);
    expect(result.score).toBeGreaterThanOrEqual(50);
  });

  it('a row built on the landing total keeps its spent-trust share, not nothing: the slip is in the stray row', () => {
    const result = gradeEstimate(
      sheet(rate, ['bytes_per_day', '800e6 events/day * 40 B/event to GB/day'], ['daily_history', '320 GB/day'], ['match_history', 'daily_history * 2 years to TB'], availability),
      rubric,
    );
    // 40 B is a tenth of the case's 400 B: the row is 10x low, and the daily figure next to it is the case's.
    expect(finding(result)?.message).toContain('40 B/event');
    expect(points(result, 'match_history')).toBe(0);
  });

  it.each([
    ['the intermediate is right', ['bytes_per_day', '800e6 events/day * 400 B/event to GB/day']],
    ['the intermediate is a choice of another period (a week in Kafka)', ['kafka_week', '320 GB/day * 7 day to TB']],
    ['the intermediate is a split the total is built from', ['per_region', '800e6 events/day * 400 B/event / 4 to GB/day']],
  ] as [string, [string, string]][])('leaves the sheet alone when %s', (_, extra) => {
    const result = gradeEstimate(sheet(rate, extra, ['match_history', '800e6 events/day * 400 B/event * 2 years to TB'], availability), rubric);
    expect(finding(result)).toBeUndefined();
    expect(result.score).toBe(100);
  });

  it('an off total built on the off row stays a slip of its own, not a stray', () => {
    const result = gradeEstimate(sheet(rate, ['bytes_per_day', '800e6 events/day * 4 KB/event to GB/day'], ['match_history', 'bytes_per_day * 2 years to TB'], availability), rubric);
    expect(finding(result)).toBeUndefined();
    expect(points(result, 'match_history')).toBe(0);
  });
});
