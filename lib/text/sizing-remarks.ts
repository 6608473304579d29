import { analyse, contentStems } from './analyse';
import { COMPONENT_NAMES } from './components';
import { quantityInBase } from './claim-quantity';
import { readText } from './read-text';
import { ARCHIVE_STORES } from './stores';
import { readValues } from './values';

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

/**
 * Words that say what a stored volume costs once it is on disk: compression and the columnar formats that give
 * it (Parquet, ORC: typically 4-10x on event data), and a split of the volume across tiers (hot/warm/cold,
 * archive, Glacier, downsampled rollups). Write-once (WORM) storage says where an audit trail lives, not how
 * big it is: round 21's interviewer still takes points off a sheet that puts its audit trail on write-once
 * storage "for no compression or raw-vs-curated split". Nor is "hot storage" alone one of them: it names a
 * case's own retention window ("three hot years").
 */
const STORED_VOLUME_PHRASES: readonly string[] = [
  'compression', 'compress', 'compressed', 'compresses', 'compressing', 'parquet', 'orc', 'columnar', 'delta encoding',
  'zstd', 'snappy', 'gzip', 'hot tier', 'warm tier', 'cold tier', 'cold storage',
  'tiered', 'tiering', 'tiers', 'archive', 'archived', 'archiving', 'glacier', 'downsample', 'downsampled', 'downsampling',
  'rollup', 'rollups', 'roll up', 'lifecycle', 'curated',
];

type StemPhrase = readonly string[];

let growthStems: StemPhrase[] | undefined;
let consequenceStems: StemPhrase[] | undefined;
let storedVolumeStems: StemPhrase[] | undefined;

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

/**
 * True when an estimate's notes (or its row names, passed as words) say what the stored volume becomes on disk:
 * compression or a columnar format ("~15-20 TB in Parquet at 4-5x"), or a split across tiers ("13 months hot,
 * the rest archive", "raw tier", "downsampled rollups"). Interviewers ask it of every storage figure ("-15: no
 * compression or raw-vs-curated split"). Pure; never throws.
 */
export function remarksOnStoredVolume(text: string): boolean {
  storedVolumeStems ??= stemPhrases(STORED_VOLUME_PHRASES);
  return holdsAny(text, storedVolumeStems);
}

/**
 * True when an estimate's notes quote a stored volume: an amount of data with its unit ("~77 TB over seven
 * years", "18 TB raw a year", "400 GiB"), read by the shared values reader.
 * Pure; never throws.
 */
export function quotesStoredVolume(notes: string): boolean {
  if (typeof notes !== 'string' || notes.trim() === '') return false;
  return readValues(readText(notes)).some((value) => quantityInBase(value, 'data_size') !== undefined);
}

/** Stems of verbs that put numbers into a formula ("plug in", "fill in", "substitute", "insert", "slot in"). */
const PUT_IN = new Set(['plug', 'fill', 'substitut', 'insert', 'slot', 'supply']);
/** Stems of the figures themselves. */
const FIGURES = new Set(['number', 'figur', 'valu', 'input']);
/** Stems that say the figures come later or from elsewhere ("numbers TBD", "figures later"). */
const LATER = new Set(['tbd', 'tbc', 'later', 'pend']);
const WINDOW = 4;

/** True when `stems` has one of `first` followed within `window` stems by one of `then`. */
function followedBy(stems: readonly string[], first: ReadonlySet<string>, then: ReadonlySet<string>, window: number): boolean {
  return stems.some((stem, at) => first.has(stem) && stems.slice(at + 1, at + 1 + window).some((next) => then.has(next)));
}

/**
 * True when an estimate's notes hand the figures back instead of estimating them: "plug in the interviewer's
 * numbers", "fill in the figures once we have them", "the formulas are what matters", "numbers TBD". A sizing
 * is asked for figures; a sheet that says its numbers are someone else's job has estimated nothing, whatever
 * its formulas compute. Pure; never throws.
 */
export function defersFigures(notes: string): boolean {
  if (notes.trim() === '') return false;
  const stems = contentStems(analyse(notes, { maxChars: 20000 }));
  return (
    followedBy(stems, PUT_IN, FIGURES, WINDOW) ||
    followedBy(stems, new Set(['formula']), new Set(['matter', 'count']), 2) ||
    followedBy(stems, FIGURES, LATER, 1)
  );
}

/** Stems that say which way a figure was rounded, read right after "round". */
const UPWARD = new Set(['up', 'upward', 'upwards']);
/** How many words after "round" may carry the direction ("rounded everything up", "rounded the daily counts up"). */
const ROUND_WINDOW = 4;
/** Nouns that make "round" another word: a round trip, round-robin. */
const NOT_ROUNDING = new Set(['trip', 'robin']);

/**
 * True when an estimate's notes say the figures were rounded up on purpose ("rounded everything up to keep the
 * maths easy", "I round each input up", "numbers rounded upward for safety"): a deliberate, conservative
 * rounding an interviewer accepts in a back-of-envelope, as long as it stays within the order of magnitude.
 * Rounding down or to the nearest says nothing of the kind. Pure; never throws.
 */
export function remarksOnRoundingUp(notes: string): boolean {
  if (typeof notes !== 'string' || notes.trim() === '') return false;
  const { stems } = analyse(notes, { maxChars: 20000 });
  return stems.some((stem, at) => stem === 'round' && !NOT_ROUNDING.has(stems[at + 1] ?? '') && stems.slice(at + 1, at + 1 + ROUND_WINDOW).some((next) => UPWARD.has(next)));
}
