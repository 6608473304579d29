/**
 * A rate a learner states for a flow: "50,000 messages/s at peak", "250k pings per second", "390 GB/day", "2M
 * orders a month". `kind` says what flows (things counted, or bytes); `perSecond` is the rate in things or bytes per
 * second; `said` is the learner's words.
 */
export type StatedRate = { kind: 'events' | 'bytes'; perSecond: number; said: string };

/** Multipliers of a written number ("50k", "2M", "1.5 million", "3 bn"). */
const MAGNITUDES: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, millions: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };
/** Bytes per unit (decimal prefixes, as the estimate step writes them; binary prefixes read as their decimal size). */
const BYTES: Readonly<Record<string, number>> = { b: 1, byte: 1, bytes: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3, tb: 1e12, tib: 1024 ** 4, pb: 1e15, pib: 1024 ** 5 };
/** Seconds per time unit of a rate ("/s", "per second", "a day", "per month"). */
const PER: Readonly<Record<string, number>> = {
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  d: 86_400, day: 86_400, days: 86_400,
  month: 2_592_000, mo: 2_592_000, year: 31_536_000, yr: 31_536_000,
};
/** Nouns of things that flow through a pipeline, counted per unit of time. Data, not logic. */
const THINGS = 'messages?|msgs?|events?|records?|rows?|pings?|readings?|requests?|orders?|transactions?|txns?|auths?|authori[sz]ations?|updates?|changes?|clicks?|page ?views?|calls?|points?|samples?|trips?|rides?';

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|thousand|mn|m|millions?|bn|b|billion)?\b`;
const RATE = new RegExp(String.raw`${NUMBER}\s*(?:(kib|mib|gib|tib|pib|kb|mb|gb|tb|pb|bytes?)\b|(${THINGS})\b)?\s*(?:/|\bper\s+|\ban?\s+|\beach\s+)\s*(s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|mo|months?|yr|years?)\b`, 'gi');

/**
 * Every rate a text states (see StatedRate), in text order: a number (digit groups, "k", "M", "million"), an optional
 * byte unit or counted noun, and a time unit after "/", "per", "a" or "each". A number with neither a byte unit nor a
 * counted noun ("50,000/s") counts things. Durations and sizes that are not rates ("5 s", "390 GB") are not read.
 * Pure; never throws.
 */
export function readStatedRates(text: string): StatedRate[] {
  const rates: StatedRate[] = [];
  if (typeof text !== 'string') return rates;
  for (const match of text.slice(0, 2000).matchAll(RATE)) {
    const [said, digits, magnitude, bytes, , per] = match;
    const value = Number((digits ?? '').replace(/,/g, '')) * (magnitude ? (MAGNITUDES[magnitude.toLowerCase()] ?? 1) : 1);
    // "b" after a number is a billion only without a byte word; "5 b/s" is too rare to read either way.
    const seconds = PER[(per ?? '').toLowerCase()];
    if (!(value > 0) || seconds === undefined) continue;
    const unit = bytes ? BYTES[bytes.toLowerCase()] : undefined;
    rates.push(unit === undefined ? { kind: 'events', perSecond: value / seconds, said: said.trim() } : { kind: 'bytes', perSecond: (value * unit) / seconds, said: said.trim() });
  }
  return rates;
}
