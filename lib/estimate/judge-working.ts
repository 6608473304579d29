import type { Unit } from 'mathjs';
import type { DetailedRow } from './evaluate-worksheet';
import { formatQuantity } from './format-quantity';
import type { PreparedEstimate, PreparedQuantity } from './prepare-estimate';
import { safeMath } from './safe-math';
import type { EstimateValue } from './value-dimension';
import type { Ingredient, Working } from './working';
import { distanceBetween, perDay, productOf, sameAmount, workingOf } from './working';
import { factorBetween } from './grade-bands';
import { referenceProducts } from './reference-terms';
import type { CaseProduct } from './reference-terms';
import { FACT_TOLERANCE, ROUNDING_TOLERANCE, sameFigure } from './same-figure';
import { summedFacts } from './summed-parts';
import { describeRelabelledPeriod, relabelledPeriod } from './relabelled-period';

/** An assumption more than this factor from every figure of its dimension in the case is named. */
export const FAR_FACTOR = 10;
/** A literal in place of a fact and this many times off it is a misread fact, not a rounding. */
const MISREAD_FACTOR = 1.5;
const PERIODS = ['1 minute', '1 hour', '1 day', '1 week', '1 month', '1 year'];

/** An intermediate figure far from everything the case says about its dimension. */
export interface FarAssumption {
  text: string;
  /** The nearest figure of the case, e.g. `about 4 KB per event (bytes per clickstream event)`. */
  nearest: string;
  factor: number;
  /** When the figure is the nearest one's number per another time unit (`200 GB/s` for 200 GB/day): that slip in words. */
  relabelled?: string;
}

export interface WorkingJudgement {
  working: Working;
  /** Facts of `builtFrom` the row uses, by name or by number. */
  usedFacts: readonly string[];
  missingFacts: readonly string[];
  missingFactors: readonly string[];
  far: readonly FarAssumption[];
  /** Literals written in place of a fact the row leaves out, off from it (`50M events` for 15M a day). */
  misread: readonly FarAssumption[];
  /** Facts of another subject the row uses (audit events for HL7 messages). */
  foreign: readonly ForeignFact[];
  /** Figures off the case in opposite directions whose errors cancel (10x the events at a tenth of the size). */
  cancelling: readonly FarAssumption[];
  /** Parts of the quantity (`builtFrom.parts`, retention tiers) whose facts the row leaves out entirely, by label. */
  missingParts: readonly string[];
  /** True when the row uses everything the quantity is built from and no assumption is far off. */
  ok: boolean;
}

/** A fact of the case that the quantity is not built from, used where one of its own facts is missing. */
export interface ForeignFact {
  /** As the learner wrote it: the fact's name or its number. */
  text: string;
  /** The fact's name. */
  name: string;
}

/** A figure this many times off the case's nearest figure of its dimension counts as off in a cancelling pair. */
const CANCELLING_FACTOR = 3;

let periods: Unit[] | undefined;

function standardPeriods(): Unit[] {
  const { math } = safeMath();
  periods ??= PERIODS.map((text) => math.Unit.parse(text));
  return periods;
}

/** A retention written as a bare count of days, hours or minutes (`* 730` for 2 years, `* 720` for 30 days). */
function durationAsCount(ingredients: readonly Ingredient[], value: EstimateValue): boolean {
  if (typeof value === 'number' || !isPeriodLike(value)) return false;
  return ingredients.some(
    (ingredient) => ingredient.literal && typeof ingredient.value === 'number' && ['day', 'hour', 'minute'].some((unit) => sameAmount(ingredient.value, value.toNumber(unit), FACT_TOLERANCE)),
  );
}

/**
 * A period written in parts: a bare count of days, hours or minutes (`* 365`), or a shorter period times a
 * count (`30 day * 12`, `4 week * 13` for a year), within `tolerance`.
 */
function periodInParts(ingredients: readonly Ingredient[], value: EstimateValue, tolerance: number): boolean {
  if (typeof value === 'number' || !isPeriodLike(value)) return false;
  if (durationAsCount(ingredients, value)) return true;
  const periods = ingredients.filter((ingredient) => ingredient.literal && typeof ingredient.value !== 'number' && isPeriodLike(ingredient.value));
  const counts = ingredients.filter((ingredient) => ingredient.literal && typeof ingredient.value === 'number');
  return periods.some((period) => counts.some((count) => {
    const product = productOf([period.value, count.value]);
    return product !== undefined && sameAmount(product, value, tolerance);
  }));
}

function isPeriodLike(value: Unit): boolean {
  const [day] = standardPeriods().slice(2, 3);
  return day !== undefined && value.equalBase(day);
}

/** A calendar period (`24 h`, `365 day`): a unit conversion the learner writes, not a figure of the case. */
export function isPeriod(value: EstimateValue): boolean {
  return standardPeriods().some((period) => strictDistance(value, period) !== undefined && (strictDistance(value, period) ?? Infinity) <= 1 + FACT_TOLERANCE);
}

function usesFigure(ingredients: readonly Ingredient[], value: EstimateValue, tolerance: number): boolean {
  return ingredients.some((ingredient) => sameAmount(ingredient.value, value, tolerance));
}

/** A figure of the case the learner wrote: within FACT_TOLERANCE, or a rounding of it (same-figure.ts). */
function writesFigure(ingredients: readonly Ingredient[], value: EstimateValue): boolean {
  return ingredients.some((ingredient) => sameFigure(ingredient.value, value));
}

type Product = CaseProduct;

const productCache = new WeakMap<PreparedQuantity, Product[]>();
const allProductsCache = new WeakMap<PreparedEstimate, Product[]>();
const MAX_PRODUCT_SIZE = 4;

/** Every quantity's products (productsOf): the intermediate figures anywhere in the case. */
function allProducts(prepared: PreparedEstimate): Product[] {
  let cached = allProductsCache.get(prepared);
  if (!cached) {
    cached = prepared.quantities.flatMap((item) => productsOf(item, prepared));
    allProductsCache.set(prepared, cached);
  }
  return cached;
}

/**
 * Every product of 2 to 4 of the facts a quantity's reference uses (its builtFrom facts and the rest of
 * its reference), and every product of factors within one term of the reference (reference-terms.ts): the
 * figures a learner may have multiplied in their head or written as a row of their own. Computed once per case.
 */
export function productsOf(item: PreparedQuantity, prepared: PreparedEstimate): Product[] {
  const cached = productCache.get(item);
  if (cached) return cached;
  const pool = [...new Set([...item.facts, ...item.referenceFacts])]
    .map((name) => ({ name, value: prepared.factValues.get(name) }))
    .filter((entry): entry is { name: string; value: EstimateValue } => entry.value !== undefined);
  const products: Product[] = [];
  const pick = (start: number, chosen: typeof pool): void => {
    if (chosen.length >= 2) {
      const value = productOf(chosen.map((entry) => entry.value));
      if (value !== undefined) products.push({ names: chosen.map((entry) => entry.name), value });
    }
    if (chosen.length === MAX_PRODUCT_SIZE) return;
    for (let index = start; index < pool.length; index += 1) pick(index + 1, [...chosen, pool[index] as (typeof pool)[number]]);
  };
  pick(0, []);
  products.push(...referenceProducts(item.referenceNode, prepared.factValues));
  productCache.set(item, products);
  return products;
}

/** Facts multiplied together before being written down (`50000` for 2,500 machines x 20 sensors). */
function usedAsProduct(unused: readonly string[], item: PreparedQuantity, prepared: PreparedEstimate, ingredients: readonly Ingredient[]): Set<string> {
  const found = new Set<string>();
  if (unused.length === 0) return found;
  // A plain `* 1` beside a product that folds in a count of the case (500M events a day as 50M at the tenfold
  // peak) says that count is 1 ('no real peak'): the big figure is then the learner's own, not the case's
  // product, and the two cancel (500M a day at a peak of 1). A `1` multiplies nothing else.
  const saysOne = ingredients.some((ingredient) => ingredient.literal && ingredient.value === 1 && ingredient.text.trim() === '1');
  const recounted = (name: string) => {
    const value = prepared.factValues.get(name);
    return saysOne && isSmallCount(value ?? 0) && value !== 1;
  };
  for (const product of productsOf(item, prepared)) {
    if (!product.names.some((name) => unused.includes(name))) continue;
    if (product.names.some(recounted)) continue;
    // Only figures the learner wrote count: an earlier row's value is judged through its own literals. A plain
    // number stands for a plain product only (50,000 is not 2,500 machines x 2 years x 10 years as written).
    const plain = typeof product.value === 'number';
    const comparable = ingredients.filter((ingredient) => ingredient.literal && (typeof ingredient.value === 'number') === plain);
    if (writesFigure(comparable, product.value)) for (const name of product.names) found.add(name);
  }
  return found;
}

function farAssumptions(ingredients: readonly Ingredient[], prepared: PreparedEstimate, item: PreparedQuantity, bare: boolean): FarAssumption[] {
  // The answer itself is no assumption: a bare row, or a figure within 2x of this quantity's reference.
  if (bare) return [];
  const figures: { label: string; text: string; value: EstimateValue }[] = [
    ...[...prepared.factValues].map(([name, value]) => ({ label: name, text: prepared.allValues[name] ?? name, value })),
    ...prepared.typical.flatMap((figure) => (figure.value === undefined ? [] : [{ label: figure.label, text: figure.text, value: figure.value }])),
    ...prepared.quantities.flatMap((quantity) => [
      ...quantity.factors.flatMap((figure) => (figure.value === undefined ? [] : [{ label: figure.label, text: figure.text, value: figure.value }])),
      ...(quantity.reference === undefined ? [] : [{ label: quantity.quantity.title.toLowerCase(), text: formatQuantity(quantity.reference).display, value: quantity.reference }]),
    ]),
    ...standardPeriods().map((value, index) => ({ label: 'a calendar period', text: PERIODS[index] ?? '', value })),
  ];
  const far: FarAssumption[] = [];
  const plainFacts = [...prepared.factValues.values()].filter((value): value is number => typeof value === 'number');
  for (const ingredient of ingredients) {
    if (!ingredient.literal || typeof ingredient.value === 'number') continue;
    const own = item.reference === undefined ? undefined : distanceBetween(ingredient.value, item.reference);
    if (own !== undefined && own <= 2) continue;
    // A count of a plain fact with its unit written (`4 rows` for four ledger entries per authorisation).
    if (isCount(ingredient.value) && plainFacts.some((value) => sameFigure(ingredient.value, value))) continue;
    // Same dimension, a size per event read as a size (`200 B` for 200 B/event), or a size read as a
    // daily figure (`432 GB` for 432 GB/day): the closest reading counts.
    const nearestBy = (distance: (a: EstimateValue, b: EstimateValue) => number | undefined) => {
      let best: { label: string; text: string; factor: number; value: EstimateValue } | undefined;
      for (const candidate of figures) {
        const factor = distance(ingredient.value, candidate.value);
        if (factor !== undefined && (best === undefined || factor < best.factor)) best = { label: candidate.label, text: candidate.text, factor, value: candidate.value };
      }
      return best;
    };
    const nearest = nearestBy((a, b) => {
      const factors = [distanceBetween(a, b), typeof a === 'number' || typeof b === 'number' ? undefined : strictDistance(a, perItem(b))];
      const known = factors.filter((factor): factor is number => factor !== undefined);
      return known.length === 0 ? undefined : Math.min(...known);
    });
    if (nearest !== undefined && nearest.factor > FAR_FACTOR && !nearProduct(ingredient.value, allProducts(prepared))) {
      const nearestText = nearest.label === nearest.text ? nearest.text : `${nearest.text} (${nearest.label})`;
      const relabelled = typeof nearest.value === 'number' ? undefined : relabelledPeriod(ingredient.value, nearest.value);
      far.push({ text: ingredient.text, nearest: nearestText, factor: nearest.factor, ...(relabelled ? { relabelled: `${ingredient.text} ${describeRelabelledPeriod(relabelled)}` } : {}) });
    }
  }
  return far;
}

let oneEvent: Unit | undefined;

function isCount(value: Unit): boolean {
  const { math } = safeMath();
  oneEvent ??= math.Unit.parse('1 event');
  return value.equalBase(oneEvent);
}

/**
 * True when a literal is within FAR_FACTOR of a figure the case implies on the way to an answer (products of
 * its facts, reference-terms.ts), as itself or as a daily amount: a per-sensor or per-tier figure the rubric
 * does not name is no far assumption.
 */
function nearProduct(value: Unit, products: readonly Product[]): boolean {
  const daily = perDay(value);
  const near = (a: Unit | undefined, b: EstimateValue) => a !== undefined && typeof b !== 'number' && (strictDistance(a, b) ?? Infinity) <= FAR_FACTOR;
  return products.some((product) => near(value, product.value) || near(daily, product.value));
}

/**
 * A rate written as its interval (`/ 4 s` for one ping every 4 seconds): the literal is a time and its
 * reciprocal, counted in events, is the case's rate (0.25 events/s) as sameFigure reads it.
 */
function writesInterval(ingredients: readonly Ingredient[], value: EstimateValue): boolean {
  if (typeof value === 'number') return false;
  const { math } = safeMath();
  oneEvent ??= math.Unit.parse('1 event');
  const [day] = standardPeriods().slice(2, 3);
  for (const ingredient of ingredients) {
    if (!ingredient.literal || typeof ingredient.value === 'number' || day === undefined || !ingredient.value.equalBase(day) || !(ingredient.value.value > 0)) continue;
    try {
      const rate: unknown = math.divide(oneEvent as never, ingredient.value as never);
      if (math.isUnit(rate) && rate.equalBase(value) && sameFigure(rate, value)) return true;
    } catch {
      // Not comparable: not an interval of this rate.
    }
  }
  return false;
}

/** A figure per event read as a figure for one item: `200 B/event` -> `200 B`; other figures as they are. */
function perItem(value: EstimateValue): EstimateValue {
  const { math } = safeMath();
  oneEvent ??= math.Unit.parse('1 event');
  try {
    const result: unknown = math.multiply(value as never, oneEvent as never);
    return math.isUnit(result) || typeof result === 'number' ? (result as EstimateValue) : value;
  } catch {
    return value;
  }
}

/** The factor between two figures of exactly the same dimension (no per-day reading), or two plain numbers. */
function strictDistance(a: EstimateValue, b: EstimateValue): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a > 0 && b > 0 ? factorBetween(a, b) : undefined;
  if (typeof a === 'number' || typeof b === 'number' || !a.equalBase(b) || !(a.value > 0) || !(b.value > 0)) return undefined;
  return factorBetween(a.value, b.value);
}

/** Up to this, a whole plain number of the case is a count the learner either reads right or not. */
const SMALL_COUNT = 100;

function isSmallCount(value: EstimateValue): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= SMALL_COUNT;
}

/**
 * Literals that stand in for a fact the row leaves out and disagree with it by more than MISREAD_FACTOR
 * (up to FAR_FACTOR; farther ones are far assumptions), or a small count other than the case's: `50M events`
 * where the case says 15 million a day, `* 1.5` where the peak factor is 5, `* 3` where each authorisation
 * writes 4 ledger entries. A literal that is another figure of the case or a calendar period
 * (`365 day`, a period the learner chose to size for) is left alone.
 */
function misreadFacts(ingredients: readonly Ingredient[], missing: readonly { label: string; text: string; value: EstimateValue }[], prepared: PreparedEstimate): FarAssumption[] {
  const known = [...prepared.factValues.values()];
  const found: FarAssumption[] = [];
  for (const ingredient of ingredients) {
    // A plain number is another figure of the case only when that figure is a plain number too: `* 2` for
    // two ledger entries is no reading of 2 KB per record.
    const others = typeof ingredient.value === 'number' ? known.filter((value) => typeof value === 'number') : known;
    if (!ingredient.literal || [...others, ...standardPeriods()].some((value) => sameFigure(ingredient.value, value))) continue;
    for (const fact of missing) {
      const factor = strictDistance(ingredient.value, fact.value);
      // A small count (ledger entries per authorisation, a peak factor) is exact: 3 where the case says 4 is
      // another count, not a rounding, however close the ratio.
      const count = isSmallCount(ingredient.value) && isSmallCount(fact.value) && ingredient.value !== fact.value;
      if (factor !== undefined && (factor > MISREAD_FACTOR || count) && factor <= FAR_FACTOR) {
        found.push({ text: ingredient.text, nearest: fact.label === fact.text ? fact.text : `${fact.text} (${fact.label})`, factor });
        break;
      }
    }
  }
  return found;
}

/** A retention is a period of at least a day: shorter periods of a case are intervals and durations. */
function isRetentionLike(value: EstimateValue): value is Unit {
  const [day] = standardPeriods().slice(2, 3);
  return typeof value !== 'number' && day !== undefined && isPeriodLike(value) && value.toNumber('day') >= 1 - FACT_TOLERANCE;
}

/** True when the row's period literals, times some of its plain counts (`30 day * 12 * 3`), make `value`. */
function periodBuiltFrom(ingredients: readonly Ingredient[], value: Unit): boolean {
  const periods = ingredients.filter((ingredient) => ingredient.literal && isRetentionLike(ingredient.value)).map((ingredient) => ingredient.value);
  const counts = ingredients.filter((ingredient) => ingredient.literal && typeof ingredient.value === 'number' && ingredient.value > 1).map((ingredient) => ingredient.value as number);
  if (periods.length === 0) return false;
  const base = productOf(periods);
  if (base === undefined) return false;
  const subsets = (start: number, chosen: number): boolean => {
    const product = productOf([base, chosen]);
    if (product !== undefined && sameFigure(product, value)) return true;
    for (let index = start; index < Math.min(counts.length, 8); index += 1) if (subsets(index + 1, chosen * (counts[index] as number))) return true;
    return false;
  };
  return subsets(0, 1);
}

/**
 * A period of the row (at least a day) written where the case's retention belongs and not a rounding of it:
 * `365 day` where the case keeps three years hot, `90 day` for a year. A retention other than the case's sizes
 * another system, whatever the factor, even when the period is a calendar one the learner chose; a period
 * the row builds into the case's (`365 day * 3`, `30 day * 12`) is the case's. `missing` are the facts the row
 * leaves out, by name; only those that are themselves periods of a day or more count. A row that uses the case's
 * growth factor is left to the growth rule.
 */
function misreadRetention(working: Working, ingredients: readonly Ingredient[], missing: readonly string[], item: PreparedQuantity, prepared: PreparedEstimate): FarAssumption[] {
  // A period that is another figure the quantity is built from (the raw tier's 30 days where the hourly tier is
  // left out) is that figure, used; a part left out is judged as a missing part, not a misreading.
  const known = [...new Set([...item.facts, ...item.referenceFacts])].flatMap((name) => {
    const value = prepared.factValues.get(name);
    return value === undefined || missing.includes(name) ? [] : [value];
  });
  // A row sized for the case's growth spreads the retention over its years (`365 day * (1 + 1.5 + 2.25)`):
  // its periods are read by the growth rule (growth.ts), not as a retention of their own.
  const growth = prepared.growth;
  if (growth !== undefined && (working.facts.has(growth.name) || ingredients.some((ingredient) => typeof ingredient.value === 'number' && sameAmount(ingredient.value, growth.factor, 0.01)))) return [];
  for (const name of missing) {
    const fact = prepared.factValues.get(name);
    if (fact === undefined || !isRetentionLike(fact) || periodBuiltFrom(ingredients, fact)) continue;
    for (const ingredient of ingredients) {
      if (!ingredient.literal || !isRetentionLike(ingredient.value) || known.some((value) => sameFigure(ingredient.value, value))) continue;
      const factor = strictDistance(ingredient.value, fact);
      if (factor === undefined || factor <= 1 + ROUNDING_TOLERANCE) continue;
      const text = prepared.allValues[name] ?? name;
      return [{ text: ingredient.text, nearest: text === name ? text : `${text} (${name})`, factor }];
    }
  }
  return [];
}

/**
 * Facts the learner derived from two figures they wrote (`50M events/day * 4 KB/event` for 200 GB a day, or
 * two whole numbers for a count, `500 * 5` for 2,500 machines as 500 a plant in five plants): the pair's
 * product is the fact within FACT_TOLERANCE. Whether those two figures are the case's is judged
 * apart (cancellingFigures), so 500M events at 400 B still shows as errors that cancel.
 */
function derivedFacts(unused: readonly string[], prepared: PreparedEstimate, ingredients: readonly Ingredient[]): Set<string> {
  const found = new Set<string>();
  const literals = ingredients.filter((ingredient) => ingredient.literal);
  if (unused.length === 0 || literals.length < 2) return found;
  for (let first = 0; first < literals.length; first += 1) {
    for (let second = first + 1; second < literals.length; second += 1) {
      const pair = [(literals[first] as Ingredient).value, (literals[second] as Ingredient).value];
      const product = productOf(pair);
      if (product === undefined) continue;
      // Only whole parts split a count (500 a plant, five plants); `0.5 * 10` for a fivefold peak is two
      // figures that cancel, judged by cancellingFigures, not a route to the case's figure.
      const wholeParts = pair.every((part) => typeof part === 'number' && Number.isInteger(part) && part >= 2);
      for (const name of unused) {
        const value = prepared.factValues.get(name);
        if (value === undefined) continue;
        // A count split into parts (`500 * 5` for 2,500 machines: 500 a plant, five plants) is the count.
        const plain = wholeParts && typeof value === 'number' && typeof product === 'number' && sameAmount(product, value, FACT_TOLERANCE);
        if (plain || (typeof value !== 'number' && typeof product !== 'number' && value.equalBase(product) && sameAmount(product, value, FACT_TOLERANCE))) found.add(name);
      }
    }
  }
  return found;
}

/**
 * Facts the row uses (by name, or a literal with a unit equal to the fact's figure) that belong to another
 * clarify answer than every fact the quantity is built from: the right formula fed another subject's figures
 * (the audit trail's 20M events a day where the HL7 message rate is asked, a reconnect burst in a steady
 * rate). The case's growth fact is never foreign (sizing for growth is welcome).
 */
function foreignFacts(item: PreparedQuantity, prepared: PreparedEstimate, working: Working): ForeignFact[] {
  const own = new Set([...item.facts, ...item.referenceFacts]);
  const groups = new Set([...own].map((name) => prepared.factGroups.get(name)));
  const isForeign = (name: string) => !own.has(name) && name !== prepared.growth?.name && !groups.has(prepared.factGroups.get(name));
  const found: ForeignFact[] = [];
  for (const name of working.facts) if (isForeign(name)) found.push({ text: name, name });
  for (const ingredient of working.ingredients) {
    // A calendar period (`365 day`) is a conversion, never another subject's retention.
    if (!ingredient.literal || typeof ingredient.value === 'number' || isPeriod(ingredient.value)) continue;
    for (const [name, value] of prepared.factValues) {
      if (typeof value === 'number' || !isForeign(name) || !value.equalBase(ingredient.value)) continue;
      if (sameAmount(ingredient.value, value, FACT_TOLERANCE) && !found.some((entry) => entry.name === name)) found.push({ text: ingredient.text, name });
    }
  }
  return found;
}

/**
 * Literals with a unit that are each at least CANCELLING_FACTOR off the nearest figure of their dimension
 * among the case's facts on the quantity's subjects, its typical values and defining factors (a literal
 * equal to a product of the quantity's facts is the case's own figure), some
 * too high and some too low: when the row still lands, it lands because the errors cancel. Empty when the
 * off figures all err the same way.
 */
function cancellingFigures(working: Working, item: PreparedQuantity, prepared: PreparedEstimate): FarAssumption[] {
  // Errors cancel in a product; in a sum (tiers added up) a small term is no error.
  if (working.bare || working.sum) return [];
  // The figures of the subjects the quantity is built from: a row sizing HL7 messages is held to them, not to
  // the audit trail's figures that happen to be closer.
  const groups = new Set([...item.facts, ...item.referenceFacts].map((name) => prepared.factGroups.get(name)));
  const figures: { label: string; text: string; value: EstimateValue }[] = [
    ...[...prepared.factValues].filter(([name]) => groups.has(prepared.factGroups.get(name))).map(([name, value]) => ({ label: name, text: prepared.allValues[name] ?? name, value })),
    ...prepared.typical.flatMap((figure) => (figure.value === undefined ? [] : [{ label: figure.label, text: figure.text, value: figure.value }])),
    ...item.factors.flatMap((figure) => (figure.value === undefined ? [] : [{ label: figure.label, text: figure.text, value: figure.value }])),
  ];
  const products = productsOf(item, prepared);
  const high: FarAssumption[] = [];
  const low: FarAssumption[] = [];
  for (const ingredient of working.ingredients) {
    if (!ingredient.literal || typeof ingredient.value === 'number' || isPeriod(ingredient.value)) continue;
    // Facts multiplied in the head (`500M events/day` for 50M a day at the 10x peak) are the case's own figure.
    if (products.some((product) => strictDistance(ingredient.value, product.value) !== undefined && sameFigure(ingredient.value, product.value))) continue;
    let nearest: { label: string; text: string; ratio: number; factor: number } | undefined;
    for (const figure of figures) {
      const factor = strictDistance(ingredient.value, figure.value);
      if (factor === undefined || (nearest !== undefined && factor >= nearest.factor)) continue;
      const ratio = (ingredient.value as Unit).value / (figure.value as Unit).value;
      nearest = { label: figure.label, text: figure.text, ratio, factor };
    }
    if (nearest === undefined || nearest.factor < CANCELLING_FACTOR) continue;
    const entry = { text: ingredient.text, nearest: nearest.label === nearest.text ? nearest.text : `${nearest.text} (${nearest.label})`, factor: nearest.factor };
    (nearest.ratio > 1 ? high : low).push(entry);
  }
  return high.length > 0 && low.length > 0 ? [...high, ...low] : [];
}

/**
 * Judges a row's working against what the quantity is built from: each `builtFrom` fact used by name or
 * by its number (alone, or multiplied with another fact), each defining factor present within the
 * quantity's tolerance, and no literal assumption more than 10x from every figure of its dimension in
 * the case (its facts, typical values, defining factors, calendar periods).
 */
export function judgeWorking(item: PreparedQuantity, prepared: PreparedEstimate, row: DetailedRow, rows: ReadonlyMap<string, DetailedRow>): WorkingJudgement {
  const working = workingOf(row, rows, new Set(prepared.factValues.keys()));
  const byNumber = (name: string) => {
    const value = prepared.factValues.get(name);
    if (value === undefined) return false;
    // `200 B` written for 200 B/event: the size of one item, per item left unsaid.
    const literals = working.ingredients.filter((ingredient) => ingredient.literal);
    return writesFigure(working.ingredients, value) || durationAsCount(working.ingredients, value) || (typeof value !== 'number' && writesFigure(literals, perItem(value))) || writesInterval(literals, value);
  };
  const direct = item.facts.filter((name) => working.facts.has(name) || byNumber(name));
  // A bare answer is the product of all its facts by definition: products count only in real working.
  const products = working.bare ? new Set<string>() : usedAsProduct(item.facts.filter((name) => !direct.includes(name)), item, prepared, working.ingredients);
  const derived = working.bare ? new Set<string>() : derivedFacts(item.facts.filter((name) => !direct.includes(name) && !products.has(name)), prepared, working.ingredients);
  const summed = working.bare ? new Set<string>() : summedFacts(item.facts.filter((name) => !direct.includes(name) && !products.has(name) && !derived.has(name)), prepared, working.ingredients);
  const usedFacts = item.facts.filter((name) => direct.includes(name) || products.has(name) || derived.has(name) || summed.has(name));
  const missingFacts = item.facts.filter((name) => !usedFacts.includes(name));
  const usedValues: Ingredient[] = [...working.facts].flatMap((name) => {
    const value = prepared.factValues.get(name);
    return value === undefined ? [] : [{ text: name, value, literal: false }];
  });
  const missingFactors = item.factors
    .filter((factor) => factor.value !== undefined && !usesFigure([...working.ingredients, ...usedValues], factor.value, item.quantity.tolerance) && !periodInParts(working.ingredients, factor.value, item.quantity.tolerance))
    .map((factor) => `${factor.label} (${factor.text})`);
  const far = farAssumptions(working.ingredients, prepared, item, working.bare);
  const missing = [
    ...missingFacts.flatMap((name) => {
      const value = prepared.factValues.get(name);
      return value === undefined ? [] : [{ label: name, text: prepared.allValues[name] ?? name, value }];
    }),
    ...item.factors.filter((factor) => missingFactors.includes(`${factor.label} (${factor.text})`)).flatMap((factor) => (factor.value === undefined ? [] : [{ label: factor.label, text: factor.text, value: factor.value }])),
  ];
  const readable = working.ingredients.filter((ingredient) => !far.some((entry) => entry.text === ingredient.text));
  const misreadFigures = working.bare ? [] : misreadFacts(readable, missing, prepared);
  const misread = working.bare ? misreadFigures : [...misreadFigures, ...misreadRetention(working, readable, missingFacts, item, prepared).filter((entry) => !misreadFigures.some((other) => other.text === entry.text))];
  // A quantity that is one fact (an availability target) may be answered with that fact's figure alone.
  const bare = working.bare && item.facts.length + item.factors.length > 1;
  const foreign = foreignFacts(item, prepared, working);
  const cancelling = cancellingFigures(working, item, prepared);
  const ok = !bare && missingFacts.length === 0 && missingFactors.length === 0 && far.length === 0 && misread.length === 0 && cancelling.length === 0;
  // A bare figure has no parts to leave out: its finding asks for the working instead.
  const missingParts = (working.bare ? [] : (item.quantity.builtFrom?.parts ?? [])).filter((part) => !part.facts.some((name) => usedFacts.includes(name))).map((part) => part.label);
  return { working, usedFacts, missingFacts, missingFactors, far, misread, foreign, cancelling, missingParts, ok };
}
