import { describe, expect, it } from 'vitest';
import { isRetracted } from '../../../lib/text/retracted-clause';

describe('isRetracted', () => {
  it.each([
    "How big is the peak, actually never mind, let's assume it's modest.",
    'We checkpoint to S3... scratch that, we skip it.',
    'How fresh must it be? On second thought, forget it.',
    "Do PCI rules apply? No, let's ignore compliance.",
    "How long do we keep it? Doesn't matter, keep everything.",
    'Use a dead-letter queue \u2014 never mind, drop bad records.',
    'We add min.insync.replicas=2, I take that back.',
  ])('withdraws: %s', (text) => expect(isRetracted(text)).toBe(true));

  it.each([
    "Volume doesn't really matter here, does it?",
    'Does it matter if the data is a day late?',
    'Never mind, how long do we keep the data?',
    'Is it fine to skip it if a record is malformed?',
    'We ignore late events after the watermark.',
    '',
  ])('does not withdraw: %s', (text) => expect(isRetracted(text)).toBe(false));

  it('never throws on a non-string', () => expect(isRetracted(undefined as unknown as string)).toBe(false));
});
