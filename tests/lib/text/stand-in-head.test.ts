import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { modifiesStandIn } from '../../../lib/text/stand-in-head';

const at = (text: string, word: string) => {
  const read = readText(text);
  const from = read.tokens.findIndex((token) => token.norm === word);
  return modifiesStandIn(read, from, from + 1);
};

describe('modifiesStandIn', () => {
  it('reads "PAN tokens", "email hash" as the stand-in, not the identifier', () => {
    expect(at('Only PAN tokens are stored.', 'pan')).toBe(true);
    expect(at('We keep the email hash for joins.', 'email')).toBe(true);
  });
  it('leaves the identifier itself, and a stand-in term, alone', () => {
    expect(at('We store the PAN in the vault.', 'pan')).toBe(false);
    expect(at('Only tokens are stored.', 'tokens')).toBe(false);
  });
});
