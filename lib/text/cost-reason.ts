import { readText } from './read-text';
import type { ReadText } from './read-text';
import type { Sentence } from './clauses';
import { statesWhy } from './stated-why';

/**
 * Words that argue a choice by what it costs to run: its price, its bill, what is paid for. "Budget" and "pricing"
 * are not here: "a 100 ms budget" is a latency and "surge pricing" a business's product.
 */
const COST_WORDS: ReadonlySet<string> = new Set([
  'cheap', 'cheaper', 'cheapest', 'cheaply', 'cost', 'costs', 'costly', 'money', 'bill', 'bills', 'pay', 'pays', 'paying', 'spend',
  'spending', 'saving', 'savings', 'saves', 'expensive', 'licence', 'licences', 'license', 'licenses', 'fee', 'fees', 'price', 'priced',
]);

/**
 * Stems that tie a choice to what the business requires of it: a need ("needs", "must", "required"), a bar it clears
 * ("fast enough", "meets", "within", "still", "handles"), a freshness or deadline ("fresh", "latency", "SLA",
 * "deadline", "in time"). Cost beside one of these is a trade-off argued; cost alone is not.
 */
const FIT_STEMS: ReadonlySet<string> = new Set([
  'need', 'must', 'requir', 'enough', 'meet', 'within', 'still', 'fresh', 'fresher', 'freshness', 'latenc', 'sla', 'slo', 'deadlin', 'toler',
  'handl', 'cope', 'suffic', 'fast', 'faster',
]);

/** Units that make a number a duration ("within 30 s", "10 minutes"): a freshness, where a bare number may be a price. */
const DURATION_UNITS: ReadonlySet<string> = new Set(['ms', 's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'day', 'days']);

/** The sentences of a reason read for cost: those argued by cost alone, and how many argue a fit to a requirement. */
export type CostReading = {
  /** Sentences whose only argument is cost ("Lambda because we pay per invocation"), verbatim, in text order. */
  costOnly: string[];
  /** Sentences that tie a choice to a requirement, with or without cost ("cheaper, and still within the 10-second budget"). */
  argued: number;
};

const affirmedWord = (read: ReadText, at: number) => read.tokens[at]?.kind === 'word' && !read.negated[at] && !read.retracted[at];

const isDuration = (read: ReadText, at: number) => read.tokens[at]?.stem === 'num' && DURATION_UNITS.has(read.tokens[at + 1]?.norm ?? '');

function sentenceHas(read: ReadText, sentence: Sentence, test: (at: number) => boolean): boolean {
  for (let at = sentence.from; at < sentence.to; at += 1) if (test(at)) return true;
  return false;
}

/**
 * Reads a reason sentence by sentence: which sentences argue their choice only by cost (a cost word, affirmed, and
 * nothing a requirement asks of the choice: COST_WORDS without FIT_STEMS or a duration), and how many argue a fit to a
 * requirement (a fit word or a duration, or a causal clause with no cost word; lib/text/stated-why.ts). "Kinesis because it
 * is cheaper than MSK", "DynamoDB on-demand so there is no idle cost" argue by cost; "micro-batches keep costs down and
 * are fast enough for alerts" and "S3 is cheapest for ten years of history the engineers need" argue a fit. A cost
 * avoided ("no idle cost") is an argument by cost; a negated fit word ties nothing; withdrawn words count for neither. Pure; never throws.
 */
export function readCostReasons(text: string): CostReading {
  const reading: CostReading = { costOnly: [], argued: 0 };
  if (typeof text !== 'string' || text.trim() === '') return reading;
  const read = readText(text);
  for (const sentence of read.sentences) {
    // "no idle cost", "we don't pay for servers": a cost avoided is still an argument by cost.
    const cost = sentenceHas(read, sentence, (at) => read.tokens[at]?.kind === 'word' && !read.retracted[at] && COST_WORDS.has(read.tokens[at]?.norm ?? ''));
    const fit = sentenceHas(read, sentence, (at) => affirmedWord(read, at) && (FIT_STEMS.has(read.tokens[at]?.stem ?? '') || isDuration(read, at)));
    if (cost && !fit) reading.costOnly.push(sentence.text);
    else if (fit || (!cost && statesWhy(sentence.text))) reading.argued += 1;
  }
  return reading;
}

/** The fewest cost-only sentences that make a reason a case argued on price: one is a remark, two or more a pattern. */
export const COST_ONLY_MIN_SENTENCES = 2;

/**
 * Whether a reason argues its choices by cost alone: COST_ONLY_MIN_SENTENCES or more sentences argued only by what
 * things cost and none tied to a requirement (see `readCostReasons`). An interviewer reads such a design as optimised
 * for the wrong objective: cost is a valid reason only beside the requirement the cheaper choice still meets. Pure.
 */
export function arguesOnlyCost(text: string): string[] | undefined {
  const reading = readCostReasons(text);
  return reading.costOnly.length >= COST_ONLY_MIN_SENTENCES && reading.argued === 0 ? reading.costOnly : undefined;
}

/**
 * Whether the negation over tokens `[from, to)` denies only paying for the thing, not the thing: "we never pay for idle
 * capacity", "no warehouse bill", "no licence fees for the dashboards" keep the capacity, the warehouse and the
 * dashboards; a negated cost word (COST_WORDS) in the same clause, outside the term, says so. "No dashboards" and "no
 * cluster, which saves money" (the cost word affirmed) still deny (false). Pure.
 */
export function deniesOnlyCost(read: ReadText, from: number, to: number): boolean {
  const clause = read.clauseOf[from] ?? -1;
  if (clause < 0 || to <= from) return false;
  return read.tokens.some(
    (token, at) => (at < from || at >= to) && read.clauseOf[at] === clause && token.kind === 'word' && read.negated[at] === true && COST_WORDS.has(token.norm),
  );
}
