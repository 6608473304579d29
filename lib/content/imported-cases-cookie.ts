import { CASE_SLUG_PATTERN } from './case-slug';

/**
 * The names of the cases imported in this browser, in a cookie of our own origin, so the server can
 * answer 404 for a case that is neither shipped nor imported here (the cases themselves stay in the
 * browser's IndexedDB; only their slugs travel, and only to us). Slugs joined by ".", which a slug
 * cannot contain.
 */
export const IMPORTED_CASES_COOKIE = 'sdt-imported-cases';
/** More imported cases than this are not listed (a cookie stays under 4 KB). */
export const MAX_COOKIE_SLUGS = 40;

/** The well-formed slugs in a cookie value; anything else in it is ignored. */
export function parseImportedCasesCookie(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split('.')
    .filter((slug) => slug.length <= 80 && CASE_SLUG_PATTERN.test(slug))
    .slice(0, MAX_COOKIE_SLUGS);
}

/** The `document.cookie` assignment that records `slugs` for a year (SameSite=Strict, path /). */
export function importedCasesCookieAssignment(slugs: readonly string[]): string {
  const value = parseImportedCasesCookie(slugs.join('.')).join('.');
  return `${IMPORTED_CASES_COOKIE}=${value}; path=/; max-age=${value ? 31_536_000 : 0}; samesite=strict`;
}
