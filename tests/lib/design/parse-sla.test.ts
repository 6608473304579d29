import { describe, expect, it } from 'vitest';
import { formatDuration } from '@/lib/design/format-duration';
import { negatedSlaDurations, parseSlaDurations, parseSlaSeconds } from '@/lib/design/parse-sla';

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
    // Data-team shorthand and interview-guide phrasing
    ['sub-minute', MIN],
    ['sub-minute freshness', MIN],
    ['subminute', MIN],
    ['sub-hour', HOUR],
    ['D+1', DAY],
    ['D + 2', 2 * DAY],
    ['T+0', DAY],
    ['D+0 for finance', DAY],
    ['same-day', DAY],
    ['intraday', HOUR],
    ['intra-day refresh', HOUR],
    ['EOD', DAY],
    ['by close of business', DAY],
    ['by 9am', DAY],
    ['every 15 minutes', 15 * MIN],
    ['within a few seconds', 3],
    // The asserted requirement, not the strictest number written
    ['We do NOT need real-time; weekly is fine', 7 * DAY],
    ["We don't need real time, weekly is fine", 7 * DAY],
    ['real-time is overkill, hourly is enough', HOUR],
    ['no need for sub-second; within the hour is fine', HOUR],
    ['Sub-second latency is not required: every 15 minutes', 15 * MIN],
    ['hourly rather than real-time', HOUR],
    ['not real-time but within the hour', HOUR],
    ["daily (streaming isn't needed, live is overkill)", DAY],
    ['no more than five minutes behind', 5 * MIN],
    ['not later than 06:00', DAY],
    // Several SLAs: the strictest drives the design
    ['inventory: sub-minute freshness; sales dashboard: daily by 06:00', MIN],
    ['D+1 for sales, inventory T+0', DAY],
    ['Inventory within 5 minutes; sales dashboard daily by 06:00', 5 * MIN],
    ['daily for finance, hourly for ops', HOUR],
  ])('%s -> %s s', (text, seconds) => {
    expect(parseSlaSeconds(text)).toBeCloseTo(seconds, 6);
  });

  it.each([['no need for sub-second'], ['We do NOT need real-time'], ['real-time is overkill'], ['not hourly'], [''], ['   '], ['99.9% uptime'], ['24/7'], ['5000 events per second'], ['I am sure'], ['m'], ['every d'], ['second batch']])(
    'finds no freshness in %j',
    (text) => {
      expect(parseSlaSeconds(text)).toBeUndefined();
    },
  );

  it('keeps what a negation covers apart from what is asserted', () => {
    expect(parseSlaDurations('We do NOT need real-time; weekly is fine')).toEqual([7 * DAY]);
    expect(negatedSlaDurations('We do NOT need real-time; weekly is fine')).toEqual([1]);
    expect(negatedSlaDurations('real-time is overkill, sub-second too')).toEqual([1]);
    expect(negatedSlaDurations('within 5 minutes')).toEqual([]);
  });

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
