import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { countRatesAsEvents } from '../../../lib/units/count-units';
import { unitHasDimension } from '../../../lib/units/dimensions';
import { evaluateWorksheet } from '../../../lib/estimate';
import { rubricSchema } from '../../../lib/content/rubric-schema';

describe('counts of things per time are event rates', () => {
  it.each([
    ['clicks/s', 'events/s'],
    ['orders per hour', 'events/hour'],
    ['impressions/day', 'events/day'],
  ])('reads the unit %s as %s', (unit, events) => {
    expect(countRatesAsEvents(unit).text).toBe(events);
    expect(unitHasDimension(unit, 'event_rate')).toBe(true);
  });

  it.each(['GB/day', 'hours/day', 'events/s', 'TB', 'daily_ingest * 365 day'])('leaves %s as it is', (text) => {
    expect(countRatesAsEvents(text)).toEqual({ text, renamed: [] });
  });

  it('reads a learner row and a fact value written with a count per time', () => {
    const [row, total] = evaluateWorksheet(
      [
        { name: 'peak', expr: '50K clicks/s' },
        { name: 'daily', expr: 'peak_bids * 1 day' },
      ],
      { peak_bids: '2000 bids per second' },
    );
    expect(row?.value?.unit).toBe('events/s');
    expect(row?.value?.number).toBe(50_000);
    expect(total?.value?.unit).toBe('events');
  });

  it('accepts clicks/s as a quantity unit and a fact value in a rubric', () => {
    const rubric = parse(readFileSync('content/cases/ecommerce-data-platform/rubric.yaml', 'utf8')) as { steps: { clarify: { facts: { values: Record<string, string> }[] }; estimate: { quantities: Record<string, unknown>[] } } };
    rubric.steps.clarify.facts[0]!.values = { ...rubric.steps.clarify.facts[0]!.values, peak_clicks: '50000 clicks/s' };
    rubric.steps.estimate.quantities.push({ id: 'clicks_per_day', title: 'Clicks a day', dimension: 'event_rate', unit: 'clicks/s', reference: 'peak_clicks', builtFrom: { facts: ['peak_clicks'] } });
    const parsed = rubricSchema.safeParse(rubric);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  });
});
