import type { Finding } from '../scoring/finding';
import { dimensionLabel } from '../units/dimensions';
import type { DetailedRow } from './evaluate-worksheet';
import { factorBetween } from './grade-bands';
import { judgeWorking } from './judge-working';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { readAsDimension } from './read-as-dimension';
import { valueIn } from './value-dimension';

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

/**
 * Takes rows named in the learner's own words (`yearly_raw_storage`) as the case's unanswered quantities:
 * same dimension, then the most of the quantity's facts used, then the closest value (within 10x, or 10x
 * of the with-growth value). Each row answers at most one quantity; each match comes with a hint saying
 * which quantity the row was taken as. Rows named after a quantity id are never taken for another.
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
  const pairs: { item: PreparedQuantity; row: DetailedRow; uses: number; used: readonly string[]; factor: number; at: number }[] = [];
  for (const item of open) {
    candidates.forEach((row, at) => {
      const factor = distance(item, row, growth);
      if (factor === undefined) return;
      const judgement = judgeWorking(item, prepared, row, context.rowsByKey);
      const uses = item.facts.length === 0 ? 1 : judgement.usedFacts.length / item.facts.length;
      pairs.push({ item, row, uses, used: judgement.usedFacts, factor, at });
    });
  }
  // Most facts used first, then the closest value, then the later row (the learner's final figure).
  pairs.sort((a, b) => b.uses - a.uses || a.factor - b.factor || b.at - a.at);
  const matches = new Map<PreparedQuantity, OwnWordsMatch>();
  const taken = new Set<DetailedRow>();
  for (const pair of pairs) {
    if (matches.has(pair.item) || taken.has(pair.row)) continue;
    taken.add(pair.row);
    const { quantity } = pair.item;
    const built = pair.used.length > 0 ? `, built from ${pair.used.join(', ')}` : '';
    matches.set(pair.item, {
      row: pair.row,
      finding: {
        code: 'estimate.row-matched',
        severity: 'hint',
        message: `${pair.row.key} was taken as ${quantity.id} (${quantity.title}): ${dimensionLabel(quantity.dimension)} ${pair.row.value?.display ?? ''}${built}. Name the row ${quantity.id} to make that explicit.`,
        points: 0,
        refs: [pair.row.key, quantity.id],
      },
    });
  }
  return matches;
}
