import { describe, expect, it } from 'vitest';
import { readBareLists } from '../../../lib/text/bare-list';
import { readText } from '../../../lib/text/read-text';

// Own wordings for the round-22 kind "a glossary (term: definition lines, nothing designed) is credited as decisions".
const glossary = (text: string) => readBareLists(readText(text)).glossary;

describe('a glossary instead of an answer', () => {
  it('term: definition lines opening as definitions are a glossary', () => {
    expect(glossary('Watermark: a threshold on event time.\nTumbling window: a fixed window that does not overlap.\nState store: a place where the job keeps its state.\nCheckpoint: a snapshot of progress.')).toBe(true);
  });

  it('one plain word per label is a glossary', () => {
    expect(glossary('Hot: recent. Warm: older. Cold: archived.')).toBe(true);
  });

  it('labelled lines that decide something are not', () => {
    expect(glossary('Key: machine_id, so one machine stays in order.\nPartitions: 48, room for 100k readings a second.\nProducer: acks=all with idempotence.')).toBe(false);
    expect(glossary('Storage: we write Parquet to S3 partitioned by day.\nRetention: 7 years under Object Lock.\nQueries: Athena reads one day at a time.')).toBe(false);
  });

  it('two lines are too few to call a glossary', () => {
    expect(glossary('Watermark: a threshold on event time.\nCheckpoint: a snapshot of progress.')).toBe(false);
  });
});
