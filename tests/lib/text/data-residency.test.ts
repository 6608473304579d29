import { describe, expect, it } from 'vitest';
import { residencyCue } from '../../../lib/text/data-residency';

// A country named only by its name ("stay in a data centre in Germany") is not read by this cue; the matcher's
// vocabulary answers that line with personal data on its own (tests/lib/clarify/kinds-28).
describe('residencyCue', () => {
  it.each([
    'Do UK and EU cardholders have to be kept in separate regions?',
    'Must each country\'s order data stay in a data centre in that country?',
    'Does each of the five countries need its own region for the traces?',
  ])('reads "%s" as where data may live by country', (line) => {
    expect(residencyCue(line)).not.toBeNull();
  });
  it.each([
    'Do we run in a single region, or active-active across two?',
    'Is a second region needed for failover?',
    'How many countries do we operate in?',
    'Which region has the most riders?',
  ])('leaves "%s" alone', (line) => {
    expect(residencyCue(line)).toBeNull();
  });
  it('never throws on odd input', () => {
    for (const value of [undefined, null, 42, '', 'region '.repeat(5_000)]) expect(() => residencyCue(value as string)).not.toThrow();
  });
});
