import { describe, expect, it } from 'vitest';
import { scoreDesign } from '@/lib/design/score-design';
import { parseSlaSeconds } from '@/lib/design/parse-sla';
import { SLA_POINTS, UNSIZED_SLA_SHARE } from '@/lib/design/score-sla';
import { answer, fixtureRubric } from './fixture-rubric';
import { codesOf as codes, gradeSla as grade, slaEarned, stockAndSalesFields as base } from './fixtures';

// A speed word with no order of magnitude ("fast", "quickly", "asap", "low latency") says the learner wants the result
// soon, not how soon: an interviewer hears a fresh requirement, not a daily one, and asks for the number. It earns a
// smaller share than "real-time" (which at least says seconds), and it is never read as the daily it sits beside.

describe('a speed word without a number is a fresh requirement, not sized', () => {
  it.each(['stock fast; sales daily', 'inventory as quickly as possible, revenue by 06:00', 'Stock: asap. Sales: next morning', 'stock with low latency; sales dashboard daily'])(
    'earns a small share of the SLA and asks for the number: %s',
    (sla) => {
      const result = grade(sla);
      expect(codes(result)).toContain('design.sla-vague');
      expect(codes(result)).not.toContain('design.sla-too-loose');
      expect(slaEarned(result)).toBeCloseTo(SLA_POINTS * UNSIZED_SLA_SHARE, 0);
    },
  );

  it.each(['daily and fast', 'fast and daily', 'quick for some, daily for others'])('beside a daily one, it is not the daily SLA a stream contradicts: %s', (sla) => {
    const result = grade(sla);
    expect(codes(result)).not.toContain('design.style-own-sla');
    expect(codes(result)).not.toContain('design.contradicted-cap');
  });

  it('ranks below "real-time" and a number, above a daily SLA for a five-minute need', () => {
    const number = grade('stock within 5 minutes; sales daily').score;
    const realTime = grade('stock in real time; sales daily').score;
    const fast = grade('stock fast; sales daily').score;
    const dailyOnly = grade('everything daily').score;
    expect(number).toBeGreaterThan(realTime);
    expect(realTime).toBeGreaterThan(fast);
    expect(fast).toBeGreaterThan(dailyOnly);
  });

  it('only describes where the same requirement names its subject and a number', () => {
    expect(parseSlaSeconds('dashboards with fast queries refreshed daily')).toBe(86_400);
    expect(parseSlaSeconds('fast lookups within 2 minutes')).toBe(120);
  });

  it('a negated speed word rules nothing in', () => {
    expect(parseSlaSeconds('does not need to be fast; weekly')).toBe(7 * 86_400);
  });

  it('is sized by the row that serves it: "fast" served by an hourly job is an hourly SLA, not a contradiction', () => {
    const result = scoreDesign(
      answer({ ...base, sla: 'stock fast; sales daily', outputs: [{ consumer: 'Looker dashboards', store: 'warehouse' }, { consumer: 'Stock view', store: 'stock table rebuilt by a job every hour' }] }),
      fixtureRubric({
        outputs: [
          { id: 'bi', label: 'BI dashboards', synonyms: ['dashboard', 'dashboards', 'looker'] },
          { id: 'stock-view', label: 'Stock view', synonyms: ['inventory', 'stock'], freshnessSeconds: 300, useCase: 'stock' },
        ],
        useCases: [
          { id: 'stock', label: 'Stock during sales', synonyms: ['stock', 'inventory'], freshnessSeconds: 300 },
          { id: 'sales', label: 'Daily sales', synonyms: ['sales', 'revenue'], freshnessSeconds: 86_400 },
        ],
      }),
    );
    expect(codes(result)).toContain('design.sla-too-loose');
    expect(codes(result)).not.toContain('design.sla-undelivered');
    expect(codes(result)).not.toContain('design.contradicted-cap');
  });
});
