import { cookies } from 'next/headers';
import { IMPORTED_CASES_COOKIE, parseImportedCasesCookie } from '@/lib/content/imported-cases-cookie';
import { CASE_SLUG_PATTERN } from '@/lib/content/case-slug';

/**
 * Whether the browser asking says it imported the case `slug` (its cookie of imported slugs, set by
 * the catalogue): a case page that is neither shipped nor imported there is a real 404.
 */
export async function isImportedHere(slug: string): Promise<boolean> {
  if (!CASE_SLUG_PATTERN.test(slug)) return false;
  return parseImportedCasesCookie((await cookies()).get(IMPORTED_CASES_COOKIE)?.value).includes(slug);
}
