import { describe, expect, it } from 'vitest';
import { overLimitDraftKey, overLimitDraftOf, overLimitDrafts } from '@/components/shared/over-limit-drafts';

// A box past its limit keeps its text as a draft; finishing a mock lists those boxes instead of losing them silently.

/** A localStorage stand-in holding `entries`. */
function storageWith(entries: Record<string, string>): Pick<Storage, 'length' | 'key' | 'getItem'> {
  const keys = Object.keys(entries);
  return { length: keys.length, key: (index) => keys[index] ?? null, getItem: (key) => entries[key] ?? null };
}

describe('overLimitDraftKey', () => {
  it('gives each kind of box its own key under the attempt, keeping the deep-dive key drafts were stored under', () => {
    expect(overLimitDraftKey('iot-7', { kind: 'entities' })).toBe('sdt:draft:entities-over:iot-7');
    expect(overLimitDraftKey('iot-7', { kind: 'notes', step: 'estimate' })).toBe('sdt:draft:notes-over:iot-7:estimate');
    expect(overLimitDraftKey('iot-7', { kind: 'worksheet', rowId: 'r12', field: 'expr' })).toBe('sdt:draft:worksheet-over:iot-7:r12:expr');
    expect(overLimitDraftKey('iot-7', { kind: 'deep-dive', promptId: 'late-events' })).toBe('sdt:draft:deep-dive-over:iot-7:late-events');
  });
});

describe('overLimitDraftOf', () => {
  it('reads a key back into its step and a name for a sentence', () => {
    expect(overLimitDraftOf(overLimitDraftKey('ride-2', { kind: 'worksheet', rowId: 'r3', field: 'name' }), 'ride-2')).toEqual({ step: 'estimate', label: "A worksheet row's name" });
    expect(overLimitDraftOf(overLimitDraftKey('ride-2', { kind: 'notes', step: 'diagram' }), 'ride-2')).toEqual({ step: 'diagram', label: 'Your notes on Full system' });
    expect(overLimitDraftOf(overLimitDraftKey('ride-2', { kind: 'entities' }), 'ride-2')).toEqual({ step: 'clarify', label: 'The main entities' });
  });

  it('ignores other attempts (even one whose id starts the same), other drafts and unknown steps', () => {
    expect(overLimitDraftOf(overLimitDraftKey('ride-22', { kind: 'entities' }), 'ride-2')).toBeUndefined();
    expect(overLimitDraftOf(overLimitDraftKey('ride-22', { kind: 'deep-dive', promptId: 'p' }), 'ride-2')).toBeUndefined();
    expect(overLimitDraftOf('sdt:draft:clarify-question:ride-2', 'ride-2')).toBeUndefined();
    expect(overLimitDraftOf('sdt:draft:notes-over:ride-2:summary', 'ride-2')).toBeUndefined();
  });
});

describe('overLimitDrafts', () => {
  it("lists the attempt's boxes still holding over-limit text, and none once storage cannot be read", () => {
    const storage = storageWith({
      [overLimitDraftKey('pay-1', { kind: 'deep-dive', promptId: 'exactly-once' })]: 'x'.repeat(10_050),
      [overLimitDraftKey('pay-1', { kind: 'entities' })]: 'merchant, '.repeat(210),
      [overLimitDraftKey('pay-9', { kind: 'entities' })]: 'another attempt',
      [overLimitDraftKey('pay-1', { kind: 'notes', step: 'clarify' })]: '',
      'sdt:practice': '{}',
    });
    expect(overLimitDrafts('pay-1', storage)).toEqual([
      { step: 'deep-dive', label: 'A deep-dive answer' },
      { step: 'clarify', label: 'The main entities' },
    ]);
    const broken = { length: 1, key: () => { throw new Error('SecurityError'); }, getItem: () => null };
    expect(overLimitDrafts('pay-1', broken)).toEqual([]);
    expect(overLimitDrafts('pay-1', undefined)).toEqual([]);
  });
});
