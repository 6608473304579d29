import { analyse } from '../text/analyse';
import { stemWord } from '../text/stem';
import type { Finding } from '../scoring/finding';
import type { DetailedRow } from './evaluate-worksheet';
import { bandFor, factorBetween } from './grade-bands';
import type { WorkingJudgement } from './judge-working';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { formatExpected } from './quantity-messages';
import { sameAmount } from './working';

const GROWTH_STEMS = new Set([stemWord('growth'), stemWord('grow'), stemWord('growing')]);

/** Do the notes say the estimate includes growth, with the case's figure (`1.5x`, `50%`) or its name? */
function notesUseGrowth(notes: string, growth: { name: string; factor: number }): boolean {
  if (notes.trim() === '') return false;
  if (notes.includes(growth.name)) return true;
  const { stems } = analyse(notes);
  if (!stems.some((stem) => GROWTH_STEMS.has(stem))) return false;
  const percent = Math.round((growth.factor - 1) * 100);
  const figures = [String(growth.factor), `${percent}%`, `${percent} %`, `${percent} percent`];
  return figures.some((figure) => new RegExp(`(^|[^\\d.])${figure.replace(/[.%]/g, (char) => `\\${char}`)}(?![\\d])`).test(notes));
}

/**
 * A value sized for the case's growth (a year, or the period its growth fact names): accepted with full marks when it lands on the reference times the
 * case's growth factor and the row (by name or number) or the notes use that factor. The finding shows both
 * figures. Undefined when the value does not land there or nothing says it includes growth.
 */
export function withGrowth(
  item: PreparedQuantity,
  context: { prepared: PreparedEstimate; notes: string },
  row: DetailedRow,
  learner: number,
  judgement: WorkingJudgement,
  shown: string,
): Omit<Finding, 'refs' | 'points'> | undefined {
  const growth = context.prepared.growth;
  if (!growth || item.quantity.dimension === 'ratio') return undefined;
  const grown = item.expected * growth.factor;
  if (bandFor(factorBetween(learner, grown), item.quantity.tolerance) !== 'full') return undefined;
  const inRow = judgement.working.facts.has(growth.name) || judgement.working.ingredients.some((ingredient) => typeof ingredient.value === 'number' && sameAmount(ingredient.value, growth.factor, 0.01));
  if (!inRow && !notesUseGrowth(context.notes, growth)) return undefined;
  const today = formatExpected(item.quantity, item.expected);
  const next = formatExpected(item.quantity, grown);
  return {
    code: 'estimate.with-growth',
    severity: 'good',
    message: `${row.label} = ${shown} sizes for growth (${growth.name} = ${growth.factor}): ${today} today, ${next} with that growth. Both are good answers; say which one you sized for.`,
    neutral: `${row.label} = ${shown} sizes for growth (${growth.name} = ${growth.factor}). Today's figure and the grown one are both good answers; say which one you sized for.`,
  };
}
