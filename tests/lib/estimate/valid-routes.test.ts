import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { evaluateWorksheetDetailed } from '@/lib/estimate/evaluate-worksheet';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { quantityOf as quantity, sheet } from './fixtures';

// Interviewer's reading, written before the engine ran: each route below is a valid way to the case's figure
// (a rate as its interval, a count split into plants, a link in Mbit/s), so the row earns its full points.

type Result = ReturnType<typeof gradeEstimate>;

const codes = (result: Result) => result.findings.filter((item) => item.points > 0 && item.severity !== 'good').map((item) => item.code);

describe('a rate written as its interval is the rate', () => {
  it('ride-hailing: the average fleet pinging once every 4 s, sized per day, earns full marks', () => {
    const result = gradeEstimate(sheet(['location_data_per_day', 'online_drivers_avg * 1 events / (4 s) * ping_size to GB/day']), loadCase('ride-hailing').rubric);
    expect(quantity(result, 'location_data_per_day')?.points).toBe(10);
    expect(codes(result).filter((code) => code !== 'estimate.quantity-missing')).toEqual([]);
  });

  it('ride-hailing: an interval that is not the case\'s (every 10 s) is still not its rate', () => {
    const result = gradeEstimate(sheet(['peak_location_updates', 'online_drivers_peak / (10 s) * 1 events']), loadCase('ride-hailing').rubric);
    expect(quantity(result, 'peak_location_updates')?.points).toBeLessThan(10);
  });
});

describe('a count split into parts the case describes (machines per plant x plants) is the count', () => {
  it('iot-telemetry: 500 machines in each of five plants lands on both rates with full marks', () => {
    const result = gradeEstimate(
      sheet(
        ['machines_per_plant', '500'],
        ['readings_per_second', 'machines_per_plant * 5 * sensors_per_machine * sample_rate'],
        ['raw_storage_per_day', '5 * 500 * 20 * 1 events/s * 100 B/event to GB/day'],
      ),
      loadCase('iot-telemetry').rubric,
    );
    expect(quantity(result, 'readings_per_second')?.points).toBe(10);
    expect(quantity(result, 'raw_storage_per_day')?.points).toBe(10);
    expect(codes(result).filter((code) => code !== 'estimate.quantity-missing')).toEqual([]);
  });

  it('iot-telemetry: one plant\'s machines with a fivefold reading size still lands only because errors cancel', () => {
    const result = gradeEstimate(sheet(['raw_storage_per_day', '500 * 20 * 1 events/s * 500 B/event to GB/day']), loadCase('iot-telemetry').rubric);
    expect(quantity(result, 'raw_storage_per_day')?.points).toBe(0);
  });
});

describe('fractional figures that multiply to a case count are errors that cancel, not a split count', () => {
  // Interviewer: "40 sensors, half of them idle" is two wrong premises (the case says 20 sensors, all read);
  // the row lands only because they cancel, so it earns nothing, as any other cancelling pair.
  it('iot-telemetry: 2,500 machines x 40 sensors x 0.5 earns nothing for the reading rate', () => {
    const result = gradeEstimate(sheet(['readings_per_second', '2500 * 40 * 0.5 * 1 events/s']), loadCase('iot-telemetry').rubric);
    expect(quantity(result, 'readings_per_second')?.points).toBe(0);
  });

  it('iot-telemetry: 2,500 machines x 4 x 5 sensors (whole parts) is still the sensor count', () => {
    const result = gradeEstimate(sheet(['readings_per_second', '2500 * 4 * 5 * 1 events/s']), loadCase('iot-telemetry').rubric);
    expect(quantity(result, 'readings_per_second')?.points).toBe(10);
  });
});

describe('bit units as networks quote them', () => {
  it.each([
    ['50000 events/s * 800 bit/event to Mbit/s', 40, 'Mbit was read as megabits'],
    ['5 Gbit/s to MB/s', 625, 'Gbit was read as gigabits'],
    ['8 kbit/s * 1000 to Mbit/s', 8, 'kbit was read as kilobits'],
    ['2 Kbps * 1000 to Mbps', 2, 'Kbps was read as kilobits per second'],
    ['40 megabits/s to MB/s', 5, 'megabits was read as megabits'],
  ])('%s reads, and its note says which unit was read', (expr, value, note) => {
    const [row] = evaluateWorksheetDetailed([{ name: 'uplink', expr }], {});
    expect(row?.error).toBeUndefined();
    expect(row?.value?.number).toBeCloseTo(value, 6);
    expect(row?.notes.join(' ')).toContain(note);
  });

  it('40 megabytes/s is a size rate, not a count of "megabytes" things', () => {
    const [row] = evaluateWorksheetDetailed([{ name: 'uplink', expr: '40 megabytes/s' }], {});
    expect(row?.value?.unit).toBe('MB/s');
  });
});
