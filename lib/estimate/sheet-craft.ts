import type { CapFinding } from '../scoring/score';
import { drawsSizingConclusion, quotesStoredVolume, remarksOnGrowth, remarksOnStoredVolume } from '../text/sizing-remarks';
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

/**
 * Points (out of 100) that a sheet sized for growth still needs for saying what its stored volume becomes on
 * disk: compression or a columnar format, or a split across tiers (hot/archive, raw/rollups). Rounds 20-21's
 * interviewers sign sheets with every figure right and growth applied 82-86 when the notes say nothing of it
 * ("-15: no compression or raw-vs-curated split", "-18 for no compression note", "-14: no compression note and
 * no bandwidth row"), and a sized-for-growth sheet without it 93 where the same with downsampling is 92-95; 10
 * points sits between. A sheet without growth is already held at 100 - HEADROOM_POINTS, below this ceiling.
 */
export const STORED_VOLUME_POINTS = 10;

/** How a sheet looks past today's figures (the case's growth): a grown figure, a remark, or nothing. */
export type Headroom = 'applied' | 'remarked' | 'none';

/** What a worksheet shows beyond its figures: headroom for the case's growth, and a conclusion drawn. */
export interface SheetCraft {
  /** Undefined when the case gives no growth to size for. */
  headroom?: Headroom;
  /** The row that applies the growth, as the learner named it (with headroom 'applied'). */
  grownRow?: string;
  conclusion: boolean;
  /**
   * Whether the notes or row names say what the stored volume becomes on disk (compression, tiers); undefined
   * when the case sizes no stored volume (no data_size quantity) or the notes quote none (nothing to ask of).
   */
  storedVolume?: boolean;
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
  const sizesVolume = prepared.quantities.some((item) => item.quantity.dimension === 'data_size');
  // Row names count ('raw_tier', 'compressed_storage'), except a name that only repeats one of the case's quantities.
  const quantityIds = new Set(prepared.quantities.map((item) => item.quantity.id));
  const names = rows.filter((row) => !quantityIds.has(row.name.trim())).map((row) => nameAsWords(row.name));
  // Asked of a volume the notes quote ("~77 TB over seven years"): is that before or after compression?
  const volume = sizesVolume && quotesStoredVolume(notes) ? { storedVolume: remarksOnStoredVolume([notes, ...names].join('.\n')) } : {};
  if (prepared.growth === undefined) return { conclusion, ...volume };
  const grown = rows.find((row) => appliesGrowth(row, rowsByKey, prepared));
  if (grown !== undefined) return { headroom: 'applied', grownRow: grown.name.trim(), conclusion, ...volume };
  return { headroom: remarksOnGrowth(notes) ? 'remarked' : 'none', conclusion, ...volume };
}

/** True when the sheet's ceiling is set by its headroom (no figure sized for the case's growth). */
function heldByHeadroom(craft: SheetCraft): boolean {
  return craft.headroom === 'none' || craft.headroom === 'remarked';
}

/**
 * The highest score (0-100) a sheet keeps for what it shows beyond its figures (sheetCraft): 100 -
 * HEADROOM_POINTS without a grown figure; else 100 - STORED_VOLUME_POINTS when it says nothing of what its
 * stored volume becomes on disk; else 100.
 */
export function craftCeiling(craft: SheetCraft): number {
  if (heldByHeadroom(craft)) return 100 - HEADROOM_POINTS;
  return craft.storedVolume === false ? 100 - STORED_VOLUME_POINTS : 100;
}

/**
 * The finding that holds a sheet whose figures hold up at craftCeiling: no figure sized for the case's growth.
 * It also asks for a conclusion when the notes draw none (no points of its own: see HEADROOM_POINTS). `growth`
 * is the case's growth fact (name and factor), quoted in the message and not in the neutral one.
 */
export function craftCapFinding(craft: SheetCraft, growth: { name: string; factor: number } | undefined): CapFinding {
  if (!heldByHeadroom(craft)) return storedVolumeFinding(craft);
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

/** The finding that holds a sheet sized for growth at craftCeiling when it never says what its stored volume becomes on disk. */
function storedVolumeFinding(craft: SheetCraft): CapFinding {
  const grown = craft.grownRow === undefined ? 'The figures hold up and the sheet sizes for growth' : `The figures hold up and ${craft.grownRow} sizes for growth`;
  const text = `${grown}, but nothing says what the stored volume becomes on disk: an interviewer asks of every storage figure whether it is before or after compression (a columnar format such as Parquet typically stores event data 4-10x smaller) and how much of it stays hot. Say which, or split it into a hot and an archive tier. Without it the sheet keeps at most ${craftCeiling(craft)}.`;
  return { code: 'estimate.stored-volume-unremarked', severity: 'missing', message: text, neutral: text, refs: [] };
}
