import type { AnalysedText } from '../text/analyse';
import { buildPhraseMatcher } from '../text/phrase-matcher';
import type { PhraseMatcher } from '../text/phrase-matcher';

// Key point and misconception keyword lists are content, fixed per process; building a matcher
// analyses every keyword, so each list's matcher is built once.
const MAX_CACHE = 2_000;
const cache = new Map<string, PhraseMatcher<'hit'>>();

function matcherFor(keywords: readonly string[]): PhraseMatcher<'hit'> {
  const key = keywords.join('\u0000');
  const cached = cache.get(key);
  if (cached) return cached;
  const matcher = buildPhraseMatcher([{ id: 'hit', phrases: keywords }]);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, matcher);
  return matcher;
}

/**
 * The first of the keywords found in an analysed text, as the stems that matched, or undefined.
 * The same matcher the clarify step uses, so plurals, case, synonyms and "-ise/-ize" do not matter.
 */
export function findKeyword(text: string | AnalysedText, keywords: readonly string[]): string | undefined {
  return matcherFor(keywords).matchAll(text)[0]?.matched;
}
