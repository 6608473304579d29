import { describe, expect, it } from 'vitest';
import { formatDuration } from '@/lib/design/format-duration';
import { parseSlaDurations, parseSlaSeconds } from '@/lib/design/parse-sla';

const MIN = 60;
const HOUR = 3600;
const DAY = 86_400;

describe('parseSlaSeconds', () => {
  it.each([
    // Numbers with units, in every common spelling
    ['5 min', 5 * MIN],
    ['5 minutes', 5 * MIN],
    ['5min', 5 * MIN],
    ['5-minute freshness', 5 * MIN],
    ['15m', 15 * MIN],
    ['< 15 mins', 15 * MIN],
    ['30s', 30],
    ['45 sec', 45],
    ['1h', HOUR],
    ['2 hrs', 2 * HOUR],
    ['1.5 hours', 1.5 * HOUR],
    ['2d', 2 * DAY],
    ['1w', 7 * DAY],
    ['p99 < 200ms', 0.2],
    ['up to 10 seconds', 10],
    ['5-10 minutes', 10 * MIN],
    ['5 to 10 minutes', 10 * MIN],
    // Numbers in words
    ['within five minutes', 5 * MIN],
    ['Within Fifteen Minutes', 15 * MIN],
    ['twenty-five minutes', 25 * MIN],
    ['within a minute', MIN],
    ['within a second', 1],
    ['within an hour', HOUR],
    ['within the hour', HOUR],
    ['half an hour', 30 * MIN],
    ['a quarter of an hour', 15 * MIN],
    ['half-hourly', 30 * MIN],
    ['a couple of minutes', 2 * MIN],
    ['a few seconds', 3],
    ['within minutes', 3 * MIN],
    // Cadences
    ['hourly', HOUR],
    ['every hour', HOUR],
    ['every 15 minutes', 15 * MIN],
    ['once per hour', HOUR],
    ['twice a day', 12 * HOUR],
    ['4 times a day', 6 * HOUR],
    ['daily', DAY],
    ['nightly batch', DAY],
    ['weekly', 7 * DAY],
    ['monthly', 30 * DAY],
    // Deadlines and business-day notation
    ['daily by 6am', DAY],
    ['by 06:00 daily', DAY],
    ['complete by 06:00', DAY],
    ['ready by 7 pm', DAY],
    ['next morning', DAY],
    ['end of day', DAY],
    ['T+1', DAY],
    ['T + 1 day', DAY],
    ['T+2', 2 * DAY],
    // Vague words, fixed
    ['real-time', 1],
    ['Realtime', 1],
    ['live', 1],
    ['near real time', 30],
    ['near-real-time', 30],
    ['NRT', 30],
    ['sub-second', 0.5],
    ['subsecond latency', 0.5],
    // Several SLAs: the strictest drives the design
    ['Inventory within 5 minutes; sales dashboard daily by 06:00', 5 * MIN],
    ['daily for finance, hourly for ops', HOUR],
  ])('%s -> %s s', (text, seconds) => {
    expect(parseSlaSeconds(text)).toBeCloseTo(seconds, 6);
  });

  it.each([[''], ['   '], ['asap'], ['fast'], ['99.9% uptime'], ['24/7'], ['5000 events per second'], ['I am sure'], ['m'], ['every d'], ['second batch']])(
    'finds no freshness in %j',
    (text) => {
      expect(parseSlaSeconds(text)).toBeUndefined();
    },
  );

  it('reads every duration in order and ignores non-strings', () => {
    expect(parseSlaDurations('hourly, then 5 minutes, then daily')).toEqual([HOUR, 5 * MIN, DAY]);
    expect(parseSlaSeconds(42 as unknown as string)).toBeUndefined();
  });

  it('reads only the first 500 characters, so a long paste stays cheap', () => {
    expect(parseSlaSeconds(`${'x '.repeat(300)} 5 minutes`)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [0.5, '500 ms'],
    [1, '1 second'],
    [30, '30 seconds'],
    [300, '5 minutes'],
    [5400, '1.5 hours'],
    [DAY, '1 day'],
    [43_200, '12 hours'],
  ])('%s s -> %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
