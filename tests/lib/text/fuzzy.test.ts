import { describe, expect, it } from 'vitest';
import { buildFuzzyCorrector, maxEdits } from '../../../lib/text/fuzzy';

const corrector = buildFuzzyCorrector([
  'retention, latency, availability, format, schema, volume, stale, shape, consumers, dashboard, requirements',
  'personally identifiable information, arrive, systems, throughput, partition, freshness, history',
]);

describe('buildFuzzyCorrector', () => {
  it('corrects dropped letters, swapped neighbours and, in long words, two edits', () => {
    expect(corrector.correctWord('latncy')).toBe('latency');
    expect(corrector.correctWord('formt')).toBe('format');
    expect(corrector.correctWord('fomrat')).toBe('format');
    // "volum" already stems like "volume", so the analyser reads it right without a correction.
    expect(corrector.correctWord('volum')).toBe('volum');
    expect(corrector.correctWord('arive')).toBe('arrive');
    expect(corrector.correctWord('retension')).toBe('retention');
    expect(corrector.correctWord('availabilty')).toBe('availability');
    expect(corrector.correctWord('throughtput')).toBe('throughput');
    expect(corrector.correctWord('dashbaord')).toBe('dashboard');
  });

  it('leaves short words, known words and other real words alone', () => {
    expect(corrector.correctWord('dya')).toBe('dya');
    expect(corrector.correctWord('form')).toBe('form');
    // One letter changed or added in a short word is too often another real word.
    expect(corrector.correctWord('stable')).toBe('stable');
    expect(corrector.correctWord('share')).toBe('share');
    expect(corrector.correctWord('state')).toBe('state');
    // Inflections of a known word are known.
    expect(corrector.correctWord('partitioned')).toBe('partitioned');
    expect(corrector.correctWord('consumer')).toBe('consumer');
    // Stop words and abbreviations.
    expect(corrector.correctWord('would')).toBe('would');
    expect(corrector.correctWord('terabytes')).toBe('terabytes');
    // A different first letter is not a typo it corrects.
    expect(corrector.correctWord('hormat')).toBe('hormat');
  });

  it('leaves a word alone when two vocabulary words are equally close', () => {
    const tie = buildFuzzyCorrector(['plates', 'planes']);
    expect(tie.correctWord('plaes')).toBe('plaes');
  });

  it('corrects a whole text word by word, after normalising it', () => {
    expect(corrector.correctText("What's the retension of the dashbords?")).toBe('what the retention of the dashboard');
    expect(corrector.correctText('200GB a day, 99.9% availabilty')).toBe('200 gb a day 99.9 percent availability');
  });

  it('allows more edits only for longer words', () => {
    expect(maxEdits(4)).toBe(0);
    expect(maxEdits(5)).toBe(1);
    expect(maxEdits(8)).toBe(1);
    expect(maxEdits(9)).toBe(2);
  });
});
