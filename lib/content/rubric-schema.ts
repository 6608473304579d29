import { z } from 'zod';
import { uniqueIds } from './unique-ids';
import { componentKindSchema } from '../diagram/component-kinds';
import { analyse, contentStems } from '../text/analyse';
import { readClaim } from '../text/claims';
import { readText } from '../text/read-text';
import { absoluteSchema, checkClaimSubject, checkOrder, checkParaphrases, claimPartsSchema, claimShape, probeSchema } from './claim-schema';
import { partSaid } from '../text/claim-parts';
import { DIMENSION_UNITS, dimensionLabel, dimensionSchema, unitHasDimension } from '../units/dimensions';
import { CLARIFY_TOPICS } from './clarify-topics';
import { countRatesAsEvents } from '../units/count-units';
import { checkQuantityReferences } from './check-references';
import { anchorsSchema } from './anchor-schema';
import { didYouMean } from './check/did-you-mean';
import { checkAsks, promptAsksSchema } from './prompt-asks';

/** One of the shared clarify topics (clarify-topics.ts), as a fact or a topic weight names it. */
export const clarifyTopicSchema = z.enum(CLARIFY_TOPICS);

/** ids are kebab-case so they read well in URLs, findings and CLI output. */
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "daily-volume"');
/** Names a worksheet row or fact value can be referred to by in an expression. */
const identifier = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a snake_case name such as "daily_ingest"');
const text = (max: number) => z.string().trim().min(1).max(max);
const words = z.array(text(60)).max(40).default([]);
const points = z.number().min(0).max(100);
const prompt = text(2000).optional();

export const factSchema = z.strictObject({
  id,
  topic: clarifyTopicSchema,
  /** What the interviewer says. Never more than the case's facts: the interviewer does not invent. */
  answer: text(1200),
  /** Extra words that point at this fact beyond its topic's vocabulary. */
  keywords: words,
  /** Numbers this fact reveals, usable by name in the estimate worksheet: `daily_ingest: 200 GB/day`. */
  values: z.record(identifier, z.union([text(80), z.number().transform(String)])).default({}),
});

export const entitySchema = z.strictObject({
  id,
  label: text(60),
  synonyms: words,
  /** Core entities cost points when missed; others are credit when named. */
  core: z.boolean().default(true),
});

const clarifySchema = z.strictObject({
  prompt,
  facts: z.array(factSchema).min(1).check(uniqueIds((fact) => fact.id, 'fact id')),
  entities: z.array(entitySchema).default([]).check(uniqueIds((entity) => entity.id, 'entity id')),
  /** How much each topic matters for this case (0 = not scored). Topics not listed weigh 1. */
  topicWeights: z.partialRecord(clarifyTopicSchema, z.number().min(0).max(10)).default({}),
  /**
   * What the brief already tells the learner, in its own sentences. A yes/no question that only reads
   * these back ("So there are 18 hospitals, correct?") asks nothing new: it is answered, but earns no topic.
   */
  given: z.array(text(400)).max(30).default([]),
  /**
   * Optional: questions in this case's own words, per topic ("how long before Visa gives up on us?" under
   * latency_sla). The interviewer reads a new question like the examples nearest to it, on top of the
   * general examples every case shares (lib/clarify/general-topic-examples.ts). Add one when learners ask
   * a topic in a way the interviewer misreads.
   */
  examples: z.partialRecord(clarifyTopicSchema, z.array(text(400)).max(200)).optional(),
});

export const quantitySchema = z
  .strictObject({
    id: identifier,
    title: text(120),
    dimension: dimensionSchema,
    /** The unit the reference answer is shown in, e.g. `TB`; a count per time (`clicks/s`) is read as events. */
    unit: z
      .string()
      .trim()
      .max(32)
      .transform((unit) => countRatesAsEvents(unit).text),
    /** An expression over the facts' named values, e.g. `daily_ingest * 365 day`. */
    reference: text(300),
    /** Relative tolerance for full marks on the log of the ratio (0.25 = within 25%). */
    tolerance: z.number().gt(0).max(1).default(0.25),
    /** Shown after grading: why the reference is what it is. */
    explanation: text(1200).optional(),
    /**
     * What the quantity is built from, so the grade reads the working and not only the value: the fact
     * values (by name) a good row uses, by name or by their numbers, and the factors that define it
     * (`{ label: a year, value: 1 year }`), matched within the quantity's tolerance.
     */
    builtFrom: z
      .strictObject({
        facts: z.array(identifier).max(12).default([]),
        factors: z.array(z.strictObject({ label: text(80), value: text(80) })).max(6).default([]),
        /**
         * The parts a full answer adds up (retention tiers), each named by the facts only it uses. A row
         * that leaves every fact of a part out has not sized that part: when its value is off it earns
         * nothing, and the finding names the part.
         */
        parts: z.array(z.strictObject({ label: text(80), facts: z.array(identifier).min(1).max(6) })).max(6).optional(),
      })
      .optional(),
    /** The quantity's share of the step relative to the others (default 1): 2 for the figure the case turns on. */
    weight: z.number().positive().max(4).optional(),
  })
  .superRefine((quantity, ctx) => {
    (quantity.builtFrom?.parts ?? []).forEach((part, index) => {
      for (const fact of part.facts) {
        if (!quantity.builtFrom?.facts.includes(fact)) ctx.addIssue({ code: 'custom', path: ['builtFrom', 'parts', index, 'facts'], message: `part "${part.label}" names "${fact}", which is not in builtFrom.facts` });
      }
    });
    if (!unitHasDimension(quantity.unit, quantity.dimension)) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: `expected a unit of ${dimensionLabel(quantity.dimension)} (${DIMENSION_UNITS[quantity.dimension]}), not "${quantity.unit}"` });
    }
  });

const estimateSchema = z.strictObject({
  prompt,
  quantities: z.array(quantitySchema).default([]).check(uniqueIds((quantity) => quantity.id, 'quantity id')),
  /** The fact value (a plain factor such as 1.5) a learner may size next year's growth with. */
  growth: identifier.optional(),
  /**
   * Figures the case implies for assumptions a learner makes on the way (bytes per event): an intermediate
   * value more than 10x from every figure of its dimension is named, even when the final value lands.
   */
  typicalValues: z.array(z.strictObject({ label: text(120), value: text(80) })).max(20).optional(),
});

const namedItem = z.strictObject({ id, label: text(80), synonyms: words });

const designSchema = z.strictObject({
  prompt,
  inputs: z
    .array(
      namedItem.extend({
        mode: z.enum(['batch', 'stream']),
        /** Why the source is batch or stream in this case; shown when a learner declares the other mode. */
        why: text(600).optional(),
      }),
    )
    .default([])
    .check(uniqueIds((item) => item.id, 'design input id')),
  outputs: z
    .array(
      namedItem.extend({
        /**
         * How fresh this consumer's output must be, in seconds (e.g. 300 for the inventory view); an output
         * served from a store that cannot be that fresh (an archive, a nightly report) earns nothing. Optional.
         */
        freshnessSeconds: z.number().positive().optional(),
        /**
         * The use case (id) whose SLA this consumer is served at, e.g. the sales dashboards at the daily-sales
         * SLA: what the learner's SLA says for that use case is the freshness promised to this output. Optional.
         */
        useCase: id.optional(),
      }),
    )
    .default([])
    .check(uniqueIds((item) => item.id, 'design output id')),
  /**
   * The business use cases the learner should state (e.g. daily sales, inventory during sales),
   * matched in the use case and SLA text, listed in the order the business ranks them (the first is the
   * case's first priority, as its priority_feature fact says: the diagram is graded on whether its path is
   * served fresh enough). Optional, not defaulted, so older rubrics and views stay valid.
   */
  useCases: z
    .array(
      namedItem.extend({
        /** This use case's own freshness need in seconds (e.g. 86400 for "daily by 06:00"); its SLA is graded against it. */
        freshnessSeconds: z.number().positive().optional(),
      }),
    )
    .check(uniqueIds((item) => item.id, 'design use case id'))
    .optional(),
  /** The freshest result the business needs, in seconds (e.g. 60 for "within a minute"). */
  freshnessSeconds: z.number().positive().optional(),
  processingStyle: z.enum(['batch', 'streaming', 'both']).optional(),
  /**
   * Records this case must keep as history (a ledger's postings and balances, a patient's record, an audit log),
   * named by their synonyms, with why: a design that updates or overwrites them in place loses the trail the business
   * needs (lib/design/overwritten-history.ts). Optional.
   */
  history: z.array(namedItem.extend({ why: text(600) })).max(10).optional(),
  /**
   * Direct identifiers of people in this case's data (card numbers, cardholder names, patient numbers, e-mail
   * addresses), named by their synonyms, with why: a design that puts them in object paths, partition names, object
   * keys or topic names spreads them where no access control or erasure reaches (lib/design/identifiers-in-paths.ts).
   * Only for cases whose facts hold personal data. Optional.
   */
  identifiers: z.array(namedItem.extend({ why: text(600) })).max(10).optional(),
}).check(
  z.superRefine((design, ctx) => {
    const known = new Set((design.useCases ?? []).map((useCase) => useCase.id));
    design.outputs.forEach((output, at) => {
      if (output.useCase !== undefined && !known.has(output.useCase)) {
        ctx.addIssue({ code: 'custom', path: ['outputs', at, 'useCase'], message: `design output "${output.id}" names use case "${output.useCase}", which is not one of this case's use cases` });
      }
    });
  }),
);

/**
 * A kind that would normally stand in for the named ones (Flink for Spark Structured Streaming, see
 * lib/diagram/kind-equivalence.ts) but does not in this case, with the case's own reason.
 */
const notEquivalent = z
  .array(z.strictObject({ kind: componentKindSchema, why: text(400) }))
  .optional();

const kindRequirement = z.strictObject({
  id,
  label: text(80),
  anyOf: z.array(componentKindSchema).min(1),
  points: points.default(5),
  why: text(600),
  notEquivalent,
});

const diagramSchema = z.strictObject({
  prompt,
  requiredKinds: z.array(kindRequirement).default([]).check(uniqueIds((item) => item.id, 'required kind id')),
  flows: z
    .array(
      z.strictObject({
        id,
        label: text(120),
        from: z.array(componentKindSchema).min(1),
        to: z.array(componentKindSchema).min(1),
        /** Hops the data must pass on the way, in order, each any of a few kinds (e.g. [[kafka], [spark_streaming, flink]]). */
        through: z.array(z.array(componentKindSchema).min(1)).optional(),
        points: points.default(5),
        why: text(600),
        notEquivalent,
        /**
         * How fresh the flow's consumer needs the data, in seconds (surge pricing: 30). A path through a
         * batch job, or through a box or arrow whose label names a slower schedule ("nightly", "every
         * 5 min"), draws the shape but not the flow (lib/diagram/path-freshness.ts). Absent: any cadence.
         */
        freshnessSeconds: z.number().positive().max(31_536_000).optional(),
        /**
         * Words that name the flow's data when its kinds alone do not tell it from another flow's (the EHR access
         * logs, files into object storage like the claims files): the path must end at a box whose label names one
         * of them ("audit store", "privacy office reports"; lib/diagram/flow-subject.ts). Absent: any box of a `to`
         * kind ends it.
         */
        subject: z.array(text(60)).min(1).max(20).optional(),
      }),
    )
    .default([])
    .check(uniqueIds((item) => item.id, 'flow id')),
  errorHandling: z.array(kindRequirement).default([]).check(uniqueIds((item) => item.id, 'error handling id')),
  antipatterns: z
    .array(
      z.strictObject({
        id,
        /**
         * What the rule reads (lib/diagram/score-diagram.ts): `dashboard-reads-oltp`, `single-broker` (the
         * stream drawn as one broker box labelled as one), `no-schema-management`, and `writes-into-source`
         * (an arrow from the lake or warehouse, or a box they feed, back into the operational database the
         * pipeline reads: reverse ETL into the system of record).
         */
        rule: z.enum(['dashboard-reads-oltp', 'single-broker', 'no-schema-management', 'writes-into-source']),
        penalty: points.default(10),
        /**
         * Optional: the most a diagram scores when the rule fires, for a flaw that breaks one of the case's
         * hard requirements whatever else is right (a single broker where acknowledged events must not be
         * lost: hospital admissions, card authorisations). Absent: the penalty alone.
         */
        cap: points.optional(),
        why: text(600),
      }),
    )
    .default([]),
});

export const DEEP_DIVE_TOPICS = ['kafka', 'spark-streaming', 'databases', 'object-storage', 'airflow', 'modelling'] as const;
export const deepDiveTopicSchema = z.enum(DEEP_DIVE_TOPICS);

/** A deep-dive key point is a claim (see claim-schema.ts) with the interviewer's follow-up. */
export const deepDiveKeyPointSchema = z
  .strictObject({
    id,
    /** The point in one sentence: shown as the finding, and a model answer in itself. */
    text: text(300),
    ...claimShape,
    /** Asked when the point was only named, hedged or contradicted; its answer settles the point. */
    probe: probeSchema.optional(),
    /**
     * What the point is about, without its answer, to end "Your answer does not say ...": "what
     * happens to the offsets after a restart". Practice shows it before the answer is revealed.
     */
    gap: text(200).optional(),
    /**
     * The point's separate halves ("replication factor 3", "min.insync.replicas 2", "acks=all"), each read as a
     * claim of its own (keywords or values). A point earned with only some of them earns that share, and its
     * finding names the rest. Content check: the point's own text holds every part.
     */
    parts: claimPartsSchema,
    /**
     * The key points this one is built on ("the watermark" on "windows on event time", "enough partitions" on "key by
     * driver"): when one of them is contradicted (a wrong key, clock or order), this point earns nothing, as an
     * interviewer stops crediting a design built on it. Ids of the same prompt; a right probe answer on the
     * foundation restores it.
     */
    dependsOn: z.array(id).min(1).max(4).optional(),
    /** How much the point counts against the prompt's others (default 1): 2 for the point the question turns on ("Object Lock" for records that must not change). */
    weight: z.number().int().min(1).max(3).default(1),
  })
  .superRefine((point, ctx) => {
    checkClaimSubject(point, ctx);
    (point.parts ?? []).forEach((part, index) => {
      if (!partSaid(readText(point.text), part)) ctx.addIssue({ code: 'custom', path: ['parts', index], message: `the point's own text does not say part "${part.text}": adjust its keywords/values` });
    });
    checkParaphrases(point, ctx);
    checkOrder(point, ctx);
    // A learner who writes the key point's own sentence must get the point, and its negation must not.
    const own = readClaim(readText(point.text), point).status;
    if (own !== 'stated') ctx.addIssue({ code: 'custom', path: ['text'], message: `its own sentence reads as "${own}", not "stated": adjust keywords/assert so a learner who writes it earns the point` });
  });

/** A common wrong answer to a prompt: affirming it costs points and cancels the points it contradicts. */
export const wrongClaimSchema = z
  .strictObject({
    id,
    ...claimShape,
    /** Key point ids this claim contradicts (cancelled when it is affirmed). */
    contradicts: z.array(id).max(8).default([]),
    /**
     * A wrong detail inside the point's own mechanism (Object Lock in governance mode, "acks=1 is enough" next to
     * replication): it cancels the points it contradicts and costs nothing beyond them, so the rest of a right answer
     * keeps its share. `why` names the right value.
     */
    detail: z.boolean().optional(),
    /** Wrong only when said absolutely ("never", "all", "ever", "just as"): see claim-schema.ts. */
    absolute: absoluteSchema,
    /** The lesson to study; the prompt's topic when absent. */
    lesson: deepDiveTopicSchema.optional(),
    /** Why it is wrong, in one or two sentences: shown with the learner's words. */
    why: text(600),
  })
  .superRefine(checkClaimSubject);

export const deepDivePromptSchema = z
  .strictObject({
    id,
    topic: deepDiveTopicSchema,
    question: text(600),
    keyPoints: z.array(deepDiveKeyPointSchema).min(1).check(uniqueIds((point) => point.id, 'key point id')),
    wrongClaims: z.array(wrongClaimSchema).max(12).default([]).check(uniqueIds((claim) => claim.id, 'wrong claim id')),
    /** The parts the question asks and the key points answering each (lib/content/prompt-asks.ts); only where it asks two or more things. */
    asks: promptAsksSchema.optional(),
  })
  .superRefine((item, ctx) => {
    const known = new Set(item.keyPoints.map((point) => point.id));
    checkAsks(item.asks, known, ctx);
    item.keyPoints.forEach((point, index) => {
      (point.dependsOn ?? []).forEach((pointId, k) => {
        if (pointId === point.id) ctx.addIssue({ code: 'custom', path: ['keyPoints', index, 'dependsOn', k], message: `key point "${point.id}" cannot depend on itself` });
        else if (!known.has(pointId)) ctx.addIssue({ code: 'custom', path: ['keyPoints', index, 'dependsOn', k], message: `unknown key point "${pointId}"${didYouMean(pointId, known)} (known: ${[...known].join(', ')})` });
        else if (item.keyPoints.find((other) => other.id === pointId)?.dependsOn?.includes(point.id)) ctx.addIssue({ code: 'custom', path: ['keyPoints', index, 'dependsOn', k], message: `key points "${point.id}" and "${pointId}" depend on each other: one must be the foundation` });
      });
    });
    item.wrongClaims.forEach((claim, index) => {
      claim.contradicts.forEach((pointId, k) => {
        if (!known.has(pointId)) ctx.addIssue({ code: 'custom', path: ['wrongClaims', index, 'contradicts', k], message: `unknown key point "${pointId}"${didYouMean(pointId, known)} (known: ${[...known].join(', ')})` });
      });
      item.keyPoints.forEach((point) => {
        const fired = readClaim(readText(point.text), { ...claim, scope: 'clause' }).status;
        if (fired === 'stated' || fired === 'hedged') ctx.addIssue({ code: 'custom', path: ['wrongClaims', index], message: `fires on the text of key point "${point.id}", so a right answer would be marked wrong: narrow its keywords/assert` });
      });
    });
  });

const deepDiveSchema = z.strictObject({
  prompt,
  prompts: z.array(deepDivePromptSchema).default([]).check(uniqueIds((item) => item.id, 'deep-dive prompt id')),
});

/** A keyword that lib/text reduces to stop words only could never be matched, so refuse it. */
const matchableWord = text(60).refine((word) => contentStems(analyse(word)).length > 0, {
  message: 'keyword has no meaningful word to match (only stop words or numbers): use a word such as "backfill"',
});

/** What a learner must assert to address a curveball: a claim (see claim-schema.ts) with its sentence. */
export const curveballClaimSchema = z
  .strictObject({
    id,
    /** The claim in one sentence: shown in the findings after grading, and a model answer in itself. */
    text: text(300),
    ...claimShape,
    /**
     * The interviewer's one checkable follow-up (a choice or a number) when the response only names,
     * lists, hedges or negates this claim; its answer settles the claim, as a deep-dive key point's probe does.
     */
    probe: probeSchema.optional(),
  })
  .superRefine((claim, ctx) => {
    checkClaimSubject(claim, ctx);
    const own = readClaim(readText(claim.text), claim).status;
    if (own !== 'stated') ctx.addIssue({ code: 'custom', path: ['text'], message: `its own sentence reads as "${own}", not "stated": adjust keywords/assert so a learner who writes it earns the claim` });
  });

/**
 * A change of requirements the interviewer announces mid-interview. The learner addresses it by
 * asserting the case's `claims` in the design or notes (negated, hedged or only listed claims earn
 * little, an affirmed wrong claim costs) and by labelling the change in the diagram (`keywords`, or
 * for half one of the `kinds`). A curveball without `claims` reads each keyword as a claim.
 */
export const curveballSchema = z
  .strictObject({
    afterMinutes: z.number().int('expected a whole number of minutes').min(5, 'expected at least 5 minutes').max(120, 'expected at most 120 minutes'),
    announcement: text(1200),
    /** Words that show where the change lands in a diagram label (and, without `claims`, in the text). */
    keywords: z.array(matchableWord).min(1, 'list at least one keyword that shows the learner addressed the curveball').max(40),
    kinds: z.array(componentKindSchema).min(1).optional(),
    why: text(1200),
    /** What a good response asserts; two of them earn the text's full marks. Optional so older curveballs stay valid. */
    claims: z.array(curveballClaimSchema).min(1).max(8).check(uniqueIds((claim) => claim.id, 'curveball claim id')).optional(),
    /** Common wrong responses: affirming one costs points and cancels the claims it contradicts. */
    wrongClaims: z.array(wrongClaimSchema).max(8).check(uniqueIds((claim) => claim.id, 'curveball wrong claim id')).optional(),
  })
  .superRefine((curveball, ctx) => {
    const claims = curveball.claims ?? [];
    const known = new Set(claims.map((claim) => claim.id));
    (curveball.wrongClaims ?? []).forEach((wrong, index) => {
      wrong.contradicts.forEach((claimId, k) => {
        if (!known.has(claimId)) ctx.addIssue({ code: 'custom', path: ['wrongClaims', index, 'contradicts', k], message: `unknown curveball claim "${claimId}" (known: ${[...known].join(', ')})` });
      });
      claims.forEach((claim) => {
        const fired = readClaim(readText(claim.text), { ...wrong, scope: 'clause' }).status;
        if (fired === 'stated' || fired === 'hedged') ctx.addIssue({ code: 'custom', path: ['wrongClaims', index], message: `fires on the text of claim "${claim.id}", so a right answer would be marked wrong: narrow its keywords/assert` });
      });
    });
  });

const modelName = text(60);

/** The reference dimensional model: fact tables at a stated grain, joined to named dimensions. */
export const dataModelSchema = z
  .strictObject({
    facts: z
      .array(
        z.strictObject({
          name: modelName,
          /** One row per what, e.g. "one row per order item". */
          grain: text(300),
          /** Empty for a factless fact table (events with no numbers). */
          measures: z.array(modelName).max(40),
          dimensions: z.array(modelName).min(1, 'a fact table joins at least one dimension').max(40),
        }),
      )
      .min(1, 'list at least one fact table')
      .check(uniqueIds((fact) => fact.name, 'fact table')),
    dimensions: z
      .array(
        z.strictObject({
          name: modelName,
          attributes: z.array(modelName).min(1, 'list at least one attribute').max(60),
          scd: z.enum(['type1', 'type2'], { error: () => 'expected scd: type1 (overwrite) or type2 (keep history)' }).optional(),
        }),
      )
      .min(1, 'list at least one dimension')
      .check(uniqueIds((dimension) => dimension.name, 'dimension')),
  })
  .superRefine((model, ctx) => {
    const known = new Set(model.dimensions.map((dimension) => dimension.name));
    model.facts.forEach((fact, factIndex) => {
      fact.dimensions.forEach((name, index) => {
        if (!known.has(name)) {
          ctx.addIssue({ code: 'custom', path: ['facts', factIndex, 'dimensions', index], message: `unknown dimension "${name}"${didYouMean(name, known)}: add it under dataModel.dimensions (known: ${[...known].join(', ')})` });
        }
      });
    });
  });

/** Everything the scoring engines need for one case: `content/cases/<slug>/rubric.yaml`. */
export const rubricSchema = z
  .strictObject({
    version: z.literal(1),
    steps: z.strictObject({
      clarify: clarifySchema,
      estimate: estimateSchema.default({ quantities: [] }),
      design: designSchema.default({ inputs: [], outputs: [] }),
      diagram: diagramSchema.default({ requiredKinds: [], flows: [], errorHandling: [], antipatterns: [] }),
      'deep-dive': deepDiveSchema.default({ prompts: [] }),
    }),
    /** Optional: a requirement change announced during the interview. */
    curveball: curveballSchema.optional(),
    /** Optional: the reference star schema, for the modelling deep dive and the write-up. */
    dataModel: dataModelSchema.optional(),
    /** Optional: what a 1-4 looks like for each step and dimension, shown on a room's rating form (anchor-schema.ts). */
    anchors: anchorsSchema.optional(),
  })
  .superRefine((rubric, ctx) => {
    // A value name must mean one thing across the case, or worksheet expressions become ambiguous.
    const owners = new Map<string, { id: string; index: number }>();
    rubric.steps.clarify.facts.forEach((fact, index) => {
      for (const name of Object.keys(fact.values)) {
        const owner = owners.get(name);
        if (owner) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', 'clarify', 'facts', index, 'values', name],
            message: `value "${name}" is already revealed by fact "${owner.id}"`,
            params: { firstPath: ['steps', 'clarify', 'facts', owner.index, 'values', name] },
          });
        } else owners.set(name, { id: fact.id, index });
      }
    });
    for (const { path, message, fix } of checkQuantityReferences(rubric.steps.clarify.facts, rubric.steps.estimate.quantities)) ctx.addIssue({ code: 'custom', path, message, ...(fix ? { params: { fix } } : {}) });
    // A key point's quantity fact is quoted to the learner as what the case says: it must be the case's own words.
    rubric.steps['deep-dive'].prompts.forEach((item, promptIndex) => {
      item.keyPoints.forEach((point, pointIndex) => {
        const fact = point.quantity?.fact;
        if (fact !== undefined && !statesFact(fact, [item.question, ...rubric.steps.clarify.facts.map((known) => known.answer)])) {
          ctx.addIssue({ code: 'custom', path: ['steps', 'deep-dive', 'prompts', promptIndex, 'keyPoints', pointIndex, 'quantity', 'fact'], message: `"${fact}" is not in the prompt's question or any clarify fact: quote the case's own words` });
        }
      });
    });
  });

const squeeze = (value: string) => value.toLowerCase().replace(/\s+/gu, ' ').trim();

/** Whether one of `texts` holds `fact` word for word (case and spacing aside). */
function statesFact(fact: string, texts: readonly string[]): boolean {
  const wanted = squeeze(fact);
  return texts.some((text) => squeeze(text).includes(wanted));
}

export type Rubric = z.infer<typeof rubricSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Quantity = z.infer<typeof quantitySchema>;
export type Curveball = z.infer<typeof curveballSchema>;
export type CurveballClaim = z.infer<typeof curveballClaimSchema>;
export type DataModel = z.infer<typeof dataModelSchema>;
export type DeepDivePrompt = z.infer<typeof deepDivePromptSchema>;
export type DeepDiveKeyPoint = z.infer<typeof deepDiveKeyPointSchema>;
export type WrongClaim = z.infer<typeof wrongClaimSchema>;
