import { z } from 'zod';
import { NUMBER_TOKEN, analyse } from '../text/analyse';
import { uniqueIds } from './unique-ids';
import { readClaim } from '../text/claims';
import type { ClaimSpec } from '../text/claims';
import { readText } from '../text/read-text';
import { readOrder } from '../text/sequence';
import { boundInBase } from '../text/claim-quantity';

/**
 * The shapes shared by every "claim" in content: a deep-dive key point, a practice key point, a
 * wrong claim. A claim is earned in a sentence that affirms one of its `keywords` (or one of its
 * `values`) and, for each `assert` group, one phrase of that group; see lib/text/claims.ts.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "acks-all"');
const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * A phrase matched as canonical stems: it must keep a word a learner can write (not only stop
 * words). A number in it matches any number ("type 2" also matches "type 1"), so prefer words or
 * a `values` condition.
 */
export const claimKeywordSchema = text(80).superRefine((value, ctx) => {
  const { stems, stop } = analyse(value);
  if (stems.length === 0) ctx.addIssue({ code: 'custom', message: `keyword "${value}" has no words to match` });
  else if (stems.every((stem) => stem === NUMBER_TOKEN)) ctx.addIssue({ code: 'custom', message: `keyword "${value}" is only numbers, and every number matches every other: use words or a values condition` });
  // A lone stop word never matches (see buildPhraseMatcher); a phrase of them ("only after") does.
  else if (stems.length === 1 && stop[0]) ctx.addIssue({ code: 'custom', message: `keyword "${value}" is a stop word and never matches on its own: use a phrase such as "only after"` });
});

/** A condition on a value the learner writes, by the canonical key `readValues` gives ("replication.factor", "acks"). */
export const valueConditionSchema = z
  .strictObject({
    key: text(80),
    min: z.number().optional(),
    max: z.number().optional(),
    /** Accepted values, compared as numbers or lower-case words ("all", -1, "true"). */
    oneOf: z.array(z.union([z.number(), text(40).transform((value) => value.toLowerCase())])).min(1).max(10).optional(),
  })
  .refine((condition) => condition.min !== undefined || condition.max !== undefined || condition.oneOf !== undefined, { message: 'give min, max or oneOf' });
export type ValueCondition = z.infer<typeof valueConditionSchema>;

/**
 * What a claim's term must be applied by or on: `of` ("time", "day") and the common `wrong` ones ("sensor", "machine id")
 * for "partition by ...", `why` shown with the learner's words; with `required`, the term says the claim only with one of
 * `of` ("windows on the sensor timestamp"). See lib/text/claim-object.ts.
 */
const objectSchema = z
  .strictObject({ of: z.array(claimKeywordSchema).max(30).default([]), wrong: z.array(claimKeywordSchema).max(30).default([]), why: text(400).optional(), required: z.boolean().default(false) })
  .refine((object) => object.of.length > 0 || object.wrong.length > 0, { message: 'give the right objects (of) or the wrong ones (wrong)' })
  .refine((object) => !object.required || object.of.length > 0, { message: 'a required object needs the right objects (of)' });

/**
 * The clock a claim's term must be set on: `event` (the time in the record: the phone's or sensor's timestamp) or
 * `processing` (arrival, ingestion, wall clock); `why` is shown when the learner sets it on the other one; with
 * `required`, the term says the claim only on this clock ("windows" say event time only "on the sensor's timestamp").
 * See lib/text/clock.ts.
 */
const clockSchema = z.strictObject({ of: z.enum(['event', 'processing']), required: z.boolean().default(false), why: text(400).optional() });

/** The fields that make a claim; spread into a strict object. */
export const claimShape = {
  /** Any one of these, affirmed, names what the claim is about (may be empty when `values` name it). */
  keywords: z.array(claimKeywordSchema).max(30).default([]),
  /** Each group must also be affirmed in the same sentence: what is said about it ("resume" about "checkpoint"). */
  assert: z.array(z.array(claimKeywordSchema).min(1).max(30)).max(3).default([]),
  /**
   * Values that state the claim on their own ("RF=3"); a value for the same key that fails the condition contradicts it.
   * In a wrong claim with `assert`, a value states it only with those words in its clause ("acks=1 because
   * min.insync.replicas=2 already guarantees two copies").
   */
  values: z.array(valueConditionSchema).max(3).default([]),
  /**
   * What the claim says to turn off, disable or avoid ("auto commit" for a claim about committing by hand): where the
   * learner negates one ("turn off auto commit", "no auto-commit", "enable.auto.commit=false") the claim is stated;
   * where one is only mentioned, it is named (lib/text/claims.ts).
   */
  avoid: z.array(claimKeywordSchema).max(10).optional(),
  /**
   * What the claim is about ("customer dimension", "bucket"): a keyword the learner attaches to another named
   * subject ("SCD type 2 on the date dimension", "Object Lock for the Redis store") earns nothing and is
   * quoted back; with `required` (wrong claims) only a keyword attached to one of these counts.
   */
  subject: z
    .strictObject({
      of: z.array(claimKeywordSchema).min(1).max(30),
      required: z.boolean().default(false),
      /**
       * In a practice question, this subject is one side of a comparison (OLTP vs OLAP, bronze/silver/gold, measures vs
       * dimensions): a property of another point said about it is misplaced, and the other way round (lib/practice/point-claims.ts).
       * Set false for a subject that is not a side ("order line" for the grain: measures are per order line too).
       */
      contrast: z.boolean().default(true),
    })
    .optional(),
  /**
   * Other ways to say the claim, each with an `example` sentence a learner might write ("the broker refuses a
   * write when fewer than two copies are in sync"): read like the claim, the best reading wins. Content
   * check: each example must read as stated by the claim.
   */
  paraphrases: z
    .array(
      z.strictObject({
        example: text(300),
        keywords: z.array(claimKeywordSchema).min(1).max(30),
        assert: z.array(z.array(claimKeywordSchema).min(1).max(30)).max(3).default([]),
        /** What this wording's term must be applied to ("windows" on "the sensor timestamp"); the claim's own `object` when absent. */
        object: objectSchema.optional(),
        /** The clock this wording's term must be set on ("windows" on event time); the claim's own `clock` when absent. */
        clock: clockSchema.optional(),
      }),
    )
    .max(6)
    .optional(),
  /**
   * For a claim about the order of two steps ("send the ACK only after the write is durable"): phrases naming the
   * step that must come `first` and the one that comes `then`, and an `example` stating them the wrong way round
   * ("ACK on arrival, then produce to Kafka"). A text that states the reverse order contradicts the claim
   * (lib/text/sequence.ts). Content check: the example reads as reversed and the claim's own text does not.
   */
  order: z
    .strictObject({ first: z.array(claimKeywordSchema).min(1).max(20), then: z.array(claimKeywordSchema).min(1).max(20), example: text(300) })
    .optional(),
  /**
   * What the claim's term must be applied by or on, and the common wrong ones: `of` ("time", "day") and `wrong`
   * ("sensor", "machine id") for "partition by ..."; `why` is shown with the learner's words. A term given only
   * a wrong object ("Partition the table by sensor_id") contradicts the claim; a right one explains it
   * (lib/text/claim-object.ts).
   */
  object: objectSchema.optional(),
  /**
   * The duration or size the claim's term must be given in its clause, as quantities with units ("min: 7 years",
   * "max: 1 min"): one outside the range contradicts the claim, one inside explains it; with `required` the claim
   * holds only with one (for a wrong claim "deletes after 13 months") (lib/text/claim-quantity.ts).
   * `cue`: words one of which must stand just before the quantity for it to be read ("older than", "kept", "retention"),
   * where the term's clause may hold other durations (a partition's "1 day" next to a retention's "30 days").
   * `fact`: the case's or question's fact the range comes from, in its words ("pings arrive up to a few minutes late"):
   * a quantity outside the range then contradicts the case, earns at most half of the point, is quoted against the
   * fact in the finding, and caps the prompt (lib/deep-dive/case-fact-cap.ts). Content check: a deep-dive point's
   * fact must stand in its prompt's question or in one of the case's clarify facts.
   */
  quantity: z
    .strictObject({
      dimension: z.enum(['duration', 'data_size']),
      min: text(40).optional(),
      max: text(40).optional(),
      required: z.boolean().default(false),
      why: text(400).optional(),
      cue: z.array(text(40).regex(/[a-z]/iu, 'a cue is a word such as "kept" or "into"')).min(1).max(30).optional(),
      fact: text(300).optional(),
    })
    .superRefine((quantity, ctx) => {
      if (quantity.min === undefined && quantity.max === undefined) ctx.addIssue({ code: 'custom', message: 'give min or max (a quantity with its unit, such as "7 years")' });
      for (const key of ['min', 'max'] as const) {
        const bound = quantity[key];
        if (bound !== undefined && boundInBase(bound, quantity.dimension) === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `"${bound}" is not a ${quantity.dimension === 'duration' ? 'duration such as "7 years" or "90 s"' : 'size such as "256 KB"'}` });
      }
    })
    .optional(),
  /**
   * The clock the claim's term must be set on ("a watermark on event time"): set on the other clock ("watermark on
   * arrival time", "waits ten minutes of wall-clock time") it contradicts the claim (lib/text/clock.ts).
   */
  clock: clockSchema.optional(),
};

/**
 * One part of a two-part claim ("raw as landed" + "append-only, so it can be replayed"): read like a
 * claim of its own; a right part earns its share and the finding names the missing one (see
 * lib/text/claim-parts.ts). `subject`, when absent, is the whole claim's.
 */
export const claimPartSchema = z
  .strictObject({
    /** The part in a few words, named in the finding when it is missing. */
    text: text(200),
    keywords: claimShape.keywords,
    assert: claimShape.assert,
    values: claimShape.values,
    avoid: claimShape.avoid,
    subject: claimShape.subject,
    paraphrases: claimShape.paraphrases,
  })
  .superRefine((part, ctx) => {
    checkClaimSubject(part, ctx);
    checkParaphrases(part, ctx);
  });
export type ClaimPartContent = z.infer<typeof claimPartSchema>;

/** A claim's optional parts: two to four, each an equal share of its value. */
export const claimPartsSchema = z.array(claimPartSchema).min(2).max(4).optional();

/** For a claim's superRefine: each paraphrase's example sentence must read as stated by the whole claim. */
export function checkParaphrases(claim: Omit<ClaimSpec, 'paraphrases'> & { paraphrases?: readonly { example: string; keywords: readonly string[]; assert: readonly (readonly string[])[] }[] | undefined }, ctx: z.RefinementCtx): void {
  (claim.paraphrases ?? []).forEach((paraphrase, index) => {
    const status = readClaim(readText(paraphrase.example), claim).status;
    if (status !== 'stated') ctx.addIssue({ code: 'custom', path: ['paraphrases', index, 'example'], message: `reads as "${status}", not "stated": adjust the paraphrase's keywords/assert so a learner who writes it earns the claim` });
  });
}

/** For a claim's superRefine: an `order` must read its own wrong example as reversed, and the claim's own text (if any) not as reversed. */
export function checkOrder(claim: { text?: string; order?: { first: readonly string[]; then: readonly string[]; example: string } | undefined }, ctx: z.RefinementCtx): void {
  if (!claim.order) return;
  if (readOrder(readText(claim.order.example), claim.order)?.order !== 'reversed') ctx.addIssue({ code: 'custom', path: ['order', 'example'], message: 'does not read as the reverse order: adjust order.first/order.then so a learner who writes it is caught' });
  if (claim.text !== undefined && readOrder(readText(claim.text), claim.order)?.order === 'reversed') ctx.addIssue({ code: 'custom', path: ['order'], message: 'the claim\'s own text reads as the reverse order: swap order.first and order.then' });
}

/** For a claim's superRefine: a claim needs keywords or values, or nothing could ever state it. */
export function checkClaimSubject(claim: { keywords: readonly string[]; values: readonly unknown[]; avoid?: readonly string[] | undefined }, ctx: z.RefinementCtx): void {
  if (claim.keywords.length === 0 && claim.values.length === 0 && (claim.avoid ?? []).length === 0) ctx.addIssue({ code: 'custom', path: ['keywords'], message: 'give keywords or values: a claim with neither can never be stated' });
}

const choiceProbeSchema = z
  .strictObject({
    question: text(600),
    choices: z
      .array(z.strictObject({ id, text: text(300), correct: z.boolean().default(false) }))
      .min(2)
      .max(6)
      .check(uniqueIds((choice) => choice.id, 'choice id')),
    /** Shown once the probe is answered: why the right choice is right. */
    explanation: text(1200),
  })
  .superRefine((probe, ctx) => {
    if (!probe.choices.some((choice) => choice.correct)) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'no choice is marked correct, so the probe cannot be checked: set correct: true on one' });
  });

const numberProbeSchema = z.strictObject({
  question: text(600),
  /** The checkable answer, in `unit`. */
  answer: z.number().finite(),
  /** Absolute tolerance in `unit`: an answer within it is right. */
  tolerance: z.number().min(0).default(0),
  unit: z.string().trim().max(32).default(''),
  explanation: text(1200),
});

/**
 * The interviewer's checkable follow-up on a key point that was only named, hedged or
 * contradicted: either choices with the correct one(s) marked, or a number with a tolerance.
 */
export const probeSchema = z.union([choiceProbeSchema, numberProbeSchema]);
export type Probe = z.infer<typeof probeSchema>;
export type ChoiceProbe = z.infer<typeof choiceProbeSchema>;
export type NumberProbe = z.infer<typeof numberProbeSchema>;

/**
 * How a wrong claim is absolute, when it is a wrong claim only said absolutely: `never` ("no late data is ever dropped",
 * "late events are never discarded") or `always` ("Spark keeps all state", "acks=1 is just as durable as acks=all").
 * A bounded statement ("within the 10 minutes", "until the watermark passes") or a plain one does not make it
 * (lib/text/absolute-claim.ts).
 */
export const absoluteSchema = z.enum(['never', 'always']).optional();
