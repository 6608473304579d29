import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../../../lib/text/tokens';

// The tokenizer scans chunks position by position (a sticky read per chunk, no match array); these properties pin
// that every chunk is found where it stands, whatever white space, marks or non-Latin characters surround it.
const pieces = ['kafka', 'RF', '3', '99.9', 'exactly-once', "don't", 'won’t', 'café', 'e\u0301', '日本', '😀', '=', ',', '.', '%', '&', '(', ')', 'per', 'second', 'events'];
const spaces = [' ', '  ', '\t', '\u00a0', '\u2003', '\n', '\r\n'];
const textOf = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...spaces), fc.boolean()), { maxLength: 30 });

describe('tokenizeText scans every chunk in place', () => {
  it('gives spans in order that start and end on the chunk, never on white space', () => {
    fc.assert(
      fc.property(textOf, (parts) => {
        const text = parts.map(([piece, space, glued]) => (glued ? piece : piece + space)).join('');
        let previous = { start: -1, end: 0 };
        for (const token of tokenizeText(text)) {
          // After the previous chunk, or the same chunk read as two words ("don't" is "do not").
          const sameChunk = token.start === previous.start && token.end === previous.end;
          expect(sameChunk || token.start >= previous.end).toBe(true);
          expect(token.end).toBeGreaterThan(token.start);
          expect(/^\s|\s$/.test(text.slice(token.start, token.end))).toBe(false);
          previous = token;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads the same words whatever white space (other than line breaks) separates them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 20 }), fc.constantFrom(' ', '\t', '\u00a0', '\u2003', '   '), (words, space) => {
        const norms = (text: string) => tokenizeText(text).map((token) => `${token.kind}:${token.norm}:${token.stem}`);
        expect(norms(words.join(space))).toEqual(norms(words.join(' ')));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a chunk after a long run of white space and at the very end', () => {
    const text = `acks=all${' '.repeat(500)}\n\u00a0 idempotence`;
    const tokens = tokenizeText(text);
    expect(tokens.map((token) => token.norm)).toEqual(['acks', '=', 'all', 'idempotence']);
    expect(text.slice(tokens[3]?.start, tokens[3]?.end)).toBe('idempotence');
    expect(tokens[3]?.breakBefore).toBe(true);
  });
});
