import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';

// Whether the first `word` of the text is read as negated.
function negatedWord(text: string, word: string): boolean {
  const read = readText(text);
  const index = read.tokens.findIndex((token) => token.norm === word);
  if (index < 0) throw new Error(`no "${word}" in the text`);
  return read.negated[index] === true;
}

// Kind (r19): "I don't rewrite the history either: a cross-reference table maps ..." read the whole statement after the
// colon as denied. Own wordings, other subjects and verbs.
describe('a colon that opens its own statement ends a negation', () => {
  it('"we never trust startingOffsets on a restart: a restarted query reads its checkpoint" affirms the checkpoint', () => {
    const text = 'We never trust startingOffsets on a restart: a restarted query reads its offsets from the checkpoint.';
    expect(negatedWord(text, 'restart')).toBe(true);
    expect(negatedWord(text, 'checkpoint')).toBe(false);
  });

  it('"each" and a two-word subject with an auxiliary: "each patient key is destroyed"', () => {
    const text = "Rows in the archive are not deleted for erasure: each patient key is destroyed, so the rows cannot be read.";
    expect(negatedWord(text, 'deleted')).toBe(true);
    expect(negatedWord(text, 'destroyed')).toBe(false);
  });

  it('a tool name as the subject: "Debezium streams every change"', () => {
    const text = "We don't reload the customers table at night: Debezium streams every change from the binlog.";
    expect(negatedWord(text, 'reload')).toBe(true);
    expect(negatedWord(text, 'binlog')).toBe(false);
  });

  it('a subject of several words with a verb: "a price change closes the old row"', () => {
    const text = 'Prices are not overwritten in dim_product: a price change closes the old row and inserts a new version.';
    expect(negatedWord(text, 'version')).toBe(false);
  });

  it('a list after the colon stays under the negation', () => {
    expect(negatedWord('We never use these tools: Kafka Connect, Debezium and Airbyte.', 'debezium')).toBe(true);
  });

  it('an imperative after the colon stays under the negation', () => {
    expect(negatedWord('Never do this on a restart: delete the checkpoint folder.', 'checkpoint')).toBe(true);
  });
});
