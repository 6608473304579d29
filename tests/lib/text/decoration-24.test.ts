import { describe, expect, it } from 'vitest';
import { readBareLists } from '../../../lib/text/bare-list';
import { isDecoration } from '../../../lib/text/decoration';
import { readText } from '../../../lib/text/read-text';

describe('pictographs as item marks', () => {
  it('reads emoji, ticks and stars as decoration, and words and punctuation as not', () => {
    const tokens = readText('✔ ⭐ 🚀 ✓ acks , -').tokens;
    expect(tokens.map((token) => isDecoration(token))).toEqual([true, true, true, true, false, false, false]);
  });

  it('a line of two long terms set apart by emoji is a list, like the same line with commas', () => {
    const emoji = readBareLists(readText('🔑 min.insync.replicas ✅ unclean.leader.election.enable ✅'));
    const commas = readBareLists(readText('min.insync.replicas, unclean.leader.election.enable'));
    expect(commas.whole).toBe(true);
    expect(emoji.whole).toBe(true);
  });

  it('an emoji in front of a sentence that explains leaves it an explanation', () => {
    const read = readText('✅ The consumer commits its offsets only after the batch is written, so a crash replays the batch.');
    expect(readBareLists(read).whole).toBe(false);
  });
});
