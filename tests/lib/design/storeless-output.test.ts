import { describe, expect, it } from 'vitest';
import { scoreDesign } from '@/lib/design/score-design';
import { OUTPUT_POINTS, STORELESS_OUTPUT_SHARE } from '@/lib/design/score-outputs';
import { namesServingPlace } from '@/lib/text/serving-place';
import type { StepResult } from '@/lib/scoring/finding';
import { answer, fixtureRubric } from './fixture-rubric';

// An output is who reads what, from where. A row whose "store" only repeats the subject ("ops / inventory") or says
// "data" names the reader but not where they read: an interviewer credits the consumer and asks where it is served.
const rubric = fixtureRubric({
  outputs: [
    { id: 'bi', label: 'BI dashboards', synonyms: ['analysts', 'dashboard', 'dashboards', 'looker'] },
    { id: 'stock-view', label: 'Stock view', synonyms: ['ops', 'inventory', 'stock'] },
  ],
});

const base = {
  inputs: [
    { name: 'Orders database via CDC', mode: 'stream', format: 'Avro', rate: '10/s' },
    { name: 'Partner CSV on SFTP', mode: 'batch', format: 'CSV', rate: 'nightly' },
  ],
  useCase: 'Stock levels for operations during sales and a daily revenue dashboard.',
  sla: 'stock within 5 minutes; sales daily by 06:00',
  processingStyle: 'both',
  reason: 'Stream the order changes for fresh stock; batch the partner files for the daily dashboard.',
};

const grade = (store: string): StepResult =>
  scoreDesign(answer({ ...base, outputs: [{ consumer: 'analysts', store: 'Looker on the warehouse' }, { consumer: 'ops', store }] }), rubric);
const earnedFor = (result: StepResult, id: string) =>
  result.findings.filter((finding) => finding.severity === 'good' && finding.refs?.[0] === id).reduce((sum, finding) => sum + (finding.points ?? 0), 0);

describe('an output that names no place to read earns part of its points', () => {
  it.each(['inventory', 'data', 'stock levels', ''])('%j earns the consumer only', (store) => {
    const result = grade(store);
    expect(earnedFor(result, 'stock-view')).toBeCloseTo(OUTPUT_POINTS * STORELESS_OUTPUT_SHARE, 1);
    expect(result.findings.find((finding) => finding.code === 'design.output-store-missing')?.severity).toBe('missing');
  });

  it.each(['Redis', 'a stock table in Postgres (read replica)', 'live stock dashboard', 'Grafana', 'Pinot', 'an API the shop calls', 'parquet files in the lake', 'inventory cache', 'stock mart in Snowflake'])(
    '%j names where it is read and earns it all',
    (store) => {
      expect(earnedFor(grade(store), 'stock-view')).toBe(OUTPUT_POINTS);
    },
  );

  it('reads the place in either field', () => {
    expect(namesServingPlace('ops dashboard')).toBe(true);
    expect(namesServingPlace('inventory')).toBe(false);
    expect(namesServingPlace('data')).toBe(false);
    expect(namesServingPlace('the data')).toBe(false);
  });
});
