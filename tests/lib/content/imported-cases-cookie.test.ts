import { describe, expect, it } from 'vitest';
import { importedCasesCookieAssignment, MAX_COOKIE_SLUGS, parseImportedCasesCookie } from '@/lib/content/imported-cases-cookie';

describe('the cookie of imported case slugs', () => {
  it('round-trips well-formed slugs', () => {
    const assignment = importedCasesCookieAssignment(['ad-clicks', 'fraud-rules']);
    expect(assignment).toMatch(/^sdt-imported-cases=ad-clicks\.fraud-rules; path=\/; max-age=\d+; samesite=strict$/);
    expect(parseImportedCasesCookie('ad-clicks.fraud-rules')).toEqual(['ad-clicks', 'fraud-rules']);
  });

  it('ignores anything that is not a slug, and caps the list', () => {
    expect(parseImportedCasesCookie('ok.Not_A_Slug.../..%2e.<script>.also-ok')).toEqual(['ok', 'also-ok']);
    expect(parseImportedCasesCookie(undefined)).toEqual([]);
    expect(parseImportedCasesCookie(Array.from({ length: 60 }, (_, index) => `c${index}`).join('.'))).toHaveLength(MAX_COOKIE_SLUGS);
  });

  it('expires the cookie when nothing is imported', () => {
    expect(importedCasesCookieAssignment([])).toContain('max-age=0');
  });
});
