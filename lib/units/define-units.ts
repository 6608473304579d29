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

/**
 * The unit spellings a rubric usually needs, for "did you mean" on an unknown unit (`KB/evt` -> `KB/event`):
 * counts, sizes, rates and times as the "Allowed values" section of AUTHORING.md lists them.
 */
export const COMMON_UNIT_WORDS: readonly string[] = [
  'event',
  ...EVENT_UNIT_ALIASES,
  ...Object.keys(GUIDE_SPELLINGS),
  ...['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'KiB', 'MiB', 'GiB', 'TiB', 'b', 'bit', 'bits', 'byte', 'bytes', 'bps', 'Mbps', 'Gbps'],
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
  // `10 million users` reads naturally in an estimate.
  math.import({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
}
