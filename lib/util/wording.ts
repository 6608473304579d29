/**
 * `1 kind of drill`, `3 kinds of drill`: a count with the noun in the number it takes. The plural is
 * the singular plus "s" unless given (nouns such as "kind of drill" pluralise their head word).
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** A word written in capitals (SLA, API, CDC, S3) is an acronym: it keeps its case in running text. */
function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z0-9]+s?$/.test(word) && /[A-Z].*[A-Z0-9]/.test(word);
}

/**
 * A phrase made to continue a sentence ("Estimate: storage, throughput..."): its first word lower-cased
 * unless it is an acronym or a name in capitals; the rest of the phrase keeps its case, so
 * "Inputs, the business use case and its SLA" becomes "inputs, the business use case and its SLA"
 * (never "its sla", as `toLowerCase` would have it).
 */
export function lowerFirst(text: string): string {
  const match = /^(\s*)(\S+)/.exec(text);
  if (!match) return text;
  const [, space = '', word = ''] = match;
  const bare = word.replace(/[^A-Za-z0-9]+$/, '');
  if (isAcronym(bare)) return text;
  return `${space}${word.charAt(0).toLowerCase()}${text.slice(space.length + 1)}`;
}
