import { NUMBER_TOKEN, analyse } from './analyse';

/**
 * What the name of an estimated figure says it measures, read the way an interviewer reads a worksheet row
 * ("pings per second at the evening peak", `raw_storage_per_day`, "location data kept for 90 days"):
 * what is counted, per which time unit, at the peak or on average, and whether it is an amount kept over
 * a retention period. Stems come from `analyse`, so synonyms ("busiest" = peak) and plurals are shared
 * with every other engine.
 */
export interface MeasureReading {
  /** Content stems naming what is measured (`ping`, `locat`), without the facets below. */
  subject: readonly string[];
  /** The time unit after "per" (`second`, `dai`), when the name says per what. */
  per?: string;
  /** Other time units named (`hour` in "in the busiest hour", `dai` in "kept for 90 days"). */
  times: readonly string[];
  /** Names the peak (peak, busiest, max). */
  peak: boolean;
  /** Names an average (average, avg, mean, typical). */
  average: boolean;
  /**
   * Says how long data is kept (kept, keep for, retained, retention, archived, history, TTL, purged, expires,
   * deleted after): an amount kept over a retention period, or a stretch of an SLA naming one.
   */
  kept: boolean;
}

/** How well a row's name fits a quantity's: 0 (unrelated or contradicting) upwards; MEANING_MATCH is a match. */
export interface MeasureAgreement {
  score: number;
  /** The subject stems both name, as the row's words. */
  shared: readonly string[];
  /** Why the two cannot be the same figure (per second against per day, average against peak). */
  conflict?: string;
}

/** The score from which a row's name is taken to mean the quantity. */
export const MEANING_MATCH = 0.6;

/**
 * Words that say how long data is kept rather than how fresh it is ("raw kept 30 days", "TTL 7 days",
 * "purged after a year"); shared by the estimate's row names and the SLA's retention reading.
 */
const KEPT_WORDS = 'kept keep keeps keeping retained retain retains retaining retention archive archived archives history historical ttl purge purged expire expires expiry delete deleted';

type Facets = { time: Set<string>; peak: Set<string>; average: Set<string>; kept: Set<string>; generic: Set<string>; per: string };
let facets: Facets | undefined;

const stemsOf = (words: string): Set<string> => new Set(analyse(words).stems);

// Built on first use so the facet words go through the same pipeline as the names they are matched in.
function getFacets(): Facets {
  facets ??= {
    time: stemsOf('second seconds sec minute minutes hour hours day days daily week weeks month months year years'),
    peak: stemsOf('peak peaks busiest busy max maximum highest top spike burst'),
    average: stemsOf('average avg mean typical normal baseline'),
    kept: stemsOf(KEPT_WORDS),
    // Words that say a figure is some data or some count without saying which: they count half.
    generic: stemsOf('data raw volume size amount number count total rate figure estimate value values written ingest'),
    per: analyse('per').stems[0] ?? 'per',
  };
  return facets;
}

/** Reads a figure's name (words, snake_case or camelCase) into what it measures. Never throws. */
export function readMeasureName(name: string): MeasureReading {
  const { time, peak, average, kept, per: perStem } = getFacets();
  const { stems, stop } = analyse(typeof name === 'string' ? name : '');
  const subject: string[] = [];
  const times: string[] = [];
  let per: string | undefined;
  let isPeak = false;
  let isAverage = false;
  let isKept = false;
  stems.forEach((stem, index) => {
    if (stop[index] || stem === NUMBER_TOKEN || stem === '') return;
    if (stem === perStem) return;
    if (time.has(stem)) {
      if (per === undefined && stems[index - 1] === perStem) per = stem;
      else times.push(stem);
      return;
    }
    if (peak.has(stem)) isPeak = true;
    else if (average.has(stem)) isAverage = true;
    else if (kept.has(stem)) isKept = true;
    else if (!subject.includes(stem)) subject.push(stem);
  });
  const reading: MeasureReading = { subject, times, peak: isPeak, average: isAverage, kept: isKept };
  if (per !== undefined) reading.per = per;
  return reading;
}

/**
 * How well a row's name (`row`) fits a quantity's name (`quantity`, its title and id read together);
 * `related` are stems of words that also name what the quantity counts (its facts' names: `ping` for driver
 * location updates). The score is the share of the row's subject the quantity also names (generic words
 * such as data or raw count half, words only its facts name count half, and at least one specific word
 * must be shared), plus a little for the
 * same peak, retention and time words, minus a little for a peak the quantity does not name. A different
 * unit after "per", or an average for a peak, is a conflict (score 0).
 */
export function measureAgreement(row: MeasureReading, quantity: MeasureReading, related: Iterable<string> = []): MeasureAgreement {
  const { generic } = getFacets();
  if (row.per !== undefined && quantity.per !== undefined && row.per !== quantity.per) return { score: 0, shared: [], conflict: 'per' };
  if ((row.average && quantity.peak) || (row.peak && quantity.average)) return { score: 0, shared: [], conflict: 'peak' };
  const named = new Set(quantity.subject);
  const counted = new Set(related);
  const weight = (stem: string) => (generic.has(stem) ? 0.5 : 1);
  const shared = row.subject.filter((stem) => named.has(stem) || counted.has(stem));
  if (!shared.some((stem) => !generic.has(stem))) return { score: 0, shared };
  const total = row.subject.reduce((sum, stem) => sum + weight(stem), 0);
  // A word only the quantity's facts name (`sensor` of sensors_per_machine) says less than one its title names.
  const earned = shared.reduce((sum, stem) => sum + weight(stem) * (named.has(stem) ? 1 : 0.5), 0);
  let score = earned / Math.max(total, 1);
  if (row.peak) score += quantity.peak ? 0.2 : -0.2;
  if (row.kept && quantity.kept) score += 0.2;
  if (row.per !== undefined && row.per === quantity.per) score += 0.1;
  if (row.times.some((stem) => quantity.times.includes(stem))) score += 0.1;
  return { score, shared };
}
