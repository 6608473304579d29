import { analyse, contentStems } from './analyse';
import { COMPONENT_NAMES } from './components';
import { ARCHIVE_STORES } from './stores';

/**
 * Words that say a sizing looks ahead: growth ("30% growth a year", "sensors double in two years", "size for
 * next year", "headroom"). Read in an estimate's notes: the interviewer asks "and next year?" of every figure.
 */
const GROWTH_PHRASES: readonly string[] = ['growth', 'grow', 'grows', 'growing', 'double', 'doubles', 'doubling', 'doubled', 'headroom', 'next year'];

/**
 * Words that turn a figure into a design consequence: the stores, brokers and engines a design is built from
 * (components.ts, stores.ts), and what a figure sizes in them (partitions, brokers, shards, replicas, a
 * fallback, compression to a columnar format). An estimate's level-4 anchor in every case is "as a 3, and
 * draws conclusions" (content/cases/<slug>/rubric.yaml anchors.steps.estimate).
 */
const CONSEQUENCE_PHRASES: readonly string[] = [
  ...COMPONENT_NAMES,
  ...ARCHIVE_STORES,
  'partition', 'partitions', 'partitioned', 'broker', 'brokers', 'shard', 'shards', 'replica', 'replicas', 'replication',
  'cluster', 'fallback', 'fall back', 'compression', 'compressed', 'parquet', 'columnar', 'worm', 'cold storage', 'hot tier', 'node', 'nodes',
];

type StemPhrase = readonly string[];

let growthStems: StemPhrase[] | undefined;
let consequenceStems: StemPhrase[] | undefined;

function stemPhrases(phrases: readonly string[]): StemPhrase[] {
  return phrases.map((phrase) => contentStems(analyse(phrase))).filter((stems) => stems.length > 0);
}

function holdsAny(text: string, phrases: readonly StemPhrase[]): boolean {
  if (text.trim() === '') return false;
  const stems = contentStems(analyse(text, { maxChars: 20000 }));
  return phrases.some((phrase) => stems.some((_, start) => phrase.every((stem, offset) => stems[start + offset] === stem)));
}

/**
 * True when an estimate's notes speak of growth or headroom ("77 TB before 30% growth", "sensors double in two
 * years", "add 40%/yr as headroom"): the sizing looks past today. Pure; never throws.
 */
export function remarksOnGrowth(notes: string): boolean {
  growthStems ??= stemPhrases(GROWTH_PHRASES);
  return holdsAny(notes, growthStems);
}

/**
 * True when an estimate's notes tie a figure to the design it sizes ("small for Kafka", "partition the ledger
 * by month", "most of it in Glacier", "scoring needs a fallback", "10 shards"): a conclusion drawn, not the
 * figures restated. Pure; never throws.
 */
export function drawsSizingConclusion(notes: string): boolean {
  consequenceStems ??= stemPhrases(CONSEQUENCE_PHRASES);
  return holdsAny(notes, consequenceStems);
}
