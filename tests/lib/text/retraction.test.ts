import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { findPhrases } from '../../../lib/text/find-phrases';
import { readText } from '../../../lib/text/read-text';

const replay: ClaimSpec = { keywords: ['replay', 'reprocess'], assert: [['kafka', 'retention', 'source']] };
const dedupe: ClaimSpec = { keywords: ['deduplicate', 'dedupe', 'dropDuplicates'], assert: [['event id', 'watermark', 'key']] };

describe('a claim taken back earns nothing', () => {
  it.each([
    ['We replay from Kafka retention after an outage, actually never mind, we would skip it.', replay],
    ['Kafka retention lets us replay the source. Scratch that, we rebuild from the warehouse.', replay],
    ['We can reprocess from the Kafka source; on second thought, no, too slow.', replay],
    ['Deduplicate on the event id inside the watermark. Actually, let us just accept the duplicates.', dedupe],
    ['We dedupe by key with a watermark. Well, actually, the sink can cope.', dedupe],
    ['We dedupe by key with a watermark. Although, to keep it simple, we keep every copy.', dedupe],
    ['We dedupe by key with a watermark - forget that, duplicates are rare.', dedupe],
    ['We dedupe by key with a watermark. No wait, the upstream already does it.', dedupe],
  ])('"%s"', (text, spec) => {
    const reading = readClaim(readText(text), spec);
    expect(reading.status).toBe('negated');
    expect(reading.retracted).toBe(true);
  });

  it.each([
    ['What is actually replayed? We replay the Kafka source from retention.', replay],
    ['Although Kafka retention is finite, we replay the source from it.', replay],
    ['Scratch files are cleaned up. We replay the Kafka source from retention.', replay],
    ['We dedupe by key with a watermark. Actually it is the event id that makes the key, so retries collapse.', dedupe],
    ['We dedupe by event id with a watermark, never mind the cost of the state.', dedupe],
  ])('"%s" still states it', (text, spec) => {
    expect(readClaim(readText(text), spec).status).toBe('stated');
  });

  it('only the clauses before the take-back are withdrawn, and what follows it stands', () => {
    const read = readText('Use a checkpoint, actually never mind, we would skip the checkpoint entirely.');
    const found = findPhrases(read, [{ id: 'checkpoint', phrases: ['checkpoint'] }]);
    expect(found.map((hit) => [hit.retracted, hit.polarity])).toEqual([
      [true, 'negated'],
      [false, 'negated'],
    ]);
  });

  it('the first sentence of a text has nothing before it to take back', () => {
    const read = readText('Actually, we replay the Kafka source from retention.');
    expect(read.retracted.every((flag) => !flag)).toBe(true);
    expect(readClaim(read, replay).status).toBe('stated');
  });
});

describe('dismissals and "correction" read as a take-back only where they withdraw something', () => {
  const retracted = (text: string) => readText(text).retracted.includes(true);
  it.each([
    "What's the retention? Doesn't matter, I'll assume a year.",
    'How many drivers, no, let us ignore that.',
    'Peak load? Skip that.',
    'What SLA? nvm',
    'We keep every version. Correction: we overwrite in place.',
    'We key by zone, correction - by driver id.',
  ])('"%s" takes something back', (text) => {
    expect(retracted(text)).toBe(true);
  });
  it.each([
    'snapshot, submission, correction, restate',
    'Corrections to a claim arrive as a new version; we restate the snapshot.',
    'Does it matter if data is late?',
    "Volume doesn't matter, does it?",
    'We skip that partition when it is empty and write the rest.',
  ])('"%s" takes nothing back', (text) => {
    expect(retracted(text)).toBe(false);
  });
});
