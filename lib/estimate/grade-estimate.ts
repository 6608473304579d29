import type { Quantity, Rubric } from '../content/rubric-schema';
import type { Finding, StepResult } from '../scoring/finding';
import { capScore, stepResult } from '../scoring/score';
import { describeDowntime, formatAvailability } from './availability';
import type { DetailedRow, AvailableValues } from './evaluate-worksheet';
import { evaluateWorksheetDetailed, toEvaluatedRow } from './evaluate-worksheet';
import { formatNumber, roundSignificant } from './format-quantity';
import type { Band, Verdict } from './grade-bands';
import { BAND_CREDIT, availabilityBand, bandFor, downtimeTolerance, factorBetween, verdictFor } from './grade-bands';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import type { WorkingJudgement } from './judge-working';
import { FAR_FACTOR, judgeWorking } from './judge-working';
import type { Working } from './working';
import { symbolsOf, workingOf } from './working';
import type { Reading } from './read-as-dimension';
import { readAsDimension } from './read-as-dimension';
import { assertNever } from '../util/assert-never';
import { safeMath } from './safe-math';
import { partFacts } from './summed-parts';
import { WORKING_CREDIT, workingFindings } from './working-findings';
import { withGrowth } from './growth';
import type { CarriedError } from './carried-error';
import { carriedError } from './carried-error';
import type { StrayIntermediate } from './stray-intermediate';
import { strayIntermediates } from './stray-intermediate';
import type { SlippedStep } from './slipped-step';
import { slippedStep } from './slipped-step';
import { notesWorking } from './notes-working';
import type { WorkedStatement } from '../text/worked-statements';
import { workedStatements } from '../text/worked-statements';
import { matchOwnWords } from './match-rows';
import type { PartMisread } from './part-misread';
import { partMisread } from './part-misread';
import { missingMultiplier } from './missing-multiplier';
import { extraFactor } from './extra-factor';
import { swappedFact } from './swapped-fact';
import { describeUnitSlip, unitSlip } from './unit-slip';
import { describeRelabelledPeriod, relabelledPeriod } from './relabelled-period';
import { GRADER_NOTES_CAP, graderNoteQuotes, graderNotesFinding } from './grader-notes';
import type { RelabelledPeriod } from './relabelled-period';
import { decimalSlip, describeDecimalSlip } from './decimal-slip';
import { describeRepeatedFactor, repeatedFactor } from './repeated-factor';
import { prepareEstimate } from './prepare-estimate';
import { describeFactor, formatExpected, roundedLiteral, wrongDimensionMessage } from './quantity-messages';
import type { EstimateValue } from './value-dimension';
import { valueDimension, valueIn } from './value-dimension';
import { FACT_TOLERANCE, sameFigure } from './same-figure';
import type { EvaluatedRow, Worksheet } from './worksheet-schema';
import { craftCapFinding, craftCeiling, sheetCraft } from './sheet-craft';
import { TEMPLATE_CAP, templateCapFinding, templateSheet } from './template-sheet';
import { remarksOnRoundingUp } from '../text/sizing-remarks';
import { compoundedFactorFinding, compoundedFactors } from './compounded-factor';
import { POSED_WORKING_CAP, posedWorking, posedWorkingFinding } from './posed-working';

export const POINTS_PER_QUANTITY = 10;
/** Share of its worth a figure written without its unit keeps (withoutUnit): a bare one lands on the 'little' band's 0.2. */
const UNITLESS_SHARE = 0.4;
/** Share of its points a sound row keeps on a sheet where another row's errors cancel (withSpentTrust). */
const SPENT_TRUST_SHARE = 0.75;
/** Share of its points a row keeps when its only error is an earlier answer row's, carried forward (withCarriedError). */
const CARRIED_CREDIT = 0.5;
const ANSWER_DIGITS = 4;
/**
 * Highest share of the step a sheet keeps when a row is off because it is built on a figure that contradicts
 * the case (two ledger entries where the case says four, 5 KB events where it says 500 bytes, orders where
 * it asks for the clickstream): the top of the interviewer's level 2, "partly there" (40-59 in
 * lib/rooms/agreement-bands.ts), as the cases' anchors place such a slip ("forgets that each authorisation
 * writes four ledger entries").
 */
const CONTRADICTED_CAP = 0.59;
/**
 * Highest share of the step a sheet keeps when an answer is off the case's scale, at least OFF_SCALE_FACTOR
 * away, because a figure of the row is far from anything the case says (`2 MB/event` where the case says
 * 2 KB): a figure no sanity check would let through (77 PB of card records), and whatever is built on it
 * (a petabyte cluster, tape) sizes another system. Below half: round 18's interviewer signs such a sheet 38
 * ("an interviewer stops trusting the sheet. Under half") where the same sheet with the figure 10x off is
 * "partly there" (CONTRADICTED_CAP).
 */
const OFF_SCALE_CAP = 0.4;
/**
 * Highest share of the step a sheet keeps when an answer is off the case's scale (OFF_SCALE_CAP) and another
 * answer is built on a figure the case contradicts too: two rows whose figures are not this case's, one of
 * them 100x off, read as a sheet sized from another system's numbers (round 19's interviewer signs a
 * healthcare sheet sized with the ride-hailing case's 200,000 drivers and 390 GB a day 25: "the numbers came
 * from memory of another case"), where one figure off the scale alone is signed 38.
 */
const OTHER_SYSTEM_CAP = 0.25;
/** An answer this many times off the case's value is off its scale (three orders of magnitude, less a rounding). */
const OFF_SCALE_FACTOR = 100;
/**
 * Share of its points a landing row keeps when its figure is not the case's exact one: rounded more than
 * ROUNDED_FACTOR away (a 400-day year, 100k drivers for 90k) or given in binary units where the case's are
 * decimal (TiB for TB). Within tolerance, so accepted, but the interviewer has to convert or re-derive to check
 * it against the case: across the hand-graded rounds such sheets are signed 84-88 where the same round signs the
 * exact sheet 86-97 (two such rows of four: 85).
 */
const IMPRECISE_SHARE = 0.7;
/** A landing figure this far from the exact one (either way) is a rounding the interviewer re-derives. */
const ROUNDED_FACTOR = 1.08;
/**
 * How far above the case's figure a row rounded up on purpose may land and still count as a rounding: 1.5x,
 * well inside the order of magnitude. Round 21's interviewer signs a sheet rounding every input up (100 TB for
 * 73, 300 TB for 220, 1.37x) 78: "an interviewer accepts conservative rounding in a back-of-envelope".
 */
const ROUNDED_UP_LIMIT = 1.5;
/** Share of its points a landing bare row keeps when the notes state its working from the case's facts (withWorkingInNotes). */
const NOTES_WORKING_SHARE = 0.7;

export interface GradeEstimateOptions {
  /** Fact values the learner may use (the revealed facts' values). Default: every fact value of the case. */
  availableValues?: AvailableValues;
  /** The learner's notes for the step, read for a growth assumption; the worksheet's own `notes` win. */
  notes?: string;
}

export interface QuantityGrade {
  id: string;
  title: string;
  /** The worksheet row that answers it, as the learner named it. */
  row?: string;
  /** How that row's expression was read, with explicit parentheses. */
  read?: string;
  /** The learner's value in `unit`; null when missing or in the wrong dimension. */
  value: number | null;
  unit: string;
  /** The reference value in `unit`; null only when the case's reference is broken. */
  expected: number | null;
  verdict: Verdict;
  points: number;
  maxPoints: number;
}

export interface EstimateGrade extends StepResult {
  quantities: QuantityGrade[];
  /** The evaluated worksheet, so a caller that grades does not evaluate twice. */
  rows: EvaluatedRow[];
}

interface Graded {
  grade: QuantityGrade;
  findings: Finding[];
  /**
   * How the working was judged: a landing bare figure (half on trust), a landing row whose errors cancel, or
   * an off row built on a figure that contradicts the case (contradicted).
   */
  trust?: 'bare' | 'cancelled' | 'contradicted' | 'guessed' | 'stray';
  /** With trust 'contradicted': the figure the row gets wrong against the case, as the cap's finding quotes it. */
  contradiction?: string;
  /**
   * An off row short or over by exactly one of the case's own factors (the average given as the peak, the
   * peak fleet sized all day): what it left out or swapped, as the cap's finding quotes it.
   */
  slip?: string;
  /** True when the row is off the case's scale (OFF_SCALE_FACTOR) through a figure far from anything the case says. */
  offScale?: boolean;
  /** What kind of slip `slip` is: a factor of the case left out or swapped, a time-unit conversion (unit-slip.ts), or a decimal place (decimal-slip.ts). */
  slipKind?: 'factor' | 'unit' | 'decimal' | 'repeated' | 'extra';
}

/** What grading one quantity needs beyond its row: the case, every row by name, the learner's notes. */
interface Context {
  prepared: PreparedEstimate;
  rowsByKey: ReadonlyMap<string, DetailedRow>;
  notes: string;
  /** The sentences of the notes that state working (`200 GB/day x 365 days = 73 TB`). */
  worked: readonly WorkedStatement[];
  /** Keys (lower-case) of the rows that answer a quantity, by its id or in the learner's own words. */
  answerKeys: Set<string>;
}

const round = (value: number): number => roundSignificant(value, ANSWER_DIGITS);

function isBinaryUnit(unit: string): boolean {
  return /[KMGTPEZY]i[Bb]/.test(unit);
}

/** The row answering a quantity: named after its id (case-insensitive); the last one with a value wins. */
function answerRow(rows: readonly DetailedRow[], id: string): DetailedRow | undefined {
  const matching = rows.filter((row) => row.key.toLowerCase() === id && row.expr.trim() !== '');
  return matching.findLast((row) => row.raw !== undefined) ?? matching.at(-1);
}

function withExplanation(message: string, quantity: Quantity): string {
  return quantity.explanation ? `${message} ${quantity.explanation}` : message;
}

/** `neutral` is the same verdict without the case's value or its explanation (Finding.neutral). */
function bandFinding(quantity: Quantity, band: Band, message: string, refs: string[], neutral: string): Finding {
  const earned = POINTS_PER_QUANTITY * BAND_CREDIT[band];
  if (band === 'full') return { code: 'estimate.quantity-correct', severity: 'good', message, neutral, points: earned, refs };
  const code = band === 'partial' ? 'estimate.quantity-close' : 'estimate.quantity-off';
  return { code, severity: 'wrong', message: withExplanation(message, quantity), neutral, points: POINTS_PER_QUANTITY - earned, refs };
}

/** How far a value is from the case's, in words that do not give the value away. */
function neutralOff(band: Band, learner: number, expected: number): string {
  const direction = learner > expected ? 'too high' : 'too low';
  return band === 'partial' ? `close, but ${direction} for what the case's figures give` : `${direction}, far from what the case's figures give`;
}

function gradeAvailability(item: PreparedQuantity, row: DetailedRow, learner: number, refs: string[]): Graded {
  const { quantity } = item;
  const findings: Finding[] = [];
  let fraction = learner;
  if (!row.usage.percent && learner > 1 && learner <= 100) {
    // `99.9` for 99.9%: grade what was meant, and say how to write it.
    fraction = learner / 100;
    findings.push({
      code: 'estimate.percent-as-number',
      severity: 'hint',
      message: `${row.label} = ${row.expr.trim()} was read as ${formatAvailability(fraction)}: write an availability as ${formatAvailability(fraction)} or ${roundSignificant(fraction, 6)}, since ${formatNumber(learner, 6)} on its own means ${formatNumber(learner * 100, 6)}%.`,
      points: 0,
      refs,
    });
  }
  const target = typeof item.reference === 'number' ? item.reference : Number.NaN;
  const band = availabilityBand(fraction, target, quantity.tolerance);
  const said = formatAvailability(Math.min(Math.max(fraction, 0), 1));
  const wanted = formatAvailability(target);
  // Relative to the downtime, so 99.9/100 = 0.9990000000000001 still counts as exactly 99.9%.
  const stricter = 1 - fraction < (1 - target) * (1 - 1e-9);
  const looser = 1 - fraction > (1 - target) * (1 + 1e-9);
  const needs = `the ${wanted} the case needs (${describeDowntime(target, false)})`;
  let message: string;
  let neutral: string;
  if (fraction >= 1) {
    message = `${row.label} = ${said} promises no downtime at all, which no real system can; aim for ${needs}.`;
    neutral = `${row.label} = ${said} promises no downtime at all, which no real system can.`;
  } else if (fraction <= 0) {
    message = `${row.label} = ${said} is not an availability; aim for ${needs}.`;
    neutral = `${row.label} = ${said} is not an availability.`;
  } else if (!stricter && !looser) {
    message = `${row.label} = ${said}: it allows ${describeDowntime(fraction)}.`;
    neutral = message;
  } else if (looser) {
    const verdict = band === 'full' ? 'close enough' : 'too low for this pipeline';
    message = `${row.label} = ${said} allows ${describeDowntime(fraction)}, ${formatFactor((1 - fraction) / (1 - target))}x the downtime of ${needs}: ${verdict}.`;
    neutral = `${row.label} = ${said} allows ${describeDowntime(fraction)}: ${band === 'full' ? 'close enough to what this pipeline needs' : 'more downtime than this pipeline can take'}.`;
  } else if (band === 'full') {
    message = `${row.label} = ${said} allows ${describeDowntime(fraction)}, stricter than ${needs}; that works.`;
    neutral = `${row.label} = ${said} allows ${describeDowntime(fraction)}, stricter than this pipeline needs; that works.`;
  } else {
    const less = `${formatFactor((1 - target) / (1 - fraction))}x less downtime`;
    message = `${row.label} = ${said} allows only ${describeDowntime(fraction)}, far stricter than ${needs} (${less}): a requirement the case does not set, and every extra nine costs redundancy across zones, automated failover and on-call effort.`;
    neutral = `${row.label} = ${said} allows only ${describeDowntime(fraction)}, far stricter than this pipeline needs: a requirement the case does not set, and every extra nine costs redundancy across zones, automated failover and on-call effort.`;
  }
  findings.push(bandFinding(quantity, band, message, refs, neutral));
  if (band === 'full' && stricter && (1 - target) / (1 - fraction) > 1 + downtimeTolerance(target, quantity.tolerance)) {
    findings.push({
      code: 'estimate.availability-stricter',
      severity: 'hint',
      message: `Each extra nine costs redundancy and on-call effort; say why ${said} is worth it over ${wanted}.`,
      neutral: `Each extra nine costs redundancy and on-call effort; say why ${said} is worth it.`,
      points: 0,
      refs,
    });
  }
  const value = round(valueIn(fraction, quantity.unit));
  return { grade: grade(item, row, value, verdictFor(band), band), findings };
}

function formatFactor(factor: number): string {
  return String(roundSignificant(factor, 3));
}

function grade(item: PreparedQuantity, row: DetailedRow | undefined, value: number | null, verdict: Verdict, band?: Band, credit?: number): QuantityGrade {
  const result: QuantityGrade = {
    id: item.quantity.id,
    title: item.quantity.title,
    value,
    unit: item.quantity.unit,
    expected: Number.isFinite(item.expected) ? round(item.expected) : null,
    verdict,
    points: credit !== undefined ? POINTS_PER_QUANTITY * credit : band ? POINTS_PER_QUANTITY * BAND_CREDIT[band] : 0,
    maxPoints: POINTS_PER_QUANTITY,
  };
  if (row) result.row = row.name.trim();
  if (row?.read !== undefined) result.read = row.read;
  return result;
}

/** Explains a factor of ~8: bits written where bytes were meant, or the other way round. */
function eightFold(item: PreparedQuantity, row: DetailedRow, ratio: number): { code: string; reason: string } | undefined {
  // A factor of 10 is a power of ten (a misread magnitude), not bits for bytes, even within the tolerance of 8.
  const near = (target: number) => factorBetween(ratio, target) <= 1 + Math.min(item.quantity.tolerance, 0.25) && factorBetween(ratio, target) < factorBetween(ratio, target > 1 ? 10 : 0.1);
  if (near(1 / 8) && row.usage.bits) {
    return {
      code: 'estimate.bits-for-bytes',
      reason: 'The row uses bits (a lowercase b, as in Gb or Mb, or "bits") where the data is measured in bytes: 1 byte = 8 bits, so the result is 8x too small. Write GB and TB with a capital B for bytes.',
    };
  }
  if (near(8) && item.usage.bits && !row.usage.bits) {
    return {
      code: 'estimate.bytes-for-bits',
      reason: "The case's figure is in bits (a lowercase b, as in Gbps) and the row treats it as bytes: 1 byte = 8 bits, so the result is 8x too large.",
    };
  }
  if (near(8) || near(1 / 8)) {
    return { code: 'estimate.factor-of-eight', reason: 'That is a factor of 8: check bits against bytes (1 byte = 8 bits).' };
  }
  return undefined;
}

function gradeAmount(item: PreparedQuantity, row: DetailedRow, learner: number, refs: string[], context: Context): Graded {
  const { quantity, expected } = item;
  const expectedText = formatExpected(quantity, expected);
  // `500 million events/day (5,790 events/s)`: the learner's own units, then the case's for comparison.
  const own = row.value?.display ?? String(learner);
  const shown = row.value && row.value.unit !== quantity.unit.trim() ? `${own} (${formatExpected(quantity, learner)})` : own;
  if (!(learner > 0)) {
    const message = `${row.label} = ${shown} must be a positive amount; the expected value is ${expectedText}.`;
    return { grade: grade(item, row, round(learner), 'off', 'none'), findings: [bandFinding(quantity, 'none', message, refs, `${row.label} = ${shown} must be a positive amount.`)] };
  }
  const factor = factorBetween(learner, expected);
  const findings: Finding[] = [];
  const judgement = judgeWorking(item, context.prepared, row, context.rowsByKey);
  if (isGuess(judgement.working)) return guessed(item, row, learner, refs);
  if (row.usage.range === true && judgement.working.bare) return unchosenRange(item, row, learner, refs);
  const growth = bandFor(factor, quantity.tolerance) === 'full' ? undefined : withGrowth(item, context, row, learner, judgement, shown);
  const skipped = growth ? undefined : missingMultiplier(item, context.prepared, judgement, learner, expected);
  // Everything but one multiplier (the average for the peak) is a sizing short by that factor: whatever its
  // size, it earns at least the 'little' band, like any figure within 10x.
  const measured = growth ? 'full' : bandFor(factor, quantity.tolerance);
  // A part of the case's total sized as all of it (HL7 alone where the case adds FHIR) leaves a whole source
  // out: its band already says how far off it lands; a finding names the source left out.
  const parts = measured !== 'full' && learner < expected && !skipped ? partFacts(item, context.prepared, judgement) : [];
  // One figure of a pair used for the other (the peak fleet all day, the average at the peak): like a skipped
  // multiplier, a sizing off by exactly the case's own factor.
  // A row that only carries an earlier row's swap (the 90 days on the peak-fleet day) is not a second one.
  const inherits = growth || skipped || measured === 'full' || BAND_CREDIT[measured] >= CARRIED_CREDIT ? false : carriedError(item, context.prepared, row, context.rowsByKey, learner) !== undefined;
  const swapped = growth || skipped || measured === 'full' || inherits ? undefined : swappedFact(item, context.prepared, judgement, learner, expected);
  // Off by exactly the factor between two time units (a per-minute figure read as per-second) with the case's
  // working otherwise: one conversion slipped, and like a skipped multiplier it earns at least 'little'.
  // A multiplier applied twice (replication x3 on the daily figure and again on the total: 9x).
  const repeated = growth || skipped || swapped || measured === 'full' || inherits ? undefined : repeatedFactor(judgement, learner, expected);
  const timeSlip = growth || skipped || swapped || repeated || measured === 'full' || inherits ? undefined : unitSlip(judgement, learner, expected, row.expr);
  // The figure's number with another period (`432 GB/s` for 432 GB a day): a per-day or per-hour figure written
  // per second is that slip, bare or worked, named as such rather than as a bare ratio.
  const relabelled = growth || skipped || swapped || repeated || measured === 'full' || inherits || (timeSlip !== undefined && (timeSlip.where !== undefined || timeSlip.period !== undefined)) ? undefined : relabelledRow(row, item, judgement);
  const timed = timeSlip !== undefined || relabelled !== undefined;
  const timeSlipText = relabelled !== undefined ? describeRelabelledPeriod(relabelled) : timeSlip !== undefined ? describeUnitSlip(timeSlip) : undefined;
  // Off by exactly a power of ten with the case's working otherwise: one decimal place slipped in one figure.
  const decimal = growth || skipped || swapped || repeated || timed || measured === 'full' || inherits ? undefined : decimalSlip(item, context.prepared, judgement, learner, expected);
  // Every fact of the case used, and one multiplier on top that the case does not give (x3 'for replication' on a count of rows).
  const extra = growth || skipped || swapped || repeated || timed || decimal || measured === 'full' || inherits ? undefined : extraFactor(item, context.prepared, judgement, learner, expected);
  const band = (skipped || swapped || timed || repeated) && measured === 'none' ? 'little' : measured;
  // A "part" more than FAR_FACTOR below the total it stands for is another stream of the case (orders where
  // the clickstream's events are asked), not a source left out of a sum.
  const substituted = parts.length > 0 && band === 'none';
  if (growth) findings.push({ ...growth, points: POINTS_PER_QUANTITY, refs });
  else if (band === 'full') {
    const tolerance = Math.round(quantity.tolerance * 100);
    findings.push(bandFinding(quantity, band, `${row.label} = ${shown}: within ${tolerance}% of the expected ${expectedText}.`, refs, `${row.label} = ${shown}: within ${tolerance}% of the expected value.`));
    if (factor > 1.02) findings.push(roundingHint(item, row, learner, shown, expectedText, refs));
  } else {
    const eight = eightFold(item, row, learner / expected);
    const message = `${row.label} = ${shown} is ${describeFactor(learner, expected, expectedText)}.${eight ? ` ${eight.reason}` : ''}`;
    const finding = bandFinding(quantity, band, message, refs, `${row.label} = ${shown} is ${neutralOff(band, learner, expected)}.${eight ? ` ${eight.reason}` : ''}`);
    findings.push(eight && eight.code !== 'estimate.factor-of-eight' ? { ...finding, code: eight.code } : finding);
    if (substituted) {
      const used = parts.map((name) => `${name} (${context.prepared.allValues[name] ?? name})`).join(', ');
      const left = judgement.missingFacts.map((name) => `${name} (${context.prepared.allValues[name] ?? name})`).join(', ');
      findings.push({
        code: 'estimate.wrong-facts',
        severity: 'hint',
        message: `${row.label} = ${row.expr.trim()} is built from ${used} where the case gives ${left} for ${quantity.title.toLowerCase()}: another figure of the case, more than ${FAR_FACTOR}x smaller, so the row sizes a different stream.`,
        neutral: `${row.label} = ${row.expr.trim()} is built from another figure of the case than the one ${quantity.title.toLowerCase()} needs, so the row sizes a different stream.`,
        points: 0,
        refs,
      });
    } else if (parts.length > 0) {
      const left = judgement.missingFacts.map((name) => `${name} (${context.prepared.allValues[name] ?? name})`).join(', ');
      findings.push({
        code: 'estimate.part-of-total',
        severity: 'hint',
        message: `${row.label} = ${row.expr.trim()} is built from ${parts.join(', ')}, a part of what the case counts, and leaves out ${left}: the case's total includes more than that one source, so the system is sized for part of its load.`,
        neutral: `${row.label} = ${row.expr.trim()} sizes one part of what the case counts and leaves out the case's total: check which sources the case adds up.`,
        points: 0,
        refs,
      });
    }
    if (skipped) {
      findings.push({
        code: 'estimate.factor-missing',
        severity: 'hint',
        message: `${row.label} = ${row.expr.trim()} leaves out ${skipped.name} (${formatNumber(skipped.value)}): with it the row lands on ${expectedText}. Everything else in the working holds; an average where the case asks for the peak (or one entry where there are several) under-sizes the system by exactly that factor.`,
        neutral: `${row.label} = ${row.expr.trim()} leaves out one multiplier the case gives: everything else in the working holds, but the result is short by exactly that factor.`,
        points: 0,
        refs,
      });
    }
    if (timed) {
      findings.push({
        code: 'estimate.unit-slip',
        severity: 'hint',
        message: `${row.label} = ${row.expr.trim()} ${timeSlipText ?? ''}. ${judgement.working.bare ? 'The number is right and the period is not: write the unit the working gives (per day, per second) with the figure, and check it before carrying it on.' : 'Everything else in the working holds: carry the units (events/s, events/min) through the row and the conversion checks itself.'}`,
        neutral: `${row.label} = ${row.expr.trim()} is off by exactly the factor between two time units: one figure was converted with the wrong one. Everything else in the working holds; carry the units through the row.`,
        points: 0,
        refs,
      });
    }
    if (decimal) {
      findings.push({
        code: 'estimate.decimal-slip',
        severity: 'hint',
        message: `${row.label} = ${row.expr.trim()} ${describeDecimalSlip(decimal)}. Everything else in the working holds, but this is the figure the system is sized on: check each figure's order of magnitude against the case before carrying it on.`,
        neutral: `${row.label} = ${row.expr.trim()} is off by exactly a power of ten: a decimal place slipped in one figure. Everything else in the working holds; check each figure's order of magnitude against the case.`,
        points: 0,
        refs,
      });
    }
    if (extra) {
      findings.push({
        code: 'estimate.factor-extra',
        severity: 'hint',
        message: `${row.label} = ${row.expr.trim()} multiplies the case's working by ${extra.text}, a factor the case does not give for ${quantity.title.toLowerCase()}: without it the row lands on ${expectedText}. An overhead such as replication multiplies the bytes stored, not the events or rows the business produces.`,
        neutral: `${row.label} = ${row.expr.trim()} multiplies the case's working by a factor the case does not give for this figure: everything else in the working holds. An overhead such as replication multiplies the bytes stored, not the events or rows the business produces.`,
        points: 0,
        refs,
      });
    }
    if (repeated) {
      findings.push({
        code: 'estimate.factor-repeated',
        severity: 'hint',
        message: `${row.label} = ${row.expr.trim()} ${describeRepeatedFactor(repeated)}.`,
        neutral: `${row.label} = ${row.expr.trim()} applies one multiplier more than once, so it is too high by that multiplier again: a replication or overhead factor belongs once.`,
        points: 0,
        refs,
      });
    }
    if (swapped) {
      const wanted = `${swapped.wanted} (${context.prepared.allValues[swapped.wanted] ?? swapped.wanted})`;
      const used = `${swapped.used} (${context.prepared.allValues[swapped.used] ?? swapped.used})`;
      findings.push({
        code: 'estimate.figure-swapped',
        severity: 'hint',
        message: `${row.label} = ${row.expr.trim()} uses ${used} where ${quantity.title.toLowerCase()} is built from ${wanted}: two figures of the same answer, and the row takes the other one. With ${swapped.wanted} it lands on ${expectedText}. A rate is sized on the peak, a day's volume on the average: mixing them up sizes the system wrong by exactly their ratio.`,
        neutral: `${row.label} = ${row.expr.trim()} uses one figure of a pair the case gives where the other belongs (the peak where the average is needed, or the reverse), so it is off by exactly their ratio.`,
        points: 0,
        refs,
      });
    }
  }
  if (row.usage.binary !== isBinaryUnit(quantity.unit) && row.usage.bytes !== row.usage.bits) {
    findings.push({
      code: 'estimate.binary-prefix',
      severity: 'hint',
      message: row.usage.binary
        ? `${row.label} uses binary units (KiB = 1,024 bytes, TiB = 2^40 bytes) and the case uses decimal ones (KB = 1,000 bytes, TB = 10^12 bytes). A TiB is about 10% more than a TB; both are accepted within tolerance, and the case's decimal units earn full marks.`
        : `${row.label} uses decimal units (TB = 10^12 bytes) and the case uses binary ones (TiB = 2^40 bytes, about 10% more); both are accepted within tolerance, and the case's binary units earn full marks.`,
      points: 0,
      refs,
    });
  }
  if (band === 'full' && !judgement.ok) {
    // The value lands but the working does not hold: half the points, and say what is missing. When it
    // lands only through a figure far from the case or a misread fact, errors cancel: no credit.
    const cancelling = judgement.far.length > 0 || judgement.misread.length > 0 || judgement.cancelling.length > 0 || judgement.foreign.length > 0;
    // A bare figure whose working the notes state, and it checks out against the case: followable, not on trust.
    const inNotes = !cancelling && judgement.working.bare ? notesWorking(item, row, context.prepared, context.worked) : undefined;
    if (inNotes !== undefined) return withWorkingInNotes(item, row, findings, inNotes, { band, refs, learner });
    const credit = cancelling ? 0 : WORKING_CREDIT;
    const [first] = findings;
    if (first?.severity === 'good') findings[0] = cancelling ? { ...first, severity: 'hint', points: 0 } : { ...first, points: POINTS_PER_QUANTITY * credit };
    findings.push(...workingFindings(row, item, judgement, refs, POINTS_PER_QUANTITY * (1 - credit)));
    const trust = cancelling ? 'cancelled' : judgement.working.bare ? 'bare' : undefined;
    return { grade: grade(item, row, round(learner), cancelling ? 'off' : 'partial', band, credit), findings, ...(trust ? { trust } : {}) };
  }
  // Off, and built on another subject's facts or without a whole part the case names (a retention tier): the
  // arithmetic may be consistent, but it sizes something else.
  const wrongInputs = band !== 'full' && (judgement.foreign.length > 0 || judgement.missingParts.length > 0);
  // Off because a figure of the row contradicts the case (a misread fact, an assumption far from its figure,
  // another stream's figure): the band says how far off it lands; the sheet is held to 'partly there' (capped).
  // A literal a power of ten off the case's figure (`36.5 day` for 365) is the decimal slip, not a misreading.
  const read = decimal?.where === undefined ? judgement : { ...judgement, misread: judgement.misread.filter((entry) => entry.text !== decimal.where?.text) };
  const contradicts = band !== 'full' && !skipped && (read.misread.length > 0 || read.far.length > 0 || read.foreign.length > 0 || substituted);
  const contradiction = contradicts ? contradictionOf(read, parts, context.prepared) : undefined;
  const slip = extra ? `${row.label} multiplies by ${extra.text} on top of the case's working` : repeated && !skipped && !swapped && !timed && !decimal ? `${row.label} ${describeRepeatedFactor(repeated)}` : skipped ? `${row.label} leaves out ${skipped.name} (${formatNumber(skipped.value)})` : swapped ? `${row.label} uses ${swapped.used} where it needs ${swapped.wanted}` : timed ? `${row.label}${relabelled !== undefined ? ` = ${row.expr.trim()}` : ''} ${timeSlipText ?? ''}` : decimal ? `${row.label} ${describeDecimalSlip(decimal)}` : undefined;
  const slipKind = extra ? ('extra' as const) : timed && !skipped && !swapped ? ('unit' as const) : decimal ? ('decimal' as const) : repeated && !skipped && !swapped ? ('repeated' as const) : ('factor' as const);
  const offScale = contradiction !== undefined && read.far.length > 0 && factor >= OFF_SCALE_FACTOR;
  const marked = contradiction === undefined ? (slip === undefined ? {} : { slip, slipKind }) : { trust: 'contradicted' as const, contradiction, ...(offScale ? { offScale } : {}) };
  if (band !== 'full') findings.push(...workingFindings(row, item, { ...read, missingFacts: [], missingFactors: [], foreign: [], missingParts: [] }, refs, 0, false));
  if (wrongInputs) {
    const earned = POINTS_PER_QUANTITY * BAND_CREDIT[band];
    const [first] = findings;
    if (first !== undefined) findings[0] = { ...first, points: POINTS_PER_QUANTITY - earned };
    findings.push(...workingFindings(row, item, { ...judgement, far: [], misread: [], cancelling: [], missingFacts: [], missingFactors: [], working: { ...judgement.working, bare: false } }, refs, earned, false));
    return { grade: grade(item, row, round(learner), 'off', band, 0), findings, ...marked };
  }
  const carried = !growth && !skipped && !swapped && !decimal && parts.length === 0 && BAND_CREDIT[band] < CARRIED_CREDIT ? carriedError(item, context.prepared, row, context.rowsByKey, learner) : undefined;
  // A row that only carries an earlier row's contradiction is not a second one: the first is marked once.
  if (carried) return withCarriedError(item, row, learner, carried, findings, refs);
  // Off because a row it is built from misreads one figure of its own part (a tier with 144 rollups a day).
  const part = band !== 'full' && !growth && !skipped && !swapped && !repeated && !timed && !decimal && !inherits && contradiction === undefined ? partMisread(item, context.prepared, row, context.rowsByKey, context.answerKeys) : undefined;
  if (part !== undefined) return withPartMisread(item, row, learner, band, part, findings, marked);
  const imprecise = band === 'full' && !growth ? imprecision(row, quantity, factor, learner > expected) : undefined;
  if (imprecise !== undefined) return withImprecision(item, row, learner, imprecise, findings, refs, marked);
  // The row with the slip is the one figure an interviewer marks wrong: it keeps none of its band's credit.
  if (decimal && contradiction === undefined) return withSlippedDecimal(item, row, learner, band, findings, marked);
  // Rounded up on purpose, as the notes say, and still within ROUNDED_UP_LIMIT of the exact figure: a
  // conservative back-of-envelope an interviewer accepts, less the exact figure he has to re-derive.
  const roundedUp = band !== 'full' && band !== 'none' && learner > expected && factor <= ROUNDED_UP_LIMIT && !growth && !skipped && !swapped && !repeated && !timed && !extra && !inherits && contradiction === undefined && parts.length === 0 && remarksOnRoundingUp(context.notes);
  if (roundedUp) return withRoundedUp(item, row, learner, factor, shown, expectedText, findings, refs, marked);
  const unfounded = band !== 'full' && band !== 'none' && !growth && !skipped ? unfoundedReason(judgement, context.prepared) : undefined;
  if (unfounded !== undefined) return withoutFoundation(item, row, learner, band, unfounded, findings, refs, marked);
  return { grade: grade(item, row, round(learner), verdictFor(band), band), findings, ...marked };
}

/**
 * An off row built on a row that computes a part of it wrongly (part-misread.ts) earns nothing: the
 * interviewer points at the part row's figure, and the total that carries it is that same mistake. A finding
 * names the part row, the figure it uses and the case's.
 */
function withPartMisread(item: PreparedQuantity, row: DetailedRow, learner: number, band: Band, part: PartMisread, findings: Finding[], marked: Partial<Graded>): Graded {
  const kept = findings.map((finding, index) => (index === 0 ? { ...finding, points: POINTS_PER_QUANTITY } : finding));
  const off = part.ratio >= 1 ? `${formatFactor(part.ratio)}x the` : `1/${formatFactor(1 / part.ratio)} of the`;
  const value = part.row.value?.display ?? '';
  kept.push({
    code: 'estimate.part-misread',
    severity: 'wrong',
    message: `${row.label} is built on ${part.row.label} = ${part.row.expr.trim()}, which gives ${value}, ${off} ${part.figure} the case's figures give: it uses ${part.used} where the case says ${part.factText} (${part.fact}). One figure of one row, but every row built on it carries the error, so ${row.label} is off with it. Fix ${part.row.label} and ${row.label} follows.`,
    neutral: `${row.label} is built on ${part.row.label} = ${part.row.expr.trim()}, which uses a figure that is not what the case says: every row built on it carries the error. Fix ${part.row.label} and ${row.label} follows.`,
    points: 0,
    refs: [row.key, part.row.key],
  });
  return { grade: grade(item, row, round(learner), verdictFor(band), band, 0), findings: kept, ...marked };
}

/** A row with a decimal slip (decimal-slip.ts) earns nothing: its band finding takes all its points. */
function withSlippedDecimal(item: PreparedQuantity, row: DetailedRow, learner: number, band: Band, findings: Finding[], marked: Partial<Graded>): Graded {
  const kept = findings.map((finding, index) => (index === 0 ? { ...finding, points: POINTS_PER_QUANTITY } : finding));
  return { grade: grade(item, row, round(learner), verdictFor(band), band, 0), findings: kept, ...marked };
}

/**
 * The relabelled period (relabelled-period.ts) that explains an off row against the case's figure, when the
 * working is otherwise sound: no figure far from the case or misread, none of another subject's, no errors
 * that cancel. A bare row qualifies (`432 GB/s` where the case's working gives 432 GB a day).
 */
function relabelledRow(row: DetailedRow, item: PreparedQuantity, judgement: WorkingJudgement): RelabelledPeriod | undefined {
  if (row.raw === undefined || typeof row.raw === 'number' || item.reference === undefined || typeof item.reference === 'number') return undefined;
  if (judgement.far.length > 0 || judgement.misread.length > 0 || judgement.foreign.length > 0 || judgement.cancelling.length > 0) return undefined;
  return relabelledPeriod(row.raw, item.reference, { ...(row.value?.unit === undefined ? {} : { written: row.value.unit }), belongs: item.quantity.unit });
}

/** True when a row's working is the middle of a range of its own literals, with no fact of the case by name. */
function isGuess(working: Working): boolean {
  return working.midpoint && working.facts.size === 0;
}

/**
 * A row that is the middle of a range the learner made up (`(10 TB + 30 TB) / 2`): a guess said out loud,
 * with nothing in it from the case, earns nothing however close it lands, and spends the trust a bare
 * figure elsewhere on the sheet would have had (trust 'guessed').
 */
function guessed(item: PreparedQuantity, row: DetailedRow, learner: number, refs: string[]): Graded {
  const { quantity } = item;
  const built = [...item.facts, ...item.factors.map((factor) => factor.label)].join(', ');
  const finding: Finding = {
    code: 'estimate.range-midpoint',
    severity: 'wrong',
    message: `${row.label} = ${row.expr.trim()} takes the middle of a range you chose, not a figure worked out from the case: an interviewer gives a guess nothing, however close it lands. Build ${quantity.title.toLowerCase()} from ${built === '' ? "the case's facts" : built}, step by step.`,
    neutral: `${row.label} = ${row.expr.trim()} takes the middle of a range you chose, not a figure worked out from the case: an interviewer gives a guess nothing, however close it lands. Build it from the case's facts, step by step.`,
    points: POINTS_PER_QUANTITY,
    refs,
  };
  return { grade: grade(item, row, round(learner), 'off', 'none'), findings: [finding], trust: 'guessed' };
}

/**
 * Why a landing row's figure is not the case's exact one, or undefined when it is: rounded by more than
 * ROUNDED_FACTOR, or in the other unit system than the case's (binary TiB for decimal TB, or the reverse).
 */
function imprecision(row: DetailedRow, quantity: Quantity, factor: number, above: boolean): string | undefined {
  if (factor > ROUNDED_FACTOR) return `is rounded ${above ? 'up' : 'down'} from the exact figure, so the interviewer re-derives the exact one to check it`;
  if (row.usage.binary !== isBinaryUnit(quantity.unit) && row.usage.bytes !== row.usage.bits) {
    return row.usage.binary ? 'is in binary units (TiB) where the case gives decimal ones (TB), so the interviewer converts it to check it' : 'is in decimal units (TB) where the case gives binary ones (TiB), so the interviewer converts it to check it';
  }
  const period = otherPeriod(row, quantity);
  if (period !== undefined) return `is converted to events per ${period} where the case asks per ${timeOf(quantity.unit) === 's' ? 'second' : (timeOf(quantity.unit) ?? 'second')}, so the interviewer does the last conversion`;
  if (row.usage.spelled === true) return 'is written in words, so the interviewer turns each figure into digits to check it';
  return undefined;
}

/** The time unit a rate's unit is over: `events/s` -> s, `GB/day` -> day; undefined for other units. */
function timeOf(unit: string): string | undefined {
  return /\/\s*([A-Za-z]+)\s*$/.exec(unit.trim())?.[1];
}

/**
 * For an event rate converted on purpose (`... to events/hour`) to another period than the case asks
 * (events/s): that period's name. A peak sizes partitions per second; an interviewer given it per hour does
 * the last step for the candidate. Undefined when the row keeps the asked period or converts nothing.
 */
function otherPeriod(row: DetailedRow, quantity: Quantity): string | undefined {
  if (quantity.dimension !== 'event_rate' || !row.usage.explicitUnit || row.raw === undefined || typeof row.raw === 'number') return undefined;
  const asked = timeOf(quantity.unit);
  const over = row.raw.units.find((part) => part.power === -1);
  if (asked === undefined || over === undefined) return undefined;
  const name = `${(over.prefix as unknown as { name?: string } | undefined)?.name ?? ''}${over.unit.name}`;
  const { math } = safeMath();
  try {
    return math.unit(`1 ${name}`).equals(math.unit(`1 ${asked}`)) ? undefined : name;
  } catch {
    return undefined;
  }
}

/**
 * An off row above the case's figure by at most ROUNDED_UP_LIMIT on a sheet whose notes say it rounds up on
 * purpose (lib/text remarksOnRoundingUp) keeps IMPRECISE_SHARE, as a landing row rounded past ROUNDED_FACTOR
 * does: the rounding is deliberate and errs on the safe side, and the finding asks for the exact figure beside it.
 */
function withRoundedUp(item: PreparedQuantity, row: DetailedRow, learner: number, factor: number, shown: string, expectedText: string, findings: Finding[], refs: string[], marked: Partial<Graded>): Graded {
  const earned = POINTS_PER_QUANTITY * IMPRECISE_SHARE;
  const over = Math.round(factor * 100) / 100;
  const credited: Finding = {
    code: 'estimate.quantity-correct',
    severity: 'good',
    message: `${row.label} = ${shown}: rounded up on purpose, as the notes say, to ${over}x the exact ${expectedText}; within the order of magnitude and on the safe side for capacity.`,
    neutral: `${row.label} = ${shown}: rounded up on purpose, as the notes say; within the order of magnitude and on the safe side for capacity.`,
    points: earned,
    refs,
  };
  const rest = findings.slice(1).filter((finding) => finding.code !== 'estimate.off-not-from-case');
  rest.push({
    code: 'estimate.rounded-past-tolerance',
    severity: 'wrong',
    message: `${row.label} is ${over}x the exact ${expectedText}: rounding every input up compounds along the chain, so give the exact figure next to the rounded one and the interviewer can see how much headroom the rounding adds.`,
    neutral: `${row.label} is rounded up past the case's tolerance: rounding every input up compounds along the chain, so give the exact figure next to the rounded one.`,
    points: POINTS_PER_QUANTITY - earned,
    refs,
  });
  return { grade: grade(item, row, round(learner), 'partial', 'full', IMPRECISE_SHARE), findings: [credited, ...rest], ...marked };
}

/** A landing row whose figure is not the case's exact one (imprecision) keeps IMPRECISE_SHARE; a finding says why. */
function withImprecision(item: PreparedQuantity, row: DetailedRow, learner: number, reason: string, findings: Finding[], refs: string[], marked: Partial<Graded>): Graded {
  const earned = POINTS_PER_QUANTITY * IMPRECISE_SHARE;
  const kept = findings.map((finding, index) => (index === 0 && finding.severity === 'good' ? { ...finding, points: earned } : finding));
  kept.push({
    code: 'estimate.not-exact',
    severity: 'wrong',
    message: `${row.label} lands within tolerance but ${reason} against the case. Give the exact figure in the case's units, and the rounded or converted one beside it if you like.`,
    points: POINTS_PER_QUANTITY - earned,
    refs,
  });
  return { grade: grade(item, row, round(learner), 'full', 'full', IMPRECISE_SHARE), findings: kept, ...marked };
}

/** True when a row uses a figure of the case: a fact by name (directly or through earlier rows) or by its number. */
function usesCaseFigure(judgement: WorkingJudgement, prepared: PreparedEstimate): boolean {
  if (judgement.working.facts.size > 0 || judgement.usedFacts.length > 0 || judgement.foreign.length > 0) return true;
  const figures = [...prepared.factValues.values()];
  return judgement.working.ingredients.some((ingredient) => ingredient.literal && figures.some((figure) => sameFigure(ingredient.value, figure) || bitsForBytes(ingredient.value, figure)));
}

/** True when a figure is the case's written in bits for bytes or the reverse (200 Gb/day for 200 GB/day): the case's figure, misread. */
function bitsForBytes(value: EstimateValue, figure: EstimateValue): boolean {
  if (typeof value === 'number' || typeof figure === 'number' || !value.equalBase(figure) || value.value === null || figure.value === null || !(figure.value > 0)) return false;
  const ratio = value.value / figure.value;
  return [8, 1 / 8].some((factor) => Math.abs(ratio / factor - 1) <= FACT_TOLERANCE);
}

/**
 * Why an off row earns none of its band's credit, or undefined when it keeps it. The band's partial credit
 * rewards a sizing of this case that is a little off; a row built on a figure the case contradicts (a misread
 * count, a far assumption, another stream's figure) or on no figure of the case at all (another case's
 * worksheet pasted under this case's names, a guess) lands near the answer only by luck, and an interviewer
 * gives it nothing.
 */
function unfoundedReason(judgement: WorkingJudgement, prepared: PreparedEstimate): string | undefined {
  if (!usesCaseFigure(judgement, prepared)) return "it uses none of the case's figures";
  return undefined;
}

/** An off row not built from the case (unfoundedReason) keeps no points; a finding says why. */
function withoutFoundation(item: PreparedQuantity, row: DetailedRow, learner: number, band: Band, reason: string, findings: Finding[], refs: string[], marked: Partial<Graded>): Graded {
  const [first, ...rest] = findings;
  const kept = first === undefined ? [] : [{ ...first, points: POINTS_PER_QUANTITY }];
  const note: Finding = {
    code: 'estimate.off-not-from-case',
    severity: 'hint',
    message: `${row.label} is off and ${reason}: closeness to the answer earns nothing when the row does not size this case from its own facts.`,
    points: 0,
    refs,
  };
  return { grade: grade(item, row, round(learner), verdictFor(band), band, 0), findings: [...kept, ...rest, note], ...marked };
}

/** The figure a row gets wrong against the case, as a finding quotes it: `5 KB/event where the case says 500 B/event (audit_event_size)`. */
function contradictionOf(judgement: WorkingJudgement, parts: readonly string[], prepared: PreparedEstimate): string {
  const [misread] = judgement.misread;
  if (misread) return `${misread.text} where the case says ${misread.nearest}`;
  const [far] = judgement.far;
  if (far) return `${far.text}, ${formatNumber(far.factor)}x from ${far.nearest}`;
  if (judgement.foreign.length > 0) {
    const named = judgement.foreign.map((entry) => (entry.text === entry.name ? entry.name : `${entry.text} (${entry.name})`));
    return `${named.join(' and ')}, ${named.length === 1 ? 'a figure' : 'figures'} of another part of the case`;
  }
  const used = parts.map((name) => `${name} (${prepared.allValues[name] ?? name})`).join(', ');
  const left = judgement.missingFacts.map((name) => `${name} (${prepared.allValues[name] ?? name})`).join(', ');
  return `${used} where the case gives ${left}`;
}

/**
 * A row whose own step is right but that carries an earlier answer row's error (carriedError) earns
 * CARRIED_CREDIT: the interviewer marks the first mistake once, and the step that follows it from the
 * learner's own figure shows the method. The band finding keeps saying how far off the row lands.
 */
function withCarriedError(item: PreparedQuantity, row: DetailedRow, learner: number, carried: CarriedError, findings: Finding[], refs: string[]): Graded {
  const earned = POINTS_PER_QUANTITY * CARRIED_CREDIT;
  const [first, ...rest] = findings;
  const kept = first === undefined ? [] : [{ ...first, points: POINTS_PER_QUANTITY - earned }];
  const factor = formatFactor(carried.ratio >= 1 ? carried.ratio : 1 / carried.ratio);
  const direction = carried.ratio >= 1 ? 'high' : 'low';
  const hint: Finding = {
    code: 'estimate.error-carried',
    severity: 'hint',
    message: `${row.label} = ${row.expr.trim()} takes ${carried.row}, which is ${factor}x too ${direction}, and is off by that same factor: its own step holds, so it keeps half its points. Fix ${carried.row} and this row follows.`,
    neutral: `${row.label} = ${row.expr.trim()} takes ${carried.row}, which is off, and is off by that same factor: its own step holds, so it keeps half its points. Fix ${carried.row} and this row follows.`,
    points: 0,
    refs: [...refs, carried.row],
  };
  return { grade: grade(item, row, round(learner), 'partial', undefined, CARRIED_CREDIT), findings: [...kept, ...rest, hint] };
}

function roundingHint(item: PreparedQuantity, row: DetailedRow, learner: number, shown: string, expectedText: string, refs: string[]): Finding {
  const percent = Math.round(Math.abs(learner / item.expected - 1) * 100);
  const literal = roundedLiteral(row.constants, item.constants, item.quantity.tolerance);
  const because = literal ? ` (you used ${literal.to} where the exact figure is ${literal.from})` : '';
  if (learner > item.expected) {
    return {
      code: 'estimate.rounded-up',
      severity: 'hint',
      message: `${shown} is ${percent}% above the exact ${expectedText}${because}. Rounding up on purpose is fine in an interview: round numbers keep the arithmetic quick and leave headroom. Say out loud that you rounded.`,
      neutral: `${shown} is above the exact figure${because}. Rounding up on purpose is fine in an interview: round numbers keep the arithmetic quick and leave headroom. Say out loud that you rounded.`,
      points: 0,
      refs,
    };
  }
  return {
    code: 'estimate.rounded-down',
    severity: 'hint',
    message: `${shown} is ${percent}% below the exact ${expectedText}${because}. Rounding down under-sizes the system: prefer rounding up, or call it a lower bound.`,
    neutral: `${shown} is below the exact figure${because}. Rounding down under-sizes the system: prefer rounding up, or call it a lower bound.`,
    points: 0,
    refs,
  };
}

function gradeQuantity(item: PreparedQuantity, row: DetailedRow | undefined, context: Context): Graded {
  const { quantity } = item;
  if (!row) {
    return {
      grade: grade(item, undefined, null, 'missing'),
      findings: [
        {
          code: 'estimate.quantity-missing',
          severity: 'missing',
          message: withExplanation(`No row answers "${quantity.title}": add a row named ${quantity.id}.`, quantity),
          neutral: `Your estimate has no figure for "${quantity.title}" yet: add a row named ${quantity.id}.`,
          points: POINTS_PER_QUANTITY,
          refs: [quantity.id],
        },
      ],
    };
  }
  const refs = [row.key];
  if (row.raw === undefined) {
    const message = `${row.label} could not be evaluated: ${row.error ?? 'no value'}.`;
    return {
      grade: grade(item, row, null, 'missing'),
      findings: [{ code: 'estimate.quantity-invalid', severity: 'wrong', message, points: POINTS_PER_QUANTITY, refs }],
    };
  }
  const read = readAsDimension(row.raw, quantity.dimension, quantity.unit);
  if (read !== undefined && read.reading === 'unit-left-out') return withoutUnit(gradeQuantity(item, { ...row, raw: read.value }, context), row, quantity);
  if (read !== undefined && read.reading !== 'as-written') {
    const graded = gradeQuantity(item, { ...row, raw: read.value }, context);
    return { ...graded, findings: [...graded.findings, readingHint(row, read.reading, quantity)] };
  }
  const dimension = valueDimension(row.raw);
  if (dimension !== quantity.dimension) {
    const message = `${wrongDimensionMessage(quantity, dimension, row.value?.unit ?? '')}.`;
    return {
      grade: grade(item, row, null, 'unit-error'),
      findings: [{ code: 'estimate.wrong-dimension', severity: 'wrong', message, points: POINTS_PER_QUANTITY, refs }],
    };
  }
  // An availability target (a ratio just below 1) is graded on its downtime; everything else on its amount.
  const target = typeof item.reference === 'number' ? item.reference : Number.NaN;
  if (typeof row.raw === 'number' && target >= 0.9 && target < 1) return gradeAvailability(item, row, row.raw, refs);
  return withRangeNote(gradeAmount(item, row, valueIn(row.raw, quantity.unit), refs, context), row, refs, quantity.tolerance);
}

/**
 * A row worked from a range (`2-4 KB/event`), read at the range's top (read-expression.ts): sizing for the
 * top is what an interviewer wants, so a top that lands keeps its points with a hint to say so; a top that is
 * off is graded as it is, and the hint says the range was never narrowed to a figure that fits the case.
 */
function withRangeNote(graded: Graded, row: DetailedRow, refs: string[], tolerance: number): Graded {
  if (row.usage.range !== true || graded.trust === 'guessed') return graded;
  const { value, expected } = graded.grade;
  const lands = value !== null && expected !== null && value > 0 && expected > 0 && bandFor(factorBetween(value, expected), tolerance) === 'full';
  const message = lands
    ? `${row.label} is worked from a range, read at its top: sizing for the top of a range is right. Say that you size for the top, and why the top holds.`
    : `${row.label} is worked from a range, read at its top, and the top is off: a range carried through without narrowing it to the figure the case gives leaves the decision unmade. Choose one figure from the case's facts and size for it.`;
  return { ...graded, findings: [...graded.findings, { code: lands ? 'estimate.range-top' : 'estimate.range-unchosen', severity: 'hint', message, points: 0, refs }] };
}

/**
 * A row that is nothing but a range (`peak_rate = 20,000-50,000 events/s`): no working, and no figure chosen.
 * An interviewer asks "so which is it?": the row earns nothing even when its top lands, and like a guessed
 * range's middle it spends the trust a bare figure elsewhere on the sheet would have had (trust 'guessed').
 */
function unchosenRange(item: PreparedQuantity, row: DetailedRow, learner: number, refs: string[]): Graded {
  const built = [...item.facts, ...item.factors.map((factor) => factor.label)].join(', ');
  const finding: Finding = {
    code: 'estimate.range-unchosen',
    severity: 'wrong',
    message: `${row.label} = ${row.expr.trim()} gives a range with no working and never chooses a figure in it: the decision of what to size for is the answer, and a range leaves it unmade. Build ${item.quantity.title.toLowerCase()} from ${built === '' ? "the case's facts" : built} and size for the one figure it gives.`,
    neutral: `${row.label} = ${row.expr.trim()} gives a range with no working and never chooses a figure in it: the decision of what to size for is the answer. Build it from the case's facts and size for the one figure it gives.`,
    points: POINTS_PER_QUANTITY,
    refs,
  };
  return { grade: grade(item, row, round(learner), 'off', 'none'), findings: [finding], trust: 'guessed' };
}

/**
 * A plain number read in the quantity's unit (`18` for 18 TB) earns UNITLESS_SHARE of what it would earn with
 * the unit: an interviewer sees the right magnitude but cannot tell 18 TB from 18 GB, so a little credit and a
 * finding to carry units through every step. A figure off the case's value (beyond the quantity's tolerance) stays
 * a unit error: a wrong number without a unit shows nothing.
 */
function withoutUnit(graded: Graded, row: DetailedRow, quantity: Quantity): Graded {
  const wrote = `${row.label} = ${row.expr.trim()}`;
  const unitError: Finding = { code: 'estimate.wrong-dimension', severity: 'wrong', message: `${wrongDimensionMessage(quantity, 'ratio', '')}.`, points: graded.grade.maxPoints, refs: [row.key] };
  // Only the right magnitude shows work: a plain number off the case's figure is just a number.
  const { value, expected } = graded.grade;
  const lands = value !== null && expected !== null && value > 0 && bandFor(factorBetween(value, expected), quantity.tolerance) === 'full';
  if (graded.grade.points === 0 || !lands) {
    // A unit slip the figure shows (1,440 minutes where 86,400 seconds belong) is named, and holds the sheet like any slip.
    const slipped = graded.slip !== undefined && graded.slipKind === 'unit' ? graded.findings.filter((finding) => finding.code === 'estimate.unit-slip') : [];
    const marked = slipped.length > 0 ? { slip: graded.slip, slipKind: graded.slipKind } : {};
    return { grade: { ...graded.grade, points: 0, value: null, verdict: 'unit-error' }, findings: [unitError, ...slipped], ...marked };
  }
  const points = graded.grade.points * UNITLESS_SHARE;
  const findings = graded.findings.map((finding) => (finding.severity === 'good' ? { ...finding, points: finding.points * UNITLESS_SHARE } : finding));
  findings.push({
    code: 'estimate.unit-missing',
    severity: 'missing',
    message: `${wrote} has no unit; it was read as ${quantity.unit}. Write the unit on every figure (${quantity.unit}, not just ${row.expr.trim()}): without it the interviewer cannot tell ${quantity.unit} from a unit a thousand times larger or smaller, and a slip between them goes unseen.`,
    points: graded.grade.points - points,
    refs: [row.key],
  });
  return { ...graded, grade: { ...graded.grade, points, verdict: 'partial' }, findings };
}

/**
 * On a sheet with no working anywhere, a quantity that is one fact (an availability target) answered by
 * its bare figure earns WORKING_CREDIT like every other bare row: the interviewer cannot tell a figure
 * recalled from one read off the case when nothing on the sheet is derived.
 */
function withoutWorking(graded: Graded, item: PreparedQuantity, row: DetailedRow | undefined, noWorking: boolean): Graded {
  if (!noWorking || row === undefined || graded.grade.points < POINTS_PER_QUANTITY || item.facts.length + item.factors.length > 1) return graded;
  const points = POINTS_PER_QUANTITY * WORKING_CREDIT;
  const [first, ...rest] = graded.findings;
  if (first === undefined) return graded;
  const source = item.facts.length > 0 ? item.facts.join(', ') : 'the case';
  const finding: Finding = {
    code: 'estimate.working-missing',
    severity: 'missing',
    message: `${row.label} = ${row.expr.trim()} and every other row on the sheet are bare figures: with no working anywhere the interviewer cannot tell recalled numbers from reasoned ones. Use the named facts (${source}) and show each step.`,
    neutral: `${row.label} = ${row.expr.trim()} and every other row on the sheet are bare figures: with no working anywhere the interviewer cannot tell recalled numbers from reasoned ones. Build each figure from the case's facts and show each step.`,
    points: POINTS_PER_QUANTITY - points,
    refs: [row.key],
  };
  return { grade: { ...graded.grade, points, verdict: 'partial' }, findings: [{ ...first, points }, ...rest, finding] };
}

/**
 * A landing bare row whose working the notes state and that uses every fact the quantity is built from
 * (notes-working.ts): the interviewer can follow and check it, just not in the sheet, so it keeps
 * NOTES_WORKING_SHARE of its points and the finding asks for the working in the row. Round 23's interviewer
 * signs a sheet of bare rows with the whole right working in its notes 74 ("-26 for the sheet not doing its
 * job") where bare rows on trust earn half.
 */
function withWorkingInNotes(item: PreparedQuantity, row: DetailedRow, findings: Finding[], statement: WorkedStatement, { band, refs, learner }: { band: Band; refs: string[]; learner: number }): Graded {
  const points = POINTS_PER_QUANTITY * NOTES_WORKING_SHARE;
  const [first, ...rest] = findings;
  const kept = first?.severity === 'good' ? [{ ...first, points }, ...rest] : findings;
  kept.push({
    code: 'estimate.working-in-notes',
    severity: 'hint',
    message: `${row.label} = ${row.expr.trim()} is a bare figure, but the notes work it out from the case's facts ("${statement.text}") and it checks out. Put that working in the row (${item.facts.join(', ')}), so the sheet recomputes it when a fact changes and the interviewer need not re-derive it.`,
    neutral: `${row.label} = ${row.expr.trim()} is a bare figure whose working is in the notes and checks out: put the working in the row, so the sheet recomputes it.`,
    points: POINTS_PER_QUANTITY - points,
    refs,
  });
  return { grade: grade(item, row, round(learner), 'partial', band, NOTES_WORKING_SHARE), findings: kept };
}

/** True when a quantity's row lands within its tolerance and still earns points (not already found cancelling). */
function landsAnyway(entry: Graded, item: PreparedQuantity | undefined): boolean {
  const { value, expected } = entry.grade;
  if (item === undefined || entry.trust === 'cancelled' || entry.trust === 'stray' || entry.trust === 'guessed' || !(entry.grade.points > 0) || value === null || expected === null || !(value > 0) || !(expected > 0)) return false;
  return bandFor(factorBetween(value, expected), item.quantity.tolerance) === 'full';
}

/**
 * A landing total next to a row of the sheet that computes the same figure wrongly (stray-intermediate.ts):
 * the total does not follow from the learner's own working, so it is right by accident, as with errors that
 * cancel (trust 'cancelled'): it earns nothing, and the sheet's other rows spend the interviewer's trust.
 */
function withStrayIntermediate(entry: Graded, stray: StrayIntermediate): Graded {
  const row = entry.grade.row ?? entry.grade.id;
  const findings = entry.findings.map((finding) => (finding.severity === 'good' ? { ...finding, severity: 'hint' as const, points: 0 } : finding));
  const off = stray.ratio >= 1 ? `${formatFactor(stray.ratio)}x the` : `1/${formatFactor(1 / stray.ratio)} of the`;
  const value = stray.row.value?.display ?? '';
  findings.push({
    code: 'estimate.total-not-from-working',
    severity: 'wrong',
    message: `${row} lands, but ${stray.row.label} = ${stray.row.expr.trim()} gives ${value}, ${off} ${stray.figure} the case's figures give: it uses ${stray.used} where the case says ${stray.factText} (${stray.fact}). The total does not follow from your own working, so it is right by accident (compensating errors); an interviewer checks the working, and the wrong row costs the total its points. Fix ${stray.row.label} and build ${row} from it.`,
    neutral: `${row} lands, but ${stray.row.label} = ${stray.row.expr.trim()} uses a figure that is not what the case says, and the total does not follow from it: it is right by accident (compensating errors). An interviewer checks the working; fix that row and build ${row} from it.`,
    points: entry.grade.points,
    refs: [row, stray.row.key],
  });
  return { grade: { ...entry.grade, points: 0, verdict: 'off' }, findings, trust: 'stray' };
}

/**
 * A landing total built on a step of its own working that is off a fact of the case by a calendar period
 * ratio (slipped-step.ts: a day's messages divided by an hour, then `/ 24` later): right through a wrong
 * intermediate, so right by accident. As with a stray intermediate, it earns nothing and the sheet's other
 * rows spend the interviewer's trust (trust 'stray'); an interviewer grades the working, row by row.
 */
function withSlippedStep(entry: Graded, slipped: SlippedStep): Graded {
  const row = entry.grade.row ?? entry.grade.id;
  const findings = entry.findings.map((finding) => (finding.severity === 'good' ? { ...finding, severity: 'hint' as const, points: 0 } : finding));
  const size = formatNumber(Math.round(slipped.ratio >= 1 ? slipped.ratio : 1 / slipped.ratio));
  const value = slipped.row.value?.display ?? '';
  findings.push({
    code: 'estimate.total-not-from-working',
    severity: 'wrong',
    message: `${row} lands, but the step it is built on, ${slipped.row.label} = ${slipped.row.expr.trim()}, gives ${value}: ${size}x ${slipped.ratio >= 1 ? 'above' : 'below'} what the case's ${slipped.factText} (${slipped.fact}) gives, exactly the ratio of two calendar periods (a period used for another). A later factor undoes it, so the total is right through a wrong intermediate (compensating errors); an interviewer checks the working, and the wrong step costs the total its points. Fix ${slipped.row.label} and build ${row} from it.`,
    neutral: `${row} lands, but the step it is built on, ${slipped.row.label} = ${slipped.row.expr.trim()}, uses one calendar period for another and a later factor undoes it: the total is right by accident (compensating errors). An interviewer checks the working; fix that step and build ${row} from it.`,
    points: entry.grade.points,
    refs: [row, slipped.row.key],
  });
  return { grade: { ...entry.grade, points: 0, verdict: 'off' }, findings, trust: 'stray' };
}

/** Scales a quantity's points and its findings' by the case's weight for it (`weight: 2`: twice the share). */
function weighted(entry: Graded, weight: number): Graded {
  if (weight === 1) return entry;
  return {
    ...entry,
    grade: { ...entry.grade, points: entry.grade.points * weight, maxPoints: entry.grade.maxPoints * weight },
    findings: entry.findings.map((finding) => ({ ...finding, points: finding.points * weight })),
  };
}

/** The row a grade quotes by its name as written (QuantityGrade.row). */
function rowNamed(rows: readonly DetailedRow[], name: string | undefined): DetailedRow | undefined {
  return name === undefined ? undefined : rows.find((row) => row.name.trim() === name && row.raw !== undefined);
}

/** True when a row takes `name`'s value, directly or through rows in between (`a = b * 2`, `b = name * 3`). */
function usesRow(row: DetailedRow | undefined, name: string, rowsByKey: ReadonlyMap<string, DetailedRow>, seen = new Set<string>()): boolean {
  if (row === undefined || row.node === undefined || seen.has(row.key)) return false;
  seen.add(row.key);
  const target = name.toLowerCase();
  return symbolsOf(row.node).some((symbol) => {
    const key = symbol.toLowerCase();
    return key === target || usesRow(rowsByKey.get(key), name, rowsByKey, seen);
  });
}

/**
 * A bare figure earns half on trust that it was worked out; on a sheet where another row lands only
 * because its errors cancel, or is the middle of a guessed range, that trust is spent and the bare figure
 * earns nothing. `cause` says which row spent it and how, as the finding quotes it.
 */
function withoutTrust(entry: Graded, cause: string, what: 'is a bare figure' | 'is built' = 'is a bare figure'): Graded {
  const lost = entry.grade.points;
  const findings = entry.findings.map((finding) => (finding.severity === 'good' ? { ...finding, severity: 'hint' as const, points: 0 } : finding));
  const row = entry.grade.row ?? entry.grade.id;
  findings.push({
    code: what === 'is a bare figure' ? 'estimate.bare-untrusted' : 'estimate.carries-cancelled',
    severity: 'wrong',
    message:
      what === 'is a bare figure'
        ? `${row} is a bare figure, and ${cause}: the interviewer can no longer take a figure without its working on trust. Show how you get it from the case's facts.`
        : `${row} lands, but ${cause}: a figure that carries a lucky one lands by the same luck, and the interviewer gives it nothing. Fix that row from the case's facts and this one follows.`,
    points: lost,
    refs: [row],
  });
  return { grade: { ...entry.grade, points: 0, verdict: 'off' }, findings };
}

/**
 * On a sheet where another row lands only because its errors cancel, or is off because it is built on a
 * figure that contradicts the case (two ledger entries where the case says four, 5 KB events where it says
 * 500 bytes, orders where it asks for clickstream events), a row that earned points with its working keeps
 * SPENT_TRUST_SHARE of them: the interviewer who caught one figure that does not follow from the case
 * re-checks every other line and no longer gives the benefit of the doubt. `cause` names the row that spent
 * the trust and why. A quantity that is one fact of the case (an availability target) keeps its points.
 */
function withSpentTrust(entry: Graded, cause: string): Graded {
  if (entry.grade.points <= 0) return entry;
  const points = entry.grade.points * SPENT_TRUST_SHARE;
  const row = entry.grade.row ?? entry.grade.id;
  const findings = entry.findings.map((finding) => (finding.severity === 'good' ? { ...finding, points: finding.points * SPENT_TRUST_SHARE } : finding));
  findings.push({
    code: 'estimate.trust-spent',
    severity: 'wrong',
    message: `${row} holds up, but ${cause}: an interviewer who sees one figure that does not follow from the case doubts the rest of the sheet. Build every row from the case's facts.`,
    points: entry.grade.points - points,
    refs: [row],
  });
  return { ...entry, grade: { ...entry.grade, points }, findings };
}

/**
 * The finding that holds a sheet at CONTRADICTED_CAP: names each row built on a figure the case contradicts
 * and quotes the case's figure. `points` is what the cap took.
 */
function contradictedCap(entries: readonly Graded[], points: number): Finding {
  const rows = entries.map((entry) => entry.grade.row ?? entry.grade.id);
  const quoted = entries.map((entry) => `${entry.grade.row ?? entry.grade.id} uses ${entry.contradiction ?? "a figure the case does not give"}`).join('; ');
  return {
    code: 'estimate.contradicts-case',
    severity: 'wrong',
    message: `${quoted}. A figure that contradicts what the case says is a wrong reading of the problem, not a rounding: however sound the other rows, an interviewer holds the estimate at "partly there" (${Math.round(CONTRADICTED_CAP * 100)} at most) until every row follows the case's facts.`,
    neutral: `${rows.join(' and ')} ${rows.length === 1 ? 'uses' : 'use'} a figure that contradicts what the case says: however sound the other rows, an interviewer holds the estimate at "partly there" until every row follows the case's facts.`,
    points,
    refs: rows,
  };
}

/**
 * The finding that holds a sheet at OFF_SCALE_CAP, or at OTHER_SYSTEM_CAP when `others` (rows built on another
 * figure the case contradicts) are given: names each answer off the case's scale and the figure that put it
 * there, and each of `others` with its figure. `points` is what the cap took.
 */
function offScaleCap(entries: readonly Graded[], points: number, others: readonly Graded[] = []): Finding {
  const rows = entries.map((entry) => entry.grade.row ?? entry.grade.id);
  const quoted = entries.map((entry) => `${entry.grade.row ?? entry.grade.id} uses ${entry.contradiction ?? 'a figure far from the case'}`).join('; ');
  const also = (named: boolean) => others.map((entry) => `${entry.grade.row ?? entry.grade.id} ${named ? `uses ${entry.contradiction ?? 'a figure the case does not give'}` : 'uses a figure the case contradicts'}`).join('; ');
  const why = (named: boolean) =>
    others.length === 0
      ? `an answer ${OFF_SCALE_FACTOR}x or more off the case's scale is one a sanity check would have caught (compare it with the case's daily volume or with a system you know), and everything sized on it sizes another system: an interviewer stops trusting the sheet and holds it below half (${Math.round(OFF_SCALE_CAP * 100)} at most) until that figure is right.`
      : `an answer ${OFF_SCALE_FACTOR}x or more off the case's scale, and ${also(named)} as well: figures that are not this case's in more than one row read as numbers remembered from another system, not read from this one. An interviewer holds the sheet at a quarter (${Math.round(OTHER_SYSTEM_CAP * 100)} at most) until every row is built from this case's facts.`;
  return {
    code: 'estimate.off-scale',
    severity: 'wrong',
    message: `${quoted}: ${why(true)}`,
    neutral: `${rows.join(' and ')} ${rows.length === 1 ? 'is' : 'are'} built on a figure far from anything the case says: ${why(false)}`,
    points,
    refs: rows,
  };
}

/**
 * The finding that holds a sheet at CONTRADICTED_CAP when a row is off by exactly one of the case's own
 * factors: the average given as the peak, the peak sized all day, one entry where there are several. Every
 * case's anchors put that slip at level 2, "partly there" ("misses the sale-day peak", "confuses the average
 * with the peak when sizing storage", "forgets that each authorisation writes four ledger entries"): the row
 * is the figure the system is sized on. `points` is what the cap took (0 when a contradiction's cap took it).
 */
function slipCap(entries: readonly Graded[], points: number): Finding {
  const rows = entries.map((entry) => entry.grade.row ?? entry.grade.id);
  const quoted = entries.map((entry) => entry.slip ?? '').join('; ');
  const kinds = new Set(entries.map((entry) => entry.slipKind ?? 'factor'));
  const kind = kinds.size === 1 ? [...kinds][0] ?? 'factor' : 'factor';
  const sized = 'and that figure is the one the system is sized on';
  const subject = `${rows.join(' and ')} ${rows.length === 1 ? 'is' : 'are'}`;
  let why: string;
  let neutral: string;
  switch (kind) {
    case 'unit':
      why = 'a slip of one conversion, but the figure is the one the system is sized on';
      neutral = `${subject} off by exactly the factor between two time units, ${sized}`;
      break;
    case 'repeated':
      why = `a multiplier applied more than once, ${sized}`;
      neutral = `${subject} too high by a multiplier applied more than once, ${sized}`;
      break;
    case 'extra':
      why = `a multiplier the case does not give for that figure, ${sized}`;
      neutral = `${subject} too high by a multiplier the case does not give for ${rows.length === 1 ? 'it' : 'them'}, ${sized}`;
      break;
    case 'decimal':
      why = `a slip of one decimal place, but a figure 10x off sizes another system, ${sized}`;
      neutral = `${subject} off by exactly a power of ten (a decimal place slipped), ${sized}`;
      break;
    case 'factor':
      why = `so it is off by exactly one of the case's own factors (the average given as the peak, the peak sized all day, or one entry where there are several), ${sized}`;
      neutral = `${subject} off by exactly one of the case's own factors (the average given as the peak, the peak sized all day, or one entry where there are several)`;
      break;
    default:
      return assertNever(kind);
  }
  return {
    code: 'estimate.multiplier-slip',
    severity: points > 0 ? 'wrong' : 'hint',
    message: `${quoted}, ${why}: however sound the other rows, an interviewer holds the estimate at "partly there" (${Math.round(CONTRADICTED_CAP * 100)} at most) until it is right.`,
    neutral: `${neutral}: however sound the other rows, an interviewer holds the estimate at "partly there" until it is right.`,
    points,
    refs: rows,
  };
}

/** Says how a row of another dimension was read, and how to write it. */
function readingHint(row: DetailedRow, reading: Exclude<Reading, 'as-written'>, quantity: Quantity): Finding {
  const wrote = `${row.label} = ${row.expr.trim()}`;
  let message: string;
  switch (reading) {
    case 'count-unit-left-out':
      message = `${wrote} leaves out what is counted; it was read in ${quantity.unit}. Write the unit (events/s, rows) so the figure cannot be mistaken for another.`;
      break;
    case 'amount-per-day':
      message = `${wrote} is one day's amount; it was read as ${quantity.unit}. Divide by the day (or write /day) so the rate is explicit.`;
      break;
    case 'unit-left-out':
      message = `${wrote} has no unit; it was read as ${quantity.unit}.`;
      break;
    default:
      return assertNever(reading);
  }
  return { code: 'estimate.read-as', severity: 'hint', message, points: 0, refs: [row.key] };
}

function rowErrorFindings(rows: readonly DetailedRow[], answerIds: ReadonlySet<string>): Finding[] {
  return rows.flatMap((row, index) => {
    if (row.error === undefined || answerIds.has(row.key.toLowerCase())) return [];
    const label = row.label === '' ? `Row ${index + 1}` : `Row ${index + 1} (${row.label})`;
    return [{ code: 'estimate.row-error', severity: 'hint' as const, message: `${label}: ${row.error}.`, points: 0, refs: row.key === '' ? [] : [row.key] }];
  });
}

/**
 * Grades a worksheet against a case's estimate quantities: each quantity earns full, partial or little
 * credit by how far the learner's row is from the reference on a log scale. Never throws on learner
 * input; a broken case reference becomes a hint and is left out of the score.
 */
export function gradeEstimate(worksheet: Worksheet, rubric: Rubric, options: GradeEstimateOptions = {}): EstimateGrade {
  const prepared = prepareEstimate(rubric);
  const available = options.availableValues ?? prepared.allValues;
  const locked = Object.keys(prepared.allValues).filter((name) => !Object.hasOwn(available, name));
  const rows = evaluateWorksheetDetailed(Array.isArray(worksheet.rows) ? worksheet.rows : [], available, { lockedNames: locked });
  const rowsByKey = new Map<string, DetailedRow>();
  for (const row of rows) if (row.key !== '' && row.raw !== undefined && !rowsByKey.has(row.key)) rowsByKey.set(row.key, row);
  const notes = typeof worksheet.notes === 'string' ? worksheet.notes : (options.notes ?? '');
  const context: Context = { prepared, rowsByKey, notes, worked: workedStatements(notes), answerKeys: new Set(prepared.quantities.map((item) => item.quantity.id)) };
  const findings: Finding[] = [];
  const quantities: QuantityGrade[] = [];
  const answers = new Map(prepared.quantities.map((item) => [item, answerRow(rows, item.quantity.id)]));
  const matched = matchOwnWords(prepared, rows, answers, context);
  for (const own of matched.values()) context.answerKeys.add(own.row.key.toLowerCase());
  const factNames = new Set(prepared.factValues.keys());
  const valued = rows.filter((row) => row.raw !== undefined);
  // A sheet where no row shows any working: even a figure that is one fact (99.9%) may be remembered.
  // Working the notes state for a bare row (notes-working.ts) is working shown, outside the sheet.
  const notesBacked = prepared.quantities.some((item) => {
    const row = answers.get(item);
    return row !== undefined && notesWorking(item, row, prepared, context.worked) !== undefined;
  });
  const noWorking = !notesBacked && valued.length >= 2 && valued.every((row) => {
    const working = workingOf(row, rowsByKey, factNames);
    return working.bare || isGuess(working);
  });
  const graded: Graded[] = [];
  const gradedItems: PreparedQuantity[] = [];
  for (const item of prepared.quantities) {
    if (item.error !== undefined) {
      findings.push({ code: 'estimate.reference-error', severity: 'hint', message: `The case's answer for ${item.quantity.id} is broken and was not graded: ${item.error}.`, points: 0, refs: [item.quantity.id] });
      continue;
    }
    const own = matched.get(item);
    if (own) findings.push(own.finding);
    const row = answers.get(item) ?? own?.row;
    graded.push(withoutWorking(gradeQuantity(item, row, context), item, row, noWorking));
    gradedItems.push(item);
  }
  // A total that lands while the sheet's own working for it is off (a stray intermediate) lands by accident.
  const answerKeys = new Set([...prepared.quantities.map((item) => item.quantity.id), ...graded.flatMap((entry) => rowNamed(rows, entry.grade.row)?.key.toLowerCase() ?? [])]);
  const strays = strayIntermediates(prepared, rows, rowsByKey, answerKeys);
  for (const [index, entry] of graded.entries()) {
    const stray = strays.find((candidate) => candidate.item === gradedItems[index]);
    if (stray !== undefined && landsAnyway(entry, gradedItems[index])) graded[index] = withStrayIntermediate(entry, stray);
  }
  // A total that lands on a step of its own working that slipped a calendar period and was undone later.
  for (const [index, entry] of graded.entries()) {
    const row = rowNamed(rows, entry.grade.row);
    const slipped = row === undefined || !landsAnyway(entry, gradedItems[index]) ? undefined : slippedStep(row, prepared, rowsByKey, answerKeys);
    if (slipped !== undefined) graded[index] = withSlippedStep(entry, slipped);
  }
  // A total that lands with its own working off (trust 'stray') spends the trust like errors that cancel, but
  // rows built on it keep their share: the slip is in the stray row, not in the figure they carry.
  const unsound = (entry: Graded) => entry.trust === 'cancelled' || entry.trust === 'stray';
  const cancelled = graded.some(unsound);
  const cancelledRows = graded.filter((entry) => entry.trust === 'cancelled').map((entry) => entry.grade.row ?? entry.grade.id);
  const cause = graded
    .filter(unsound)
    .map((entry) => `${entry.grade.row ?? entry.grade.id} ${entry.trust === 'stray' ? "lands though the sheet's own working for it is off" : 'lands only because its errors cancel'}`)
    .join(' and ');
  const guesses = graded.filter((entry) => entry.trust === 'guessed').map((entry) => entry.grade.row ?? entry.grade.id);
  const guessCause = guesses.length === 0 ? undefined : `${guesses.join(' and ')} ${guesses.length === 1 ? 'is' : 'are'} the middle of a guessed range`;
  const contradicted = graded.filter((entry) => entry.trust === 'contradicted');
  const slipped = graded.filter((entry) => entry.slip !== undefined);
  let earned = 0;
  let possible = 0;
  for (const [index, entry] of graded.entries()) {
    // A quantity that is one fact of the case (an availability target) has no working to doubt.
    const oneFact = (gradedItems[index]?.facts.length ?? 0) + (gradedItems[index]?.factors.length ?? 0) <= 1;
    // A row that takes a cancelled row's value lands by the same luck: the trust it spends is all of it.
    const carries = cancelled && !unsound(entry) && entry.grade.points > 0 ? cancelledRows.find((name) => usesRow(rowNamed(rows, entry.grade.row), rowNamed(rows, name)?.key ?? name, rowsByKey)) : undefined;
    const spent = !cancelled || unsound(entry) ? entry : carries !== undefined ? withoutTrust(entry, `it is built on ${carries}, which lands only because its errors cancel`, 'is built') : entry.trust === 'bare' ? withoutTrust(entry, cause) : oneFact ? entry : withSpentTrust(entry, cause);
    // A guess said out loud (a range's middle) spends the trust a bare figure had; worked rows keep theirs.
    const trusted = guessCause !== undefined && spent.trust === 'bare' && spent.grade.points > 0 ? withoutTrust(spent, guessCause) : spent;
    const kept = weighted(trusted, gradedItems[index]?.quantity.weight ?? 1);
    quantities.push(kept.grade);
    findings.push(...kept.findings);
    earned += kept.grade.points;
    possible += kept.grade.maxPoints;
  }
  findings.push(...rowErrorFindings(rows, new Set(prepared.quantities.map((item) => item.quantity.id))));
  const offScale = contradicted.filter((entry) => entry.offScale === true);
  // Off the case's scale and contradicting it in another row as well: the figures are another system's.
  const cap = offScale.length > 0 && contradicted.length >= 2 ? OTHER_SYSTEM_CAP : OFF_SCALE_CAP;
  if (offScale.length > 0 && earned > possible * cap) {
    findings.push(offScaleCap(offScale, earned - possible * cap, cap === OTHER_SYSTEM_CAP ? contradicted.filter((entry) => entry.offScale !== true) : []));
    earned = possible * cap;
  }
  if ((contradicted.length > 0 || slipped.length > 0) && earned > possible * CONTRADICTED_CAP) {
    const taken = earned - possible * CONTRADICTED_CAP;
    if (contradicted.length > 0) findings.push(contradictedCap(contradicted, taken));
    if (slipped.length > 0) findings.push(slipCap(slipped, contradicted.length > 0 ? 0 : taken));
    earned = possible * CONTRADICTED_CAP;
  }
  // A multiplier applied again along a chain of rows (headroom on headroom): the grown figure is that much too high.
  const answered = gradedItems.flatMap((item, index) => {
    const row = rowNamed(rows, graded[index]?.grade.row);
    return row === undefined ? [] : [{ item, row }];
  });
  const compounded = compoundedFactors(rows, rowsByKey, prepared, answered, answerKeys);
  if (compounded.length > 0 && earned > possible * CONTRADICTED_CAP) {
    findings.push(compoundedFactorFinding(compounded, earned - possible * CONTRADICTED_CAP, CONTRADICTED_CAP));
    earned = possible * CONTRADICTED_CAP;
  }
  if (earned > possible * TEMPLATE_CAP && templateSheet(rows, notes)) {
    findings.push(templateCapFinding(earned - possible * TEMPLATE_CAP));
    earned = possible * TEMPLATE_CAP;
  }
  // Every row a bare constant, the steps of a chain too: the figures are copied in the shape of working.
  const posed = posedWorking(rows, answerKeys, noWorking);
  if (posed !== undefined && earned > possible * POSED_WORKING_CAP) {
    findings.push(posedWorkingFinding(posed, earned - possible * POSED_WORKING_CAP));
    earned = possible * POSED_WORKING_CAP;
  }
  // Notes that vouch for the figures to the grader: on a sheet with no working nothing backs them.
  const graderQuotes = graderNoteQuotes(notes);
  if (graderQuotes.length > 0) {
    const capped = noWorking && earned > possible * GRADER_NOTES_CAP;
    findings.push(graderNotesFinding(graderQuotes, capped ? earned - possible * GRADER_NOTES_CAP : 0));
    if (capped) earned = possible * GRADER_NOTES_CAP;
  }
  // Every figure right is a 3 of 4; a strong sheet also sizes for growth and says what the figures mean.
  const craft = sheetCraft(rows, rowsByKey, prepared, notes);
  const result = capScore(stepResult(earned, possible, findings), craftCeiling(craft), () => craftCapFinding(craft, prepared.growth));
  return { ...result, quantities, rows: rows.map(toEvaluatedRow) };
}
