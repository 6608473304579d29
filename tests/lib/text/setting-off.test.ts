import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

// Kind: a setting's value written after its name ("turn auto-commit off", "with idempotence off"):
// "off" negates the name between the setter and it, and nothing else; a phrasal "off" negates nothing.
const manualCommit: ClaimSpec = { keywords: ['commit manually', 'commit by hand'], avoid: ['auto commit', 'enable.auto.commit'] };
const idempotence: ClaimSpec = { keywords: ['idempotence', 'idempotent producer'] };
const oldData: ClaimSpec = { keywords: ['old data'] };

describe('"<setter> X off" turns X off', () => {
  it.each([
    'Turn auto-commit off and commit after the insert.',
    'We switch enable.auto.commit off.',
    'Run the consumer with auto commit off, committing after each write.',
    'Keep enable.auto.commit off for this group.',
  ])('"%s" states the claim that avoids auto commit', (text) => {
    expect(readClaim(readText(text), manualCommit).status).toBe('stated');
  });

  it.each(['We run the producer with idempotence off.', 'Leave idempotence off here.'])('"%s" negates idempotence', (text) => {
    expect(readClaim(readText(text), idempotence).status).toBe('negated');
  });

  it.each(['We cut the old data off after a year.', 'The old data job kicked off at noon.'])('a phrasal "off" negates nothing: "%s"', (text) => {
    expect(readClaim(readText(text), oldData).status).not.toBe('negated');
  });

  it('what follows the "off" stays affirmed', () => {
    const read = readText('Turn auto-commit off and commit after the write.');
    const after = read.tokens.findIndex((token, index) => token.norm === 'commit' && index > 3);
    expect(read.negated[after]).toBe(false);
  });
});
