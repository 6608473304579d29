import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';

// Whether the word `word` (first occurrence after `after`) is read as negated.
function negatedWord(text: string, word: string, after = 0): boolean {
  const read = readText(text);
  const index = read.tokens.findIndex((token, i) => i >= after && token.norm === word);
  if (index < 0) throw new Error(`no "${word}" in the text`);
  return read.negated[index] === true;
}

describe('a markdown table row: a cell is its own value', () => {
  it('"no" in one column does not deny the next column ("| columnar | no | yes, per column |")', () => {
    const text = '| property | OLTP | OLAP |\n|---|---|---|\n| columnar storage | no | columnar files, compressed per column |';
    const read = readText(text);
    const second = read.tokens.findIndex((token, i) => token.norm === 'columnar' && i > read.tokens.findIndex((t) => t.norm === 'no'));
    expect(read.negated[second]).toBe(false);
  });

  it('"none" in a cell does not reach back over the row header', () => {
    expect(negatedWord('| retries | none | exponential backoff with jitter |', 'retries')).toBe(false);
    expect(negatedWord('| retries | none | exponential backoff with jitter |', 'backoff')).toBe(false);
  });

  it('a negation inside one cell still negates that cell', () => {
    expect(negatedWord('| dedup | no idempotent writes, duplicates on retry | idempotent producer |', 'idempotent')).toBe(true);
  });

  it('prose without pipes is unchanged: "none of the history is kept"', () => {
    expect(negatedWord('In plain Parquet none of the history is kept.', 'history')).toBe(true);
  });
});
