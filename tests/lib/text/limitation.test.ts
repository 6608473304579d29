import { describe, expect, it } from 'vitest';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

const dedupe: ClaimSpec = { keywords: ['deduplicate', 'dedupe', 'dropDuplicates', 'duplicates'], assert: [['event id', 'watermark', 'key']] };
const governance: ClaimSpec = { keywords: ['governance', 'orchestration', 'monitoring'] };
const replication: ClaimSpec = { keywords: ['replicas', 'replication factor'], assert: [['broker', 'survive', 'lose', 'losing']] };

describe("a tool's limitation is not the learner's refusal", () => {
  it.each([
    ['Spark does not deduplicate for you, so we add a dropDuplicates on the event id with a watermark.', dedupe],
    ['Kafka will not dedupe by itself; the consumer drops repeats by key within the watermark.', dedupe],
    ["The sink doesn't deduplicate on its own, so we MERGE on the event id key.", dedupe],
    ['Flink does not remove duplicates automatically: keep the seen event id keys in state under a watermark.', dedupe],
  ])('"%s" states dedupe', (text, spec) => {
    expect(readClaim(readText(text), spec).status).toBe('stated');
  });

  it.each([
    ['Medallion only layers the data; it does not do governance or monitoring for you.', governance],
    ['The layers do not give you orchestration out of the box.', governance],
  ])('"%s" affirms what is still needed', (text, spec) => {
    expect(readClaim(readText(text), spec).status).not.toBe('negated');
  });

  it.each([
    ['We do not deduplicate on the event id key for you.', dedupe],
    ['We never dedupe on the event id key, Spark handles it for you.', dedupe],
    ['No dedupe on the event id key.', dedupe],
  ])('"%s" is still a refusal', (text, spec) => {
    expect(readClaim(readText(text), spec).status).toBe('negated');
  });

  it.each([
    ['Three replicas on different brokers, so we survive a broker failure without losing data.', replication],
    ['Replication factor 3 lets a broker die without losing acknowledged writes.', replication],
  ])('"%s": a problem avoided after "without" is the point', (text, spec) => {
    expect(readClaim(readText(text), spec).status).toBe('stated');
  });
});
