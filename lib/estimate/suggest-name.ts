import { distance } from 'fastest-levenshtein';

/** Spellings worth suggesting for a near miss: the units an estimate uses, as people write them. */
const KNOWN_SPELLINGS = [
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'events',
  'requests',
  'messages',
  'records',
  'rows',
  'bytes',
  'bits',
  'KB',
  'MB',
  'GB',
  'TB',
  'PB',
  'KiB',
  'MiB',
  'GiB',
  'TiB',
  'Mbps',
  'Gbps',
  'MBps',
  'GBps',
  'QPS',
  'thousand',
  'million',
  'billion',
];

const MULTIPLIER_WORDS = /^(k|m|b|g|t|mm|mn|bn|tn|mil|mln|mio|bil|lakh|lakhs|crore|crores)$/i;
const COUNT_NOUNS = /^(users?|orders?|trips?|rides?|customers?|devices?|sensors?|machines?|drivers?|clicks?|views?|people|patients?|payments?|items?)$/i;

/**
 * A hint for a name the worksheet does not know: a multiplier written apart from its number, a count noun
 * that is not a unit, or the nearest unit spelling (`yaer` -> year). Undefined when nothing is close.
 */
export function suggestForUnknown(symbol: string): string | undefined {
  if (MULTIPLIER_WORDS.test(symbol)) {
    return `to multiply, put it right after its number (50M, 5.8K, 2bn) or write 50e6 or 50 million`;
  }
  if (COUNT_NOUNS.test(symbol)) {
    return `${symbol} is not a unit: count them as a plain number (10e6) or as events (10e6 events), and name the row after them`;
  }
  if (symbol.length < 2) return undefined;
  const lower = symbol.toLowerCase();
  let best: { spelling: string; cost: number } | undefined;
  for (const spelling of KNOWN_SPELLINGS) {
    const cost = spelling.toLowerCase() === lower ? 0 : distance(lower, spelling.toLowerCase());
    if (best === undefined || cost < best.cost) best = { spelling, cost };
  }
  const limit = symbol.length <= 3 ? 1 : 2;
  if (best === undefined || best.cost > limit) return undefined;
  return `did you mean ${best.spelling}?`;
}
