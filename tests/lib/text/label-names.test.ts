import { describe, expect, it } from 'vitest';
import { labelNamesAny } from '../../../lib/text/label-names';

const AUDIT = ['audit', 'access log', 'privacy office'];

describe('labelNamesAny', () => {
  it('finds a phrase in a box label whatever its case, plural or punctuation', () => {
    expect(labelNamesAny('Immutable AUDIT bucket (6 y)', AUDIT)).toBe(true);
    expect(labelNamesAny('EHR access-logs, hourly', AUDIT)).toBe(true);
    expect(labelNamesAny('Privacy Office reports', AUDIT)).toBe(true);
  });

  it('does not match a label naming something else, or only part of a phrase', () => {
    expect(labelNamesAny('Payer claims CSV (SFTP)', AUDIT)).toBe(false);
    expect(labelNamesAny('access control (IAM)', AUDIT)).toBe(false);
    expect(labelNamesAny('office dashboards', AUDIT)).toBe(false);
  });

  it('is false for an empty label or an empty list', () => {
    expect(labelNamesAny('', AUDIT)).toBe(false);
    expect(labelNamesAny('audit store', [])).toBe(false);
  });
});
