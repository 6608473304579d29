import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';
import { withoutWithdrawn } from '../../../lib/text/withdrawn-text';

// Inputs written for these tests: a late "in practice we'd skip X" / "we'd just Y" is the learner's last word on X.
const dedupe: ClaimSpec = { keywords: ['dedupe', 'deduplicate', 'deduplication'], assert: [['event id', 'id', 'duplicates', 'seen']] };
const replication: ClaimSpec = { keywords: ['replication factor'], assert: [['3', 'three', 'brokers', 'copies']] };
const compaction: ClaimSpec = { keywords: ['compaction', 'compact'], assert: [['small files', 'larger files', 'files']] };
const status = (text: string, spec: ClaimSpec) => readClaim(readText(text), spec);

describe('a late override in practice withdraws the earlier statement of the same mechanism', () => {
  it.each([
    ['The sink dedupes on the event id, keeping a set of ids seen in the last day so a replay writes nothing twice. Realistically though, we would skip the dedupe and live with the odd duplicate.', dedupe],
    ['A nightly job compacts the small files into larger files of about 512 MB. But to be honest, in practice I would just skip compaction, the queries are fine.', compaction],
  ])('"%s"', (text, spec) => {
    const reading = status(text, spec);
    expect(reading.status).toBe('negated');
    expect(reading.retracted).toBe(true);
  });

  it('keeps the statements about other mechanisms', () => {
    const text = 'Replication factor 3 so every event is on three brokers. The consumer dedupes on the event id it has seen. But honestly, in practice we would skip the dedupe.';
    expect(status(text, replication).status).toBe('stated');
    expect(status(text, dedupe).status).toBe('negated');
  });

  it('withdraws the stretch for readers that cut the text (withdrawn-text)', () => {
    const text = 'We dedupe on the event id so retries write nothing twice. Honestly, in practice we would just drop the dedupe.';
    const out = withoutWithdrawn(text);
    expect(out.withdrawn.map((item) => item.by)).toContain('Honestly');
    expect(out.text).not.toContain('event id');
  });
});

describe('not an override', () => {
  it.each([
    // No practice marker: a plain "but" with "just".
    'The sink dedupes on the event id it has seen. But the consumer just reads from the last committed offset.',
    // The decision is not the learner's ("the consumer just ...").
    'The sink dedupes on the event id it has seen. Honestly, the consumer just reads and the duplicates never reach the table.',
    // A marker with nothing decided.
    'The sink dedupes on the event id it has seen. In practice this catches the retries from the producer.',
  ])('"%s" keeps the dedupe', (text) => {
    expect(status(text, dedupe).status).toBe('stated');
  });
});
