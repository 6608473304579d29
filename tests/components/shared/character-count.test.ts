import { describe, expect, it } from 'vitest';
import { lengthAnnouncement } from '../../../components/shared/character-count';

// A screen reader hears the limit nearing once per band, never once per keystroke.
describe('the character counter announces the limit as it nears', () => {
  it('says nothing below 90% of the limit', () => {
    expect(lengthAnnouncement(0, 10_000)).toBe('');
    expect(lengthAnnouncement(8_999, 10_000)).toBe('');
    expect(lengthAnnouncement(449, 500)).toBe('');
  });

  it('one sentence per band: the last tenth, the last hundred, at and over the limit', () => {
    expect(lengthAnnouncement(9_000, 10_000)).toBe('Fewer than 1,000 characters left of 10,000.');
    expect(lengthAnnouncement(9_500, 10_000)).toBe(lengthAnnouncement(9_000, 10_000));
    expect(lengthAnnouncement(9_950, 10_000)).toBe('Fewer than 100 characters left of 10,000.');
    expect(lengthAnnouncement(10_000, 10_000)).toBe('At the 10,000-character limit.');
    expect(lengthAnnouncement(10_001, 10_000)).toBe('Over the 10,000-character limit.');
    expect(lengthAnnouncement(12_000, 10_000)).toBe(lengthAnnouncement(10_001, 10_000));
    expect(lengthAnnouncement(460, 500)).toBe('Fewer than 50 characters left of 500.');
  });
});
