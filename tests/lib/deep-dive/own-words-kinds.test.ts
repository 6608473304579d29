import { describe, expect, it } from 'vitest';
import { scoreDeepDivePrompt } from '../../../lib/deep-dive/score-deep-dive';
import { readClaim } from '../../../lib/text/claims';
import type { ClaimSpec } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';
import { promptOf } from './fixtures';

const prompts = {
  late: promptOf('iot-telemetry', 'late-readings'),
  surge: promptOf('ride-hailing', 'surge-windows-late-data'),
  census: promptOf('healthcare-records', 'late-adt-census'),
  ledger: promptOf('card-payments', 'acid-ledger'),
  ack: promptOf('healthcare-records', 'kafka-ordering-ack'),
} as const;
type PromptName = keyof typeof prompts;
const statusOf = (name: PromptName, answer: string, id: string) => scoreDeepDivePrompt(prompts[name], answer).points.find((point) => point.id === id)?.status;

describe('event time said as windows on the source\'s own timestamp', () => {
  it.each<[PromptName, string]>([
    ['late', 'One-minute tumbling windows on the sensor timestamp with a 5 minute watermark.'],
    ['late', 'Rollups are windowed by the reading timestamp, not when Kafka got them.'],
    ['surge', 'Five-minute windows on the ping\'s timestamp, sliding every 30 seconds.'],
    ['census', 'Hourly windows on the time in the message header, so a late transfer counts in its own hour.'],
  ])('%s: %s', (name, answer) => {
    expect(statusOf(name, answer, 'event-time-windows') ?? statusOf(name, answer, 'event-time')).toBe('stated');
  });

  it.each<[PromptName, string]>([
    ['late', 'One-minute tumbling windows with a 5 minute watermark.'],
    ['surge', 'Five-minute sliding windows every 30 seconds per cell.'],
    ['late', 'Windows on arrival time, one minute each.'],
  ])('%s: windows alone, or on the wrong time, earn nothing for it: %s', (name, answer) => {
    const status = statusOf(name, answer, 'event-time-windows') ?? statusOf(name, answer, 'event-time');
    expect(['missing', 'contradicted']).toContain(status);
  });
});

describe('a required object on a claim of its own', () => {
  const windows: ClaimSpec = { keywords: ['windows'], object: { of: ['event time'], wrong: ['arrival time'], required: true } };
  it.each([
    ['Windows on event time.', 'stated'],
    ['We use windows.', 'missing'],
    ['Windows on arrival time.', 'missing'],
  ])('%s', (text, status) => {
    expect(readClaim(readText(text), windows).status).toBe(status);
  });
});

describe('SQL and client terms for the idempotency key and the ACK', () => {
  it.each<[PromptName, string, string]>([
    ['ledger', 'A retried auth hits the unique network_ref and returns the first result.', 'idempotency-key'],
    ['ledger', 'INSERT ... ON CONFLICT DO NOTHING on the network reference makes the retry a no-op.', 'idempotency-key'],
    ['ack', 'The listener returns the ACK only after the produce future completes with acks=all.', 'ack-after-durable'],
    ['ack', 'We ACK the engine once the produce callback reports success.', 'ack-after-durable'],
  ])('%s: %s', (name, answer, id) => {
    expect(statusOf(name, answer, id)).toBe('stated');
  });
});
