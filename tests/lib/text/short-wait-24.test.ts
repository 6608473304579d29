import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/text/read-text';
import { readShortWait, statedLateness } from '../../../lib/text/short-wait';

const QUESTION = readText('Meter readings are sent every 15 minutes, but a meter that loses its uplink can deliver two days of readings late. How do you compute the hourly consumption per household?');

describe('the lateness a question states', () => {
  it('reads "two days ... late", "up to an hour late" and nothing from "minutes late"', () => {
    expect(statedLateness(QUESTION)?.seconds).toBe(2 * 86_400);
    expect(statedLateness(readText('Events arrive out of order, up to an hour late.'))?.seconds).toBe(3_600);
    expect(statedLateness(readText('Pings arrive out of order and up to minutes late.'))).toBeUndefined();
  });
});

describe('a watermark shorter than the stated lateness', () => {
  it('"allowed lateness of 30 minutes" for two-day-late readings, late ones to a quarantine topic, is one', () => {
    const found = readShortWait(readText('Hourly windows on the meter timestamp with an allowed lateness of 30 minutes; anything later goes to a quarantine topic for ops to look at.'), QUESTION);
    expect(found?.said).toBe('30 minutes');
    expect(found?.stated).toBe('two days');
  });

  it('a wait as long as the lateness, a recompute behind it, or a drop said aloud is not', () => {
    expect(readShortWait(readText('Hourly windows with a watermark of 3 days, so even a meter that was offline for two days lands in its hour.'), QUESTION)).toBeUndefined();
    expect(readShortWait(readText('A 30-minute watermark keeps state small; a nightly batch recomputes the hours that received late readings from the raw table.'), QUESTION)).toBeUndefined();
    expect(readShortWait(readText('A 30-minute watermark; readings later than that are dropped from the stream.'), QUESTION)).toBeUndefined();
  });

  it('a watermark only weighed in a counterfactual sets nothing', () => {
    expect(readShortWait(readText('If we had used a 30-minute watermark, the two-day backlog would miss the stream; we keep 3 days.'), QUESTION)).toBeUndefined();
  });
});
