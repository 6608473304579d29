import { describe, expect, it } from 'vitest';
import { defersFigures } from '@/lib/text/sizing-remarks';

describe('notes that hand the figures back', () => {
  it.each([
    'Fill in the real numbers once the interviewer gives them.',
    'Substitute the actual figures later.',
    'Numbers TBD; the formula is what matters here.',
    'Just slot the values in from step one.',
  ])('defers: %s', (notes) => {
    expect(defersFigures(notes)).toBe(true);
  });

  it.each([
    'About 50k pings a second at the peak: a few Kafka partitions.',
    'The formula uses the average for volume and the peak for the rate.',
    'We plug the stream into Flink.',
    '',
  ])('does not defer: %s', (notes) => {
    expect(defersFigures(notes)).toBe(false);
  });
});
