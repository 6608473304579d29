import { describe, expect, it } from 'vitest';
import { readText } from '@/lib/text/read-text';
import { withoutWithdrawn } from '@/lib/text/withdrawn-text';

describe('a take-back withdraws once', () => {
  it('"... but honestly, skip that" after a proposal takes back the proposal only, even when the text is read again', () => {
    const raw = 'Orders are loaded nightly in batch. I would add a Kafka mirror as well... but honestly, skip that, the nightly load is enough.';
    const { text, withdrawn } = withoutWithdrawn(raw);
    expect([...new Set(withdrawn.map((w) => w.said))]).toEqual(['I would add a Kafka mirror as well']);
    expect(text).toContain('Orders are loaded nightly in batch.');
    expect(text).not.toContain('skip that');
    // Read again (as an SLA or design reader does after cutting the field), nothing more is taken back.
    expect(readText(text).withdrawals).toEqual([]);
  });

  it('a claim restated after the take-back stands', () => {
    const { text } = withoutWithdrawn('Surge within 30 seconds - actually, scratch that, hourly is enough');
    expect(text).toContain('hourly is enough');
    expect(text).not.toContain('30 seconds');
  });
});
