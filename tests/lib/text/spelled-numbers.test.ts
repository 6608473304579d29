import { describe, expect, it } from 'vitest';
import { spellNumbers } from '@/lib/text/spelled-numbers';

describe('numbers in words are read as digits', () => {
  it.each([
    ['three hundred and twenty thousand orders', '320000 orders'],
    ['seventy-five point two five percent', '75.25 percent'],
    ['a thousand clicks', '1000 clicks'],
    ['seven and a half terabytes', '7.5 terabytes'],
    ['one event per minute', '1 event per minute'],
    ['sixty-four partitions * three replicas', '64 partitions * 3 replicas'],
    ['nine hundred and ninety-nine', '999'],
    ['eight million four hundred thousand', '8400000'],
  ])('%s -> %s', (text, read) => {
    expect(spellNumbers(text).text).toBe(read);
  });

  it('leaves identifiers, digits and prototype names alone', () => {
    for (const text of ['growth_two_years * 2', 'replicas_three', '42 GB', 'constructor * __proto__', 'toString']) expect(spellNumbers(text).text).toBe(text);
  });

  it('keeps two numbers apart when words do not combine ("two five") and across operators', () => {
    expect(spellNumbers('two five').text).toBe('2 5');
    expect(spellNumbers('forty * twelve').text).toBe('40 * 12');
  });

  it('says what it read', () => {
    expect(spellNumbers('eighteen thousand').notes).toEqual(['"eighteen thousand" was read as 18000']);
  });
});
