import { describe, expect, it } from 'vitest';
import { readAbandonedSummary, splitSummary } from '@/lib/text/abandoned-summary';
import { namedDesignParts } from '@/lib/text/design-parts';
import { pointsToOtherField } from '@/lib/text/field-pointer';

describe('namedDesignParts', () => {
  it.each([
    ['The platform must handle 20,000 events per second and keep raw data for 90 days.', []],
    ['a store', []],
    ['Alerts must reach the on-call engineer within a minute; hourly rollups kept 5 years.', []],
  ])('names no part in requirements or placeholders: %s', (text, parts) => {
    expect(namedDesignParts(text)).toEqual(parts);
  });

  it.each([
    ['a nightly batch job writes the marts', true],
    ['ClickHouse for the live view', true],
    ['readings arrive over MQTT', true],
    ['orders captured with change data capture', true],
  ])('names a part: %s', (text, named) => {
    expect(namedDesignParts(text).length > 0).toBe(named);
  });
});

describe('readAbandonedSummary', () => {
  it('splits a labelled summary line from the body', () => {
    expect(splitSummary('In short: keep every version.\nDetails: rows are appended.')).toEqual({ summary: 'keep every version.', body: 'rows are appended.' });
    expect(splitSummary('No summary here. Rows are appended.')).toBeUndefined();
  });

  it('reads a body that overwrites what the summary keeps as versions', () => {
    const found = readAbandonedSummary('Bottom line: price changes are stored as new versions. The job overwrites the product row with the new price every hour.');
    expect(found?.claim).toBe('history');
  });

  it('reads a body that acknowledges at once what the summary acknowledges after the write', () => {
    const found = readAbandonedSummary('Summary: we ack each webhook only after it is persisted.\nThe receiver acks the webhook immediately and queues the write to S3 for later.');
    expect(found?.claim).toBe('ack-after-write');
  });

  it('reads nothing when the body keeps the summary, or denies the early ack', () => {
    expect(readAbandonedSummary('TL;DR: ack only after the write is durable.\nThe listener never acks as soon as a message arrives; it waits for Kafka.')).toBeUndefined();
    expect(readAbandonedSummary('TL;DR: corrections kept as versions.\nEach correction is appended as a new row with valid_from and valid_to.')).toBeUndefined();
  });
});

describe('pointsToOtherField', () => {
  it.each(['see reason', 'See the reasoning below.', 'as in the notes', 'explained below', 'see above', 'ditto'])('points elsewhere: %s', (text) => {
    expect(pointsToOtherField(text)).toBe(true);
  });
  it.each(['n/a', '-', 'within 5 minutes', 'see you soon', ''])('does not: %s', (text) => {
    expect(pointsToOtherField(text)).toBe(false);
  });
});
