import { z } from 'zod';
import { didYouMean } from '../content/check/did-you-mean';
import { uniqueIds } from '../content/unique-ids';
import { checkAsks, promptAsksSchema } from '../content/prompt-asks';
import { NUMBER_TOKEN, analyse } from '../text/analyse';
import { readClaim } from '../text/claims';
import { readText } from '../text/read-text';
import { absoluteSchema, checkOrder, checkParaphrases, claimPartsSchema, claimShape, probeSchema } from '../content/claim-schema';
import { readClaimParts } from '../text/claim-parts';
import { pointClaims } from './point-claims';
import { readDatedForm } from './dated-forms';

/** ids are kebab-case so they read well in URLs, findings and CLI output. */
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "acks-all"');
const text = (max: number) => z.string().trim().min(1).max(max);

export const MAX_OPTIONS = 8;
export const MAX_KEY_POINTS = 8;

/**
 * A keyword is matched as a phrase of canonical stems, so it must survive analysis as something a
 * learner can actually write: not empty, not a lone stop word, and without numbers (every
 * number becomes the same token, so "73 TB" would also match "80 TB").
 */
const keyword = text(80).superRefine((value, ctx) => {
  const { stems, stop } = analyse(value);
  if (stems.length === 0) ctx.addIssue({ code: 'custom', message: `keyword "${value}" has no words to match` });
  else if (stems.includes(NUMBER_TOKEN)) ctx.addIssue({ code: 'custom', message: `keyword "${value}" contains a number, and every number matches every other: use words` });
  else if (stems.length === 1 && stop[0]) ctx.addIssue({ code: 'custom', message: `keyword "${value}" is a stop word and never matches on its own` });
});

/** A dated form of a key point: the words that say it (and what must be asserted with them) and the current form, for the finding. */
export const datedFormSchema = z.strictObject({
  keywords: z.array(keyword).min(1).max(10),
  assert: claimShape.assert,
  /** Current forms that share the dated words ("backfill create" for "airflow backfill"): one affirmed in the same clause means the form is not the dated one. */
  unless: z.array(keyword).max(10).default([]),
  /** Names the version the form belongs to and the current command or setting ("Airflow 1 syntax; Airflow 2 uses ..."). */
  note: text(400),
});

export const keyPointSchema = z
  .strictObject({
    id,
    /** The point in one sentence: shown as the finding, and a model answer in itself. */
    text: text(300),
    /** Any one of these, compared as stems with synonyms and affirmed, names the point (with `parts`: states it whole). */
    keywords: z.array(keyword).max(30).default([]),
    /** Each group must also be affirmed in the same sentence (what is said about it). */
    assert: claimShape.assert,
    /** Values that state the point on their own ("min.insync.replicas=2"). */
    values: claimShape.values,
    /** What the point says to turn off or avoid: negated, it states the point ("turn off auto commit"; see claim-schema.ts). */
    avoid: claimShape.avoid,
    /** The interviewer's checkable follow-up when the point was only named, hedged or contradicted; its answer settles the point. */
    probe: probeSchema.optional(),
    /** What the point is about, without its answer, to end "Your answer does not say ...": shown before the answer is revealed. */
    gap: text(200).optional(),
    /** What the point is about: a keyword attached to another named subject earns nothing (see claim-schema.ts). */
    subject: claimShape.subject,
    /** Other ways to say the point, each with an example sentence (see claim-schema.ts). */
    paraphrases: claimShape.paraphrases,
    /** Two to four parts, each an equal share: a right half earns half and the finding names the other (see lib/text/claim-parts.ts). */
    parts: claimPartsSchema,
    /** The clock the point's term must be set on ("dropped" against event time): said on the other clock it contradicts the point (lib/text/clock.ts). */
    clock: claimShape.clock,
    /**
     * The duration or size the point's term must be given, when one is written ("compact into files of 128 MB-1 GB"): one
     * outside the range earns at most half the point and costs like a misconception; none written costs nothing (see
     * claim-schema.ts, lib/text/claim-quantity.ts).
     */
    quantity: claimShape.quantity,
    /**
     * Older but once-right forms of the point, version by version (Airflow 1's `airflow backfill <dag>`): affirmed, one
     * earns DATED_SHARE of the point and a finding with its `note` naming the current form (lib/practice/dated-forms.ts).
     */
    dated: z.array(datedFormSchema).max(5).optional(),
    /**
     * The id of an earlier key point this one is another route to ("clear the task" or "run a backfill"): the two count as
     * one point, earned by the better of them, so an answer that gives either route has answered that part.
     */
    orWith: id.optional(),
    /**
     * For a point that is an order of two steps ("write the batch, then commit the offsets"; "deploy the task, then clear
     * the runs"): the phrases naming the step that comes `first` and the one that comes `then`, and an `example` stating
     * them the wrong way round. Stated in the reverse order (read from first/then/before/after/once, numbered steps,
     * arrows: lib/text/sequence.ts), the point is contradicted and costs like a misconception.
     */
    order: claimShape.order,
    /**
     * Other key points (ids) that follow from this point's order ("at-least-once" from "commit after the write"): with
     * the order reversed they no longer hold, so one that is stated is contradicted too and costs like a wrong claim
     * (committing before the write is at-most-once, whatever the answer calls it).
     */
    followsOrder: z.array(id).max(4).optional(),
  })
  .superRefine((point, ctx) => {
    checkOrder(point, ctx);
    if (point.followsOrder !== undefined && point.order === undefined) ctx.addIssue({ code: 'custom', path: ['followsOrder'], message: 'names points that follow from an order, but the point has no order' });
    if (point.keywords.length === 0 && (point.parts ?? []).length === 0 && (point.avoid ?? []).length === 0) ctx.addIssue({ code: 'custom', path: ['keywords'], message: 'give keywords, avoid or parts: a point with none can never be stated' });
    checkParaphrases(point, ctx);
  });
export type KeyPoint = z.infer<typeof keyPointSchema>;

export const choiceOptionSchema = z.strictObject({
  id,
  text: text(300),
  correct: z.boolean().default(false),
  /** Why this option is right or wrong, shown in the finding when a learner picks it (or misses it). */
  why: text(600).optional(),
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

export const choiceQuestionSchema = z
  .strictObject({
    id,
    type: z.literal('choice'),
    prompt: text(600),
    /** Several options may be correct; the learner is told to pick all that apply. */
    multiple: z.boolean().default(false),
    options: z.array(choiceOptionSchema).min(2).max(MAX_OPTIONS).check(uniqueIds((option) => option.id, 'option id')),
    /** Shown after answering: why the right options are right and each wrong one is wrong. */
    explanation: text(2000),
  })
  .superRefine((question, ctx) => {
    const correct = question.options.filter((option) => option.correct).length;
    if (correct === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'no option is marked correct: set correct: true on at least one' });
    else if (!question.multiple && correct > 1) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `${correct} options are marked correct: set multiple: true or keep one` });
    }
  });
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>;

/**
 * A known wrong idea (often from the seed notes), as a wrong claim: affirming it (keywords, and
 * each assert group in the same clause) costs half a point and cancels the key points it
 * contradicts; naming it only to reject it ("failOnDataLoss does not give exactly-once") costs nothing.
 */
export const misconceptionSchema = z.strictObject({
  id,
  /** What names the wrong idea; may be empty when `values` name it ("acks=1 ... is just as durable"). */
  keywords: z.array(keyword).max(20).default([]),
  assert: claimShape.assert,
  values: claimShape.values,
  /** Key point ids this wrong idea contradicts. */
  contradicts: z.array(id).max(8).default([]),
  note: text(600),
  /** With `required`, the wrong idea counts only when its keyword is attached to one of these subjects. */
  subject: claimShape.subject,
  /** With `required`, the wrong idea counts only when its keyword is set on this clock ("drops" against the wall clock; lib/text/clock.ts). */
  clock: claimShape.clock,
  /**
   * The wrong idea is the opposite of what the question asks to justify ("fine to point the dashboards at the primary" for
   * OLTP vs OLAP): an answer that affirms it fails, whatever else it gets right (capped at INVERTED_SHARE of its points).
   */
  inverts: z.boolean().default(false),
  /** Wrong only when said absolutely ("no late data is ever dropped", "Spark keeps all state"): see lib/content/claim-schema.ts. */
  absolute: absoluteSchema,
});
export type Misconception = z.infer<typeof misconceptionSchema>;

export const shortQuestionSchema = z
  .strictObject({
    id,
    type: z.literal('short'),
    prompt: text(600),
    keyPoints: z.array(keyPointSchema).min(1).max(MAX_KEY_POINTS).check(uniqueIds((point) => point.id, 'key point id')),
    /** Key points needed for the answer to count as correct; all of them when absent. */
    minKeyPoints: z.number().int().min(1).optional(),
    misconceptions: z.array(misconceptionSchema).max(10).default([]).check(uniqueIds((item) => item.id, 'misconception id')),
    explanation: text(2000),
    /** The parts the prompt asks and the key points answering each (lib/content/prompt-asks.ts); only where it asks two or more things. */
    asks: promptAsksSchema.optional(),
  })
  .superRefine((question, ctx) => {
    checkAsks(question.asks, new Set(question.keyPoints.map((point) => point.id)), ctx);
    if (question.minKeyPoints !== undefined && question.minKeyPoints > question.keyPoints.length) {
      ctx.addIssue({ code: 'custom', path: ['minKeyPoints'], message: `is ${question.minKeyPoints} but there are only ${question.keyPoints.length} key points` });
    }
    // A learner who writes a key point's own sentence must get the point, or the claim is wrong
    // (read as the scorer reads it: with its parts and the other points' subjects as rivals).
    pointClaims(question.keyPoints).forEach(({ spec, parts }, index) => {
      const point = question.keyPoints[index] as KeyPoint;
      const read = readClaimParts(readText(point.text), spec, parts);
      if (read.share < 1) {
        const missing = read.missing.length > 0 ? ` (parts not read: ${read.missing.map((item) => `"${item}"`).join(', ')})` : '';
        ctx.addIssue({ code: 'custom', path: ['keyPoints', index, 'text'], message: `reads as "${read.reading.status}", not "stated"${missing}, so a learner who writes it would not get the point: adjust keywords/assert/parts/subject` });
      }
    });
    question.keyPoints.forEach((point, index) => {
      if (readDatedForm(readText(point.text), point)) ctx.addIssue({ code: 'custom', path: ['keyPoints', index, 'dated'], message: `a dated form fires on the point's own text, so a current answer would be marked dated: narrow its keywords/assert` });
    });
    const known = new Set(question.keyPoints.map((point) => point.id));
    question.keyPoints.forEach((point, index) => {
      if (point.orWith === undefined) return;
      const earlier = question.keyPoints.slice(0, index);
      const partner = earlier.find((other) => other.id === point.orWith);
      if (!partner) ctx.addIssue({ code: 'custom', path: ['keyPoints', index, 'orWith'], message: `"${point.orWith}" is not an earlier key point of this question${didYouMean(point.orWith, known)}` });
      else if (partner.orWith !== undefined || earlier.some((other) => other.orWith === partner.id)) ctx.addIssue({ code: 'custom', path: ['keyPoints', index, 'orWith'], message: `"${point.orWith}" is already in a pair of routes: name two routes, not a chain` });
    });
    question.keyPoints.forEach((point, index) => {
      (point.followsOrder ?? []).forEach((pointId, k) => {
        if (!known.has(pointId) || pointId === point.id) ctx.addIssue({ code: 'custom', path: ['keyPoints', index, 'followsOrder', k], message: `"${pointId}" is not another key point of this question${didYouMean(pointId, known)}` });
      });
    });
    if (question.minKeyPoints !== undefined && question.minKeyPoints > scoredPointCount(question.keyPoints)) {
      ctx.addIssue({ code: 'custom', path: ['minKeyPoints'], message: `is ${question.minKeyPoints} but the key points count as ${scoredPointCount(question.keyPoints)} (routes joined by orWith count once)` });
    }
    question.misconceptions.forEach((misconception, index) => {
      if (misconception.keywords.length === 0 && misconception.values.length === 0) ctx.addIssue({ code: 'custom', path: ['misconceptions', index, 'keywords'], message: 'names nothing: give keywords or values' });
      misconception.contradicts.forEach((pointId, k) => {
        if (!known.has(pointId)) ctx.addIssue({ code: 'custom', path: ['misconceptions', index, 'contradicts', k], message: `unknown key point "${pointId}"${didYouMean(pointId, known)} (known: ${[...known].join(', ')})` });
      });
      question.keyPoints.forEach((point) => {
        const fired = readClaim(readText(point.text), { ...misconception, scope: 'clause' }).status;
        if (fired === 'stated' || fired === 'hedged') ctx.addIssue({ code: 'custom', path: ['misconceptions', index], message: `fires on the text of key point "${point.id}", so a right answer would be marked wrong: narrow its keywords/assert` });
      });
    });
  });
export type ShortQuestion = z.infer<typeof shortQuestionSchema>;

/** How many points a question's key points are scored as: two routes joined by `orWith` count once. */
export function scoredPointCount(points: readonly { orWith?: string | undefined }[]): number {
  return points.filter((point) => point.orWith === undefined).length;
}

export const questionSchema = z.discriminatedUnion('type', [choiceQuestionSchema, shortQuestionSchema]);
export type Question = z.infer<typeof questionSchema>;

/** `content/lessons/<topic>/questions.yaml`: a list of questions. */
export const questionFileSchema = z.array(questionSchema).min(1).max(40).check(uniqueIds((question) => question.id, 'question id'));
export type QuestionFile = z.infer<typeof questionFileSchema>;
