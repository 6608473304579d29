import type { Finding } from '../scoring/finding';
import { dimensionLabel } from '../units/dimensions';
import type { DetailedRow } from './evaluate-worksheet';
import { factorBetween } from './grade-bands';
import { judgeWorking } from './judge-working';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { readAsDimension } from './read-as-dimension';
import { valueIn } from './value-dimension';
import type { MeasureAgreement, MeasureReading } from '../text/measure-name';
import { MEANING_MATCH, measureAgreement, readMeasureName } from '../text/measure-name';
import { analyse } from '../text/analyse';

/** A row in the learner's own words is taken as a quantity only when its value is within this factor. */
const MATCH_FACTOR = 10;

export interface OwnWordsMatch {
  row: DetailedRow;
  finding: Finding;
}

function distance(item: PreparedQuantity, row: DetailedRow, growth: number): number | undefined {
  if (row.raw === undefined) return undefined;
  // A plain number is taken only as a ratio here: as a count it could be any figure on the sheet.
  const read = typeof row.raw === 'number' && item.quantity.dimension !== 'ratio' ? undefined : readAsDimension(row.raw, item.quantity.dimension, item.quantity.unit);
  if (read === undefined) return undefined;
  const value = typeof read.value === 'number' && item.quantity.dimension === 'ratio' && read.value > 1 && read.value <= 100 && !row.usage.percent ? read.value / 100 : valueIn(read.value, item.quantity.unit);
  if (!(value > 0) || !(item.expected > 0)) return undefined;
  const factor = Math.min(factorBetween(value, item.expected), factorBetween(value, item.expected * growth));
  return factor <= MATCH_FACTOR ? factor : undefined;
}

const RATES = new Set(['event_rate', 'data_rate']);

/** What a quantity's title and id say it measures, and the stems of its facts' names (what it counts). */
function quantityReading(item: PreparedQuantity): { reading: MeasureReading; related: string[] } {
  const cached = readings.get(item);
  if (cached) return cached;
  const reading = readMeasureName(`${item.quantity.title} ${item.quantity.id}`);
  const related = item.facts.flatMap((name) => analyse(name).stems);
  const result = { reading, related };
  readings.set(item, result);
  return result;
}
const readings = new WeakMap<PreparedQuantity, { reading: MeasureReading; related: string[] }>();

/** How the row's name fits the quantity's meaning; an amount kept over time never means a rate. */
function meaning(item: PreparedQuantity, row: DetailedRow): MeasureAgreement {
  const { reading, related } = quantityReading(item);
  const own = readMeasureName(row.label === '' ? row.key : row.label);
  if (own.kept && RATES.has(item.quantity.dimension ?? '')) return { score: 0, shared: [], conflict: 'kept' };
  return measureAgreement(own, reading, related);
}

/** What the row's name and the quantity share, in words: `ping, per second, at the peak`. */
function sharedMeaning(row: DetailedRow, agreement: MeasureAgreement): string {
  const own = readMeasureName(row.label === '' ? row.key : row.label);
  const words = row.label.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const named = agreement.shared.map((stem) => words.find((word) => (analyse(word).stems[0] ?? '') === stem) ?? stem);
  const parts = [named.join(' and ')];
  if (own.per !== undefined) parts.push(`per ${words.find((word, at) => at > 0 && words[at - 1]?.toLowerCase() === 'per') ?? own.per}`);
  if (own.peak) parts.push('at the peak');
  if (own.kept) parts.push('kept over time');
  return parts.join(', ');
}

/**
 * Takes rows named in the learner's own words (`yearly_raw_storage`) as the case's unanswered quantities:
 * same dimension, then the most of the quantity's facts used, then the closest value (within 10x, or 10x
 * of the with-growth value). Each row answers at most one quantity; each match comes with a hint saying
 * which quantity the row was taken as. Rows named after a quantity id are never taken for another.
 * A row whose name means the quantity (lib/text measure-name: what is counted, per which time unit, at the
 * peak; "pings per second at the evening peak" for driver location updates per second at the peak) is
 * taken first, whatever its value, as long as the value can be read in the quantity's dimension.
 */
export function matchOwnWords(
  prepared: PreparedEstimate,
  rows: readonly DetailedRow[],
  answers: ReadonlyMap<PreparedQuantity, DetailedRow | undefined>,
  context: { rowsByKey: ReadonlyMap<string, DetailedRow> },
): Map<PreparedQuantity, OwnWordsMatch> {
  const ids = new Set(prepared.quantities.map((item) => item.quantity.id));
  const open = prepared.quantities.filter((item) => item.error === undefined && answers.get(item) === undefined);
  const candidates = rows.filter((row) => row.key !== '' && row.raw !== undefined && !ids.has(row.key.toLowerCase()));
  const growth = prepared.growth?.factor ?? 1;
  const pairs: { item: PreparedQuantity; row: DetailedRow; meant?: MeasureAgreement; uses: number; used: readonly string[]; factor: number; at: number }[] = [];
  for (const item of open) {
    candidates.forEach((row, at) => {
      const agreement = meaning(item, row);
      const meant = agreement.score >= MEANING_MATCH && row.raw !== undefined && readAsDimension(row.raw, item.quantity.dimension, item.quantity.unit) !== undefined ? agreement : undefined;
      const factor = distance(item, row, growth) ?? (meant ? Number.POSITIVE_INFINITY : undefined);
      if (factor === undefined) return;
      const judgement = judgeWorking(item, prepared, row, context.rowsByKey);
      const uses = item.facts.length === 0 ? 1 : judgement.usedFacts.length / item.facts.length;
      pairs.push({ item, row, ...(meant ? { meant } : {}), uses, used: judgement.usedFacts, factor, at });
    });
  }
  // A name that means the quantity first (the closest meaning), then most facts used, then the closest
  // value, then the later row (the learner's final figure).
  pairs.sort((a, b) => (b.meant?.score ?? 0) - (a.meant?.score ?? 0) || b.uses - a.uses || a.factor - b.factor || b.at - a.at);
  const matches = new Map<PreparedQuantity, OwnWordsMatch>();
  const taken = new Set<DetailedRow>();
  for (const pair of pairs) {
    if (matches.has(pair.item) || taken.has(pair.row)) continue;
    taken.add(pair.row);
    const { quantity } = pair.item;
    const built = pair.used.length > 0 ? `, built from ${pair.used.join(', ')}` : '';
    const named = pair.row.label !== pair.row.key ? `"${pair.row.label}" (used in formulas as ${pair.row.key})` : pair.row.label;
    const read = pair.meant ? ` by its meaning (${sharedMeaning(pair.row, pair.meant)})` : '';
    matches.set(pair.item, {
      row: pair.row,
      finding: {
        code: 'estimate.row-matched',
        severity: 'hint',
        message: `${named} was taken as ${quantity.id} (${quantity.title})${read}: ${dimensionLabel(quantity.dimension)} ${pair.row.value?.display ?? ''}${built}. Name the row ${quantity.id} to make that explicit.`,
        points: 0,
        refs: [pair.row.key, quantity.id],
      },
    });
  }
  return matches;
}
