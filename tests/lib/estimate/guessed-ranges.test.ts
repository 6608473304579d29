import { describe, expect, it } from 'vitest';
import { loadCase } from '@/lib/content/load-cases';
import { gradeEstimate } from '@/lib/estimate/grade-estimate';
import { workingOf } from '@/lib/estimate/working';
import { evaluateWorksheetDetailed } from '@/lib/estimate/evaluate-worksheet';
import { codesOf as codes, sheet } from './fixtures';
import { HEADROOM_POINTS } from '@/lib/estimate/sheet-craft';

// Interviewer's reading, written before the engine ran. The middle of a range the learner made up ("between
// 10 and 50 TB, so 30 TB") is a guess said out loud: nothing in it comes from the case, so an interviewer
// gives it nothing, however close it lands, and takes no bare figure on the same sheet on trust. A sheet of
// such midpoints keeps at most a little for a right availability target: about 10-15.

type Result = ReturnType<typeof gradeEstimate>;

const points = (result: Result, id: string) => result.quantities.find((item) => item.id === id)?.points;

describe('a figure taken as the middle of a guessed range earns nothing', () => {
  it('ecommerce-data-platform: every figure a midpoint, two of them landing (interviewer: about 12)', () => {
    const result = gradeEstimate(
      sheet(
        ['storage_per_year', '(50 TB + 100 TB) / 2'],
        ['peak_event_rate', '(1000 events/s + 10000 events/s) / 2'],
        ['hot_storage', '(100 TB + 300 TB) / 2'],
        ['availability_target', '99.9%'],
      ),
      loadCase('ecommerce-data-platform').rubric,
    );
    expect(result.score).toBeLessThanOrEqual(20);
    expect(points(result, 'storage_per_year')).toBe(0);
    expect(points(result, 'hot_storage')).toBe(0);
    expect(codes(result).filter((code) => code === 'estimate.range-midpoint')).toHaveLength(3);
  });

  it('iot-telemetry: midpoints beside a bare figure; the bare one is not taken on trust (interviewer: about 12)', () => {
    const result = gradeEstimate(
      sheet(
        ['readings_per_second', 'sqrt(10000 events/s * 250000 events/s)'],
        ['raw_storage_per_day', '(200 GB/day + 600 GB/day) / 2'],
        ['tiered_storage', '24 TB'],
        ['availability_target', '99.95%'],
      ),
      loadCase('iot-telemetry').rubric,
    );
    expect(result.score).toBeLessThanOrEqual(20);
    expect(points(result, 'tiered_storage')).toBe(0);
    expect(codes(result)).toContain('estimate.bare-untrusted');
  });

  it('card-payments: one guessed row among worked ones costs that row only (interviewer: about 72)', () => {
    const result = gradeEstimate(
      sheet(
        ['peak_auth_rate', 'daily_auths * peak_factor to events/s'],
        ['ledger_rows_per_year', 'daily_auths * ledger_entries_per_auth * 365 day'],
        ['retention_storage', '(50 TB + 100 TB) / 2'],
        ['availability_target', '99.99%'],
      ),
      loadCase('card-payments').rubric,
    );
    expect(result.score).toBeGreaterThanOrEqual(65);
    expect(result.score).toBeLessThanOrEqual(78);
    expect(points(result, 'retention_storage')).toBe(0);
  });

  it('a sum of the case\'s parts is working, not a guess', () => {
    const result = gradeEstimate(
      sheet(
        ['peak_message_rate', 'hl7_daily_messages * peak_factor to events/s'],
        ['storage_per_year', '(32 GB/day + 18 GB/day) * 365 day to TB'],
        ['audit_log_storage', 'audit_events_daily * audit_event_size * audit_retention to TB'],
        ['availability_target', '99.9%'],
      ),
      loadCase('healthcare-records').rubric,
    );
    expect(codes(result)).not.toContain('estimate.range-midpoint');
    expect(result.score).toBeGreaterThanOrEqual(100 - HEADROOM_POINTS);
  });
});

describe('workingOf', () => {
  it('marks the middle of a range of the row\'s own literals, and nothing else', () => {
    const working = (expr: string) => {
      const [row] = evaluateWorksheetDetailed([{ name: 'x', expr }], {});
      if (!row) throw new Error('no row');
      return workingOf(row, new Map(), new Set());
    };
    expect(working('(10 TB + 30 TB) / 2').midpoint).toBe(true);
    expect(working('(1 TB + 2 TB + 6 TB) / 3').midpoint).toBe(true);
    expect(working('sqrt(10 TB * 90 TB)').midpoint).toBe(true);
    expect(working('(10 TB + 30 TB) / 4').midpoint).toBe(false);
    expect(working('(32 GB/day + 18 GB/day) * 365 day').midpoint).toBe(false);
    expect(working('20 TB').midpoint).toBe(false);
  });
});
