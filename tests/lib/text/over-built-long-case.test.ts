import { describe, expect, it } from 'vitest';
import { readOverBuilt } from '../../../lib/text/over-built';

/** A case's text is longer than an answer: what it names near its end still counts as asked for. */
const filler = Array.from({ length: 60 }, (_, i) => `Store ${i} sends nightly sales totals to head office for the finance report.`).join(' ');

describe('readOverBuilt reads the whole case text', () => {
  it('does not charge a part the case names past its first 2,000 characters', () => {
    const caseText = `${filler} Stores in Europe and Asia must keep selling if one region fails, so the platform runs in two regions.`;
    expect(caseText.length).toBeGreaterThan(2_000);
    expect(readOverBuilt(['Orders replicate across two regions with active-active writes.'], caseText)).toEqual([]);
  });

  it('still charges the part when the long case never names it', () => {
    const parts = readOverBuilt(['Orders replicate across two regions with active-active writes.'], filler);
    expect(parts.map((part) => part.part)).toEqual(['multi-region']);
  });
});
