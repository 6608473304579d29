import type { ReadText } from './read-text';

/**
 * Nouns that name a stand-in for the thing before them, never the thing itself: "PAN tokens" are tokens, not card
 * numbers; "the email hash" is a hash, not the e-mail address; "an MRN surrogate" is not the MRN. Sources: PCI DSS v4.0
 * requirement 3.5 (tokenisation, keyed hashes and truncation render the PAN unreadable) and the GDPR's pseudonymisation
 * (Art. 4(5)): a token, hash or surrogate stored in place of an identifier is not the identifier stored.
 */
const STAND_IN_HEADS: ReadonlySet<string> = new Set(['token', 'tokens', 'hash', 'hashes', 'digest', 'digests', 'fingerprint', 'fingerprints', 'surrogate', 'surrogates', 'pseudonym', 'pseudonyms', 'alias', 'aliases']);

/**
 * Whether the term at tokens `[from, to)` only modifies a stand-in noun right after it ("PAN tokens", "card number
 * hash"): the text then names the stand-in, not the term. A term that is itself a stand-in ("tokens") is not affected.
 * Pure.
 */
export function modifiesStandIn(read: ReadText, from: number, to: number): boolean {
  if (to <= from) return false;
  if (STAND_IN_HEADS.has(read.tokens[to - 1]?.norm ?? '')) return false;
  const next = read.tokens[to];
  return next !== undefined && next.kind === 'word' && STAND_IN_HEADS.has(next.norm);
}
