import { describe, expect, it } from 'vitest';
import { parseSlaDurations } from '../../../lib/design/parse-sla';

const DAY = 86_400;
const MONTH = 30 * DAY;

// Durations an interviewer reads from business words, written before running the parser.
describe('SLAs in business words are read as durations', () => {
  it('reads a close of the books as a month and a business day as a day', () => {
    expect(parseSlaDurations('partner reconciliation by finance close')).toEqual([MONTH]);
    expect(parseSlaDurations('statements by the month-end close')).toEqual([MONTH]);
    expect(parseSlaDurations('settlement report by the financial close')).toEqual([MONTH]);
    expect(parseSlaDurations('claims loaded by the next business day')).toEqual([DAY]);
    expect(parseSlaDurations('audit extract next working day')).toEqual([DAY]);
  });
  it('keeps reading the forms that already worked', () => {
    expect(parseSlaDurations('dashboards before the morning stand-up')).toEqual([DAY]);
    expect(parseSlaDurations('earnings T+1')).toEqual([DAY]);
    expect(parseSlaDurations('surge sub-minute')).toEqual([60]);
    expect(parseSlaDurations('stock 300 s behind')).toEqual([300]);
    expect(parseSlaDurations('alerts every 0.1 h')).toEqual([360]);
  });
});
