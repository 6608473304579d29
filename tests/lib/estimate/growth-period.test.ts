import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { rows } from './fixture-rubric';

const iotPath = 'content/cases/iot-telemetry/rubric.yaml';

describe.runIf(existsSync(iotPath))('sizing for a growth fact that is not yearly (sensors double in two years)', () => {
  const { rubric } = loadCase('iot-telemetry');

  it.each([
    ['readings_per_second', 'machine_count * sensors_per_machine * sample_rate * sensor_growth_two_years'],
    ['readings_per_second', '2500 * 20 * 1 events/s * 2'],
    ['raw_storage_per_day', 'machine_count * sensors_per_machine * 2 * sample_rate * reading_size to GB/day'],
  ])('%s = %s earns full marks and shows both figures', (id, expr) => {
    const result = gradeEstimate(rows([id, expr]), rubric);
    expect(result.quantities.find((item) => item.id === id)?.points).toBe(10);
    const growth = result.findings.find((finding) => finding.code === 'estimate.with-growth');
    expect(growth?.message).toMatch(/today, .* with that growth/);
  });

  it('a doubled value with nothing saying why is graded on its value', () => {
    const result = gradeEstimate(rows(['readings_per_second', '100000 events/s']), rubric);
    expect(result.quantities.find((item) => item.id === 'readings_per_second')?.points).toBeLessThan(10);
  });
});
