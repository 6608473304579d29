import { describe, expect, it } from 'vitest';
import { scoreDesign } from '@/lib/design/score-design';
import { SLA_POINTS, VAGUE_SLA_SHARE } from '@/lib/design/score-sla';
import { answer, fixtureRubric } from './fixture-rubric';
import { codesOf as codes, gradeSla as grade, slaEarned, stockAndSalesFields as base } from './fixtures';

describe('a freshness without a number earns part of the SLA', () => {
  it.each(['stock in real time; sales daily', 'inventory real-time, revenue by 06:00', 'Stock: live. Sales: next morning', 'stock near real-time; sales dashboard daily'])(
    '%s',
    (sla) => {
      const result = grade(sla);
      expect(codes(result)).toContain('design.sla-vague');
      expect(slaEarned(result)).toBeCloseTo(SLA_POINTS * VAGUE_SLA_SHARE, 0);
    },
  );

  it.each(['stock within 5 minutes; sales daily', 'inventory under 2 minutes, revenue by 06:00', 'live stock view within 60 seconds; sales next morning'])(
    'a number earns it all: %s',
    (sla) => {
      const result = grade(sla);
      expect(codes(result)).not.toContain('design.sla-vague');
      expect(slaEarned(result)).toBe(SLA_POINTS);
    },
  );

  it('costs less than stating the number', () => {
    expect(grade('stock in real time; sales daily').score).toBeLessThan(grade('stock within 1 minute; sales daily').score);
  });
});

describe('"real-time" is seconds-ish: not misplaced for a use case that needs minutes, still misplaced for one that needs a day', () => {
  const threeNeeds = fixtureRubric({
    outputs: [{ id: 'bi', label: 'BI dashboards', synonyms: ['dashboard', 'dashboards', 'looker'] }],
    useCases: [
      { id: 'fraud', label: 'Fraud alerts', synonyms: ['fraud', 'alerts'], freshnessSeconds: 10 },
      { id: 'stock', label: 'Stock during sales', synonyms: ['stock', 'inventory'], freshnessSeconds: 300 },
      { id: 'sales', label: 'Daily sales', synonyms: ['sales', 'revenue'], freshnessSeconds: 86_400 },
    ],
    freshnessSeconds: 10,
  });
  const misplaced = (sla: string) =>
    scoreDesign(answer({ ...base, sla }), threeNeeds)
      .findings.filter((finding) => finding.code === 'design.use-case-sla-misplaced')
      .map((finding) => finding.refs?.[0]);

  it.each([
    'fraud alerts within 5 s; stock real-time; sales daily by 06:00',
    'fraud under 10 seconds, inventory in real time, revenue by 7am',
    'fraud within 3 s; stock near real-time; sales next morning',
    'alerts in 5 seconds; stock live; sales daily',
  ])('%s', (sla) => {
    expect(misplaced(sla)).toEqual([]);
  });

  it.each(['fraud within 5 s; sales dashboard in real time; stock within 5 minutes', 'fraud in 2 s; revenue live; inventory under 5 minutes'])('%s', (sla) => {
    expect(misplaced(sla)).toContain('sales');
  });
});
