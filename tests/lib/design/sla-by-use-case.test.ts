import { describe, expect, it } from 'vitest';
import { getDesignIndex } from '@/lib/design/design-index';
import { scoreDesign } from '@/lib/design/score-design';
import { readSlaByUseCase } from '@/lib/design/sla-by-use-case';
import { answer, fixtureRubric } from './fixture-rubric';
import { findingOf as finding } from './fixtures';

const MIN = 60;
const HOUR = 3600;
const DAY = 86_400;

// A case with a live use case (5 minutes) and a daily one, written for these tests.
const rubric = fixtureRubric({
  useCases: [
    { id: 'live-stock', label: 'Live stock levels', synonyms: ['inventory', 'stock'], freshnessSeconds: 300 },
    { id: 'daily-report', label: 'Daily sales report', synonyms: ['sales', 'revenue', 'finance'], freshnessSeconds: DAY },
  ],
});
const useCases = getDesignIndex(rubric).useCases;
const bySla = (sla: string) => Object.fromEntries([...readSlaByUseCase(sla, useCases).byUseCase].map(([id, stated]) => [id, stated.seconds]));

describe('readSlaByUseCase', () => {
  it.each([
    ['inventory: sub-minute freshness; sales dashboard: daily by 06:00', { 'live-stock': MIN, 'daily-report': DAY }],
    ['stock within 5 minutes, revenue D+1', { 'live-stock': 5 * MIN, 'daily-report': DAY }],
    ['sub-minute for inventory and daily for sales', { 'live-stock': MIN, 'daily-report': DAY }],
    ['For inventory, near real time. For finance, EOD', { 'live-stock': 30, 'daily-report': DAY }],
    ['inventory and sales: hourly', { 'live-stock': HOUR, 'daily-report': HOUR }],
    ['sales: T+0; stock: every 15 minutes', { 'live-stock': 15 * MIN, 'daily-report': DAY }],
    ['stock: not real-time, within minutes is fine', { 'live-stock': 3 * MIN }],
    ['within 5 minutes', {}],
  ])('%j', (sla, expected) => {
    expect(bySla(sla)).toEqual(expected);
  });

  it('keeps negated freshness out of every use case and lists it apart', () => {
    const reading = readSlaByUseCase('inventory: we do not need real-time; sales: weekly is fine', useCases);
    expect(reading.byUseCase.get('live-stock')).toBeUndefined();
    expect(reading.byUseCase.get('daily-report')?.seconds).toBe(7 * DAY);
    expect(reading.negated.map((stated) => stated.seconds)).toEqual([1]);
  });
});

describe('scoreSla with use cases that have their own needs', () => {
  it('grades the live use case against the case and the daily one against its own need', () => {
    const result = scoreDesign(answer({ sla: 'inventory: sub-minute freshness; sales: daily by 06:00' }), rubric);
    expect(finding(result, 'design.sla-met')?.message).toContain('"inventory: sub-minute freshness"');
    expect(finding(result, 'design.use-case-sla-met')?.message).toContain('"sales: daily by 06:00"');
  });

  it('does not let a fresh SLA for the daily use case cover a daily SLA for the live one', () => {
    const result = scoreDesign(answer({ sla: 'sales within 5 minutes; inventory daily' }), rubric);
    expect(finding(result, 'design.sla-too-loose')?.message).toMatch(/Live stock levels, "inventory daily" \(1 day\)/);
    expect(finding(result, 'design.sla-met')).toBeUndefined();
  });

  it.each([['sales: weekly; stock: within 5 minutes'], ['stock: 2 minutes; finance: monthly']])('costs points when the daily use case is read too loose: %j', (sla) => {
    const result = scoreDesign(answer({ sla }), rubric);
    expect(finding(result, 'design.sla-met')).toBeDefined();
    expect(finding(result, 'design.use-case-sla-too-loose')?.points).toBeGreaterThan(0);
  });

  it('reads the asserted SLA, not the strictest number: "not real-time; weekly is fine" is weekly', () => {
    for (const sla of ['We do NOT need real-time; weekly is fine', "Real-time isn't needed, weekly is enough", 'real-time is overkill - weekly']) {
      const result = scoreDesign(answer({ sla }), rubric);
      expect(finding(result, 'design.sla-met')).toBeUndefined();
      expect(finding(result, 'design.sla-too-loose')?.message).toContain('7 days');
    }
  });

  it('asks for the requirement when the SLA only says what it is not', () => {
    for (const sla of ['no need for sub-second', 'We do not need real-time', 'streaming latency is overkill']) {
      const result = scoreDesign(answer({ sla }), rubric);
      const missing = result.findings.find((item) => item.code === 'design.sla-only-negated' || item.code === 'design.sla-unreadable');
      expect(missing?.severity).toBe('missing');
      expect(finding(result, 'design.sla-met')).toBeUndefined();
    }
    expect(finding(scoreDesign(answer({ sla: 'no need for sub-second' }), rubric), 'design.sla-only-negated')?.message).toContain('"no need for sub-second"');
  });

  it('hints at an SLA for the other use case when several freshnesses name none', () => {
    const result = scoreDesign(answer({ sla: 'inventory within 5 minutes' }), rubric);
    expect(finding(result, 'design.use-case-sla-missing')?.message).toContain('Daily sales report');
  });
});
