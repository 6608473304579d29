import type { CapFinding } from '../scoring/score';
import { drawsSizingConclusion, remarksOnGrowth } from '../text/sizing-remarks';
import type { DetailedRow } from './evaluate-worksheet';
import type { PreparedEstimate } from './prepare-estimate';
import { sameAmount, workingOf } from './working';

/**
 * Points of the step (out of 100) that a sheet whose figures hold up still needs for headroom: a figure sized
 * for the case's growth next to today's. Across the hand-graded rounds 9-18, 38 sheets with every figure right
 * and no grown figure are signed 82-88 (mean 86; none higher than 88, so the ceiling is 88), and the
 * interviewers' reasons name growth ("no remark on growth", "growth not applied", "growth mentioned but not
 * applied"); sheets that size for growth with today's figure beside it are signed 92-95 ("exactly what I want
 * to hear"). A remark in the notes or a conclusion drawn does not move those grades (sheets with them are signed
 * 86.4 on average, without 85.4), so they shape the finding, not the points.
 */
export const HEADROOM_POINTS = 12;

/** How a sheet looks past today's figures (the case's growth): a grown figure, a remark, or nothing. */
export type Headroom = 'applied' | 'remarked' | 'none';

/** What a worksheet shows beyond its figures: headroom for the case's growth, and a conclusion drawn. */
export interface SheetCraft {
  /** Undefined when the case gives no growth to size for. */
  headroom?: Headroom;
  /** The row that applies the growth, as the learner named it (with headroom 'applied'). */
  grownRow?: string;
  conclusion: boolean;
}

function nameAsWords(name: string): string {
  return name.replace(/[_-]+/g, ' ');
}

/**
 * True when a row sizes a figure for the case's growth: it uses the growth fact by name (directly or through
 * an earlier row), or writes its factor (`* 1.3`, `1.3^7`, `(1 + 1.5 + 2.25)`); a whole-number factor (`* 2`
 * for sensors doubling) only in a row whose name says growth, since `* 2` is as often a replica or a pair.
 */
function appliesGrowth(row: DetailedRow, rowsByKey: ReadonlyMap<string, DetailedRow>, prepared: PreparedEstimate): boolean {
  const { growth } = prepared;
  if (growth === undefined || row.raw === undefined || row.node === undefined) return false;
  const working = workingOf(row, rowsByKey, new Set(prepared.factValues.keys()));
  if (working.facts.has(growth.name)) return true;
  const written = working.ingredients.some((ingredient) => ingredient.literal && typeof ingredient.value === 'number' && sameAmount(ingredient.value, growth.factor, 0.01));
  if (!written) return false;
  return !Number.isInteger(growth.factor) || remarksOnGrowth(nameAsWords(row.name));
}

/**
 * Reads what a worksheet shows beyond its figures: whether it sizes for the case's growth (a row applying it:
 * 'applied'; the notes speaking of growth or headroom: 'remarked'), and whether the notes draw a conclusion
 * for the design from the figures. Pure; never throws.
 */
export function sheetCraft(rows: readonly DetailedRow[], rowsByKey: ReadonlyMap<string, DetailedRow>, prepared: PreparedEstimate, notes: string): SheetCraft {
  const conclusion = drawsSizingConclusion(notes);
  if (prepared.growth === undefined) return { conclusion };
  const grown = rows.find((row) => appliesGrowth(row, rowsByKey, prepared));
  if (grown !== undefined) return { headroom: 'applied', grownRow: grown.name.trim(), conclusion };
  return { headroom: remarksOnGrowth(notes) ? 'remarked' : 'none', conclusion };
}

/** The highest score (0-100) a sheet keeps for the headroom it shows (sheetCraft): 100 with a grown figure or when the case gives no growth. */
export function craftCeiling(craft: SheetCraft): number {
  return craft.headroom === 'none' || craft.headroom === 'remarked' ? 100 - HEADROOM_POINTS : 100;
}

/**
 * The finding that holds a sheet whose figures hold up at craftCeiling: no figure sized for the case's growth.
 * It also asks for a conclusion when the notes draw none (no points of its own: see HEADROOM_POINTS). `growth`
 * is the case's growth fact (name and factor), quoted in the message and not in the neutral one.
 */
export function craftCapFinding(craft: SheetCraft, growth: { name: string; factor: number } | undefined): CapFinding {
  const figure = growth === undefined ? '' : ` (${growth.name} = ${growth.factor})`;
  const lead = craft.headroom === 'remarked' ? 'the notes mention growth, but no figure on the sheet is sized for it' : 'nothing on the sheet looks past today';
  const conclusion = craft.conclusion ? '' : ' And say what the figures mean for the design (partitions or brokers for the rate, a storage tier or compression for the volume, a fallback for the availability).';
  const ask = (quoted: string) => `The figures hold up, but ${lead}: an interviewer asks "and next year?" of every figure a system is sized on. Add a row that applies the case's growth${quoted} to that figure, next to today's, so the headroom is a number.`;
  return {
    code: 'estimate.headroom-missing',
    severity: 'missing',
    message: `${ask(figure)}${conclusion} Without it the sheet keeps at most ${craftCeiling(craft)}.`,
    neutral: `${ask('')}${conclusion}`,
    refs: [],
  };
}
