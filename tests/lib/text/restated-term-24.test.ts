import { describe, expect, it } from 'vitest';
import { attachedSubject } from '../../../lib/text/claim-subject';
import { opensPassive } from '../../../lib/text/passive-predicate';
import { readText } from '../../../lib/text/read-text';
import { restatesTermOnly } from '../../../lib/text/restated-term';

const termAt = (text: string, term: string) => {
  const read = readText(text);
  const from = read.tokens.findIndex((token) => token.norm === term);
  return { read, from, sentence: read.clauses[read.clauseOf[from] ?? -1]?.sentence ?? -1 };
};

describe('a term said again with a verdict and nothing of how', () => {
  it('"Compaction: we do compaction properly" and "Retention: handled" restate; a body with its own content does not', () => {
    const given = readText('Queries on the lake are slow. What do you do?');
    const restated = termAt('Compaction: we do compaction properly.', 'compaction');
    expect(restatesTermOnly(restated.read, restated.sentence, restated.from, restated.from + 1, given)).toBe(true);
    const said = termAt('Compaction: a nightly job rewrites small files into 512 MB ones.', 'compaction');
    expect(restatesTermOnly(said.read, said.sentence, said.from, said.from + 1, given)).toBe(false);
    const value = termAt('Retention is set to 7 days.', 'retention');
    expect(restatesTermOnly(value.read, value.sentence, value.from, value.from + 1, given)).toBe(false);
  });

  it('a term alone with no verdict is left to the list reader', () => {
    const lone = termAt('Compaction.', 'compaction');
    expect(restatesTermOnly(lone.read, lone.sentence, lone.from, lone.from + 1)).toBe(false);
  });
});

describe('a passive predicate after a copula', () => {
  it('"is used", "are applied", "is done" open a passive; "is the fact table" does not', () => {
    const used = readText('versioning is used');
    expect(opensPassive(used, 2)).toBe(true);
    const done = readText('compaction is done nightly');
    expect(opensPassive(done, 2)).toBe(true);
    const noun = readText('the grain is the order line');
    expect(opensPassive(noun, 3)).toBe(false);
  });

  it('"bucket versioning is enabled" attaches versioning to no subject called "enabled"', () => {
    const read = readText('Bucket versioning is enabled.');
    const from = read.tokens.findIndex((token) => token.norm === 'versioning');
    expect(attachedSubject(read, from, from + 1)?.text).not.toBe('enabled');
  });
});
