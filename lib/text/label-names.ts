import { buildPhraseMatcher } from './phrase-matcher';
import type { PhraseMatcher } from './phrase-matcher';

const MATCHERS = new WeakMap<readonly string[], PhraseMatcher<'named'>>();

/**
 * Whether a short label (a box's text on a diagram: "Audit WORM (6 y)", "privacy office reports") names any of
 * `phrases` ("audit", "access log", "privacy office"), compared as canonical stems so plurals, case and
 * abbreviations do not matter (see buildPhraseMatcher). The matcher is built once per phrase list (keep the list
 * object stable, as rubric data is). False for an empty label or list. Pure; never throws.
 */
export function labelNamesAny(label: string, phrases: readonly string[]): boolean {
  if (label === '' || phrases.length === 0) return false;
  let matcher = MATCHERS.get(phrases);
  if (!matcher) {
    matcher = buildPhraseMatcher([{ id: 'named', phrases }]);
    MATCHERS.set(phrases, matcher);
  }
  return matcher.matchAll(label).length > 0;
}
