import type { MathJsInstance } from 'mathjs';

/** Counting units: a base dimension of their own, so `events/s` is a rate and never equal to `1/s` or bytes. */
export const EVENT_UNIT_ALIASES = [
  'events',
  'request',
  'requests',
  'req',
  'reqs',
  'message',
  'messages',
  'msg',
  'msgs',
  'record',
  'records',
  'row',
  'rows',
  'transaction',
  'transactions',
  'txn',
  'txns',
];

/**
 * Spellings from estimation guides and interview notes, each defined as the unit it abbreviates:
 * QPS/RPS (queries or requests per second), TPS (transactions per second), `MBps` (megabytes per
 * second, as opposed to `Mbps`, megabits), and the short time units `d`, `wk`, `mo`, `yr`.
 * A month is a twelfth of a mathjs year (365.25 days), so `12 mo` is exactly `1 yr`.
 */
const GUIDE_SPELLINGS: Record<string, string> = {
  d: '1 day',
  wk: '1 week',
  wks: '1 week',
  mo: '1 month',
  mos: '1 month',
  yr: '1 year',
  yrs: '1 year',
  QPS: '1 event/s',
  qps: '1 event/s',
  RPS: '1 event/s',
  rps: '1 event/s',
  TPS: '1 event/s',
  tps: '1 event/s',
  KBps: '1000 B/s',
  kBps: '1000 B/s',
  MBps: '1e6 B/s',
  GBps: '1e9 B/s',
  TBps: '1e12 B/s',
};

/** Decimal prefixes of bit units as networks quote them (`Mbit/s`, `Gbps`): the power of ten and its bytes. */
const BIT_PREFIXES: readonly { short: readonly string[]; long: string; power: number; bytes: string }[] = [
  { short: ['k', 'K'], long: 'kilo', power: 3, bytes: '125 B' },
  { short: ['M'], long: 'mega', power: 6, bytes: '125 KB' },
  { short: ['G'], long: 'giga', power: 9, bytes: '125 MB' },
  { short: ['T'], long: 'tera', power: 12, bytes: '125 GB' },
];

/**
 * Bit units mathjs does not know by these spellings: `kbit`, `Mbit`, `Gbit`, `Tbit` (and their plurals) and
 * `Kbps`, each defined as its power of ten of bits (mathjs knows `b`, `bits`, `Mb` and `megabits`).
 */
const BIT_SPELLINGS: Record<string, string> = Object.fromEntries(
  BIT_PREFIXES.flatMap(({ short, power }) => short.flatMap((prefix) => [[`${prefix}bit`, `1e${power} b`], [`${prefix}bits`, `1e${power} b`]])).concat([['Kbps', '1e3 b/s']]),
);

/**
 * What a bit unit as written means, for the note under a row (`Mbit` -> `megabits: 10^6 bits, 125 KB`);
 * undefined for any other unit. Bits are an eighth of a byte, so a reader sees at once which one was read.
 */
export function describeBitUnit(name: string): string | undefined {
  const perSecond = /^(.+?)(?:ps)$/.exec(name)?.[1];
  const base = perSecond !== undefined && /b$/.test(perSecond) ? perSecond : name;
  const rate = base !== name ? ' per second' : '';
  if (/^(b|bit|bits)$/.test(base)) return `bits${rate} (1 byte = 8 bits)`;
  for (const { short, long, power, bytes } of BIT_PREFIXES) {
    const spellings = [...short.flatMap((prefix) => [`${prefix}b`, `${prefix}bit`, `${prefix}bits`]), `${long}bit`, `${long}bits`];
    if (spellings.includes(base)) return `${long}bits${rate} (1 ${short[short.length - 1] ?? ''}bit = 10^${power} bits = ${bytes})`;
  }
  return undefined;
}

/**
 * The unit spellings a rubric usually needs, for "did you mean" on an unknown unit (`KB/evt` -> `KB/event`):
 * counts, sizes, rates and times as the "Allowed values" section of AUTHORING.md lists them.
 */
export const COMMON_UNIT_WORDS: readonly string[] = [
  'event',
  ...EVENT_UNIT_ALIASES,
  ...Object.keys(GUIDE_SPELLINGS),
  ...['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'KiB', 'MiB', 'GiB', 'TiB', 'b', 'bit', 'bits', 'byte', 'bytes', 'bps', 'Mbps', 'Gbps', 'kbit', 'Mbit', 'Gbit'],
  ...['ms', 's', 'sec', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'],
];

/**
 * The units and number words every mathjs instance of ours understands, so a mentor's rubric and a
 * learner's worksheet read `5 min`, `KB`, `Gbps`, `5800 QPS`, `3 yr` or `10 million` the same way.
 */
export function defineTrainerUnits(math: MathJsInstance): void {
  math.createUnit('event', { aliases: EVENT_UNIT_ALIASES });
  // Learners write KB and Kb for kilo; mathjs only knows kB/kb. Gbps is how networks are quoted.
  math.createUnit({ KB: '1000 B', Kb: '1000 b', bps: { definition: '1 b/s', prefixes: 'short' } });
  math.createUnit(GUIDE_SPELLINGS);
  math.createUnit(BIT_SPELLINGS);
  // `10 million users` reads naturally in an estimate.
  math.import({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
}
