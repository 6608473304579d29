import { CLARIFY_TOPICS } from '../../lib/content/clarify-topics';
import { REFERENCE_FILES } from '../../lib/content/reference-files';
import { STEP_IDS } from '../../lib/steps/steps';
import { titleFromSlug } from './slug-title';

/*
 * What `content:new` writes into a new case folder: every file a case has, each placeholder marked
 * TODO (content:check warns on each one left), with the editor-schema line on the YAML files.
 */

/** Where the generated JSON Schemas live, relative to a case folder (content/cases/<slug>/). */
const SCHEMA_DIR = '../../schema';

const caseMdx = (slug: string) => `---
# Shown on the case list and the case page.
title: ${titleFromSlug(slug)}
summary: "TODO: one or two sentences that say what the learner designs and what makes it hard."
domain: "TODO: the business domain"
difficulty: intermediate # beginner, intermediate or advanced
durationMinutes: 45
tags: [batch, streaming]
---

{/* The brief the learner reads first. Say what the company does and what it wants, not the answer:
    the interviewer reveals the numbers only when asked (rubric.yaml, clarify facts). */}

## The brief

TODO: describe the company, its current systems in one sentence, and what leadership asks for.

<Callout title="Why this case">
  TODO: say what this case teaches that the others do not.
</Callout>
`;

/** A fact per clarify topic; scale_now reveals a value so the template quantity has something to use. */
function factsYaml(): string {
  return CLARIFY_TOPICS.map((topic) => {
    const id = topic.replace(/_/g, '-');
    const values = topic === 'scale_now' ? '\n        values:\n          daily_ingest: 100 GB/day' : '';
    return `      - id: ${id}
        topic: ${topic}
        answer: >-
          TODO: what the interviewer says when asked about ${topic.replace(/_/g, ' ')}.${values}`;
  }).join('\n');
}

/** What each rating level means (lib/content/anchor-schema.ts), for the anchors' placeholders. */
const LEVEL_MEANINGS = { 1: 'would not pass', 2: 'is partly there', 3: 'is a solid hire at the level', 4: 'is strong' } as const;

/** Four placeholder level texts at `indent`, distinct per level and naming the case, so no two scaffolds share an anchor. */
const levelsYaml = (indent: string, where: string) =>
  ([1, 2, 3, 4] as const).map((level) => `${indent}${level}: TODO what a candidate who ${LEVEL_MEANINGS[level]} does ${where}, with this case's numbers.`).join('\n');

/** The rubric's `anchors:` block: one set of levels per step and one dimension, all placeholders. */
const anchorsYaml = (caseTitle: string) => `# Optional but wanted: what a 1, 2, 3 and 4 look like in this case, for each step and each quality an
# interviewer rates across a room's interview (the rating form shows them beside each level). 1 would not
# pass, 2 is partly there, 3 is a solid hire at the level, 4 is strong. Quote this case's own numbers and
# traps: the four texts of a step must differ, and an anchor copied from another case is an error.
anchors:
  steps:
${STEP_IDS.map((step) => `    ${step}:\n${levelsYaml('      ', `in the ${step} step of ${caseTitle}`)}`).join('\n')}
  # Qualities rated across the whole interview (1 to 12), each with a kebab-case id.
  dimensions:
    - id: trade-offs
      label: Trade-offs
      about: TODO what the interviewer listens for, e.g. choices tied to this case's SLAs and volumes, with the alternative.
      levels:
${levelsYaml('        ', `when weighing choices in ${caseTitle}`)}
`;

const rubricYaml = (slug: string) => `# yaml-language-server: $schema=${SCHEMA_DIR}/rubric.schema.json
# Everything the engines grade against. The interviewer answers only from these facts.
# Allowed values: AUTHORING.md, "Allowed values". Check with: npm run -s content:check -- <slug>
version: 1
steps:
  clarify:
    prompt: >-
      Ask what you need before designing: scope first, then scale and constraints.
    # How much each topic matters (0 = not scored, default 1).
    topicWeights:
      scope_reference: 3
      scale_now: 3
      latency_sla: 3
    # One or more facts per topic. keywords: extra words that point at the fact;
    # values: numbers the estimate worksheet can use by name (with units).
    facts:
${factsYaml()}
    entities:
      - id: customer
        label: Customer
        synonyms: [user, account]
  estimate:
    prompt: >-
      Size the system from the facts you collected.
    quantities:
      - id: storage_per_year
        title: Raw storage for one year
        dimension: data_size
        unit: TB
        # What a good row uses: facts by name (or their numbers) and the factors that define it.
        builtFrom:
          facts: [daily_ingest]
          factors:
            - { label: a year, value: 1 year }
        reference: daily_ingest * 365 day
        tolerance: 0.25 # within 25% earns full marks
        explanation: >-
          TODO: why the reference is what it is.
  design:
    prompt: >-
      Describe the inputs, the use cases with their SLAs, and the outputs.
    inputs:
      - id: app-database
        label: The application database
        synonyms: [database, oltp, cdc]
        mode: stream # or batch
        why: TODO why this source is a stream in this case.
    outputs:
      - id: dashboards
        label: Dashboards
        synonyms: [dashboard, bi, reports]
    freshnessSeconds: 3600
    processingStyle: both # batch, streaming or both
  diagram:
    prompt: >-
      Draw the full system.
    requiredKinds:
      - { id: source, label: The application database, anyOf: [oltp_database], points: 5, why: "TODO." }
      - { id: stream, label: A durable event stream, anyOf: [kafka], points: 5, why: "TODO." }
      - { id: lake, label: Object storage, anyOf: [object_store, table_format], points: 5, why: "TODO." }
      - { id: dashboards, label: Dashboards, anyOf: [bi_dashboard], points: 5, why: "TODO." }
    flows:
      - { id: to-lake, label: Data reaches the lake, from: [oltp_database], to: [object_store, table_format], points: 10, why: "TODO." }
    errorHandling: []
    antipatterns:
      - { id: dashboards-on-oltp, rule: dashboard-reads-oltp, penalty: 10, why: "TODO." }
  deep-dive:
    prompts:
      - id: kafka-durability
        topic: kafka # kafka, spark-streaming, databases, object-storage, airflow or modelling
        question: TODO a probing question about a component of the design.
        # A key point is a claim: earned when an affirmed clause names a keyword (and, with assert, one word
        # of each assert group). Every key point needs a probe the interviewer asks when it is only named.
        keyPoints:
          - id: replication
            text: TODO one point a strong answer makes, such as replication across three brokers.
            keywords: [replication]
            probe:
              question: TODO a follow-up with a checkable answer (choices, or a number with answer/tolerance/unit).
              choices:
                - { id: right, text: TODO the right choice., correct: true }
                - { id: wrong, text: TODO a tempting wrong choice. }
              explanation: TODO why the right choice is right.
        # Common wrong claims (the seed notes' errors are a good start): an affirmed one costs points.
        wrongClaims: []
# Optional: a requirement change announced during the interview.
curveball:
  afterMinutes: 25
  announcement: TODO what the interviewer announces.
  keywords: [backfill] # words that show the learner addressed it
  kinds: [airflow] # or a component that addresses it on the diagram
  why: TODO why it matters and what a good answer does.
# Optional: the reference star schema.
dataModel:
  facts:
    - { name: fact_event, grain: one row per event, measures: [amount], dimensions: [dim_date] }
  dimensions:
    - { name: dim_date, attributes: [date, month, year] }
${anchorsYaml(titleFromSlug(slug))}`;

const layoutYaml = (slug: string) => `# yaml-language-server: $schema=${SCHEMA_DIR}/reference-layout.schema.json
# The reference diagram, drawn into reference.excalidraw by
#   npm run -s content:draw -- ${slug}
# kinds: AUTHORING.md, "Allowed values". Columns read left to right; extras go in a bottom row.
columns:
  - title: Sources
    components:
      - { id: db, kind: oltp_database, label: "App database" }
  - title: Ingestion
    components:
      - { id: kafka, kind: kafka, label: "Kafka" }
  - title: Processing
    components:
      - { id: stream, kind: spark_streaming, label: "Spark Structured Streaming" }
  - title: Storage
    components:
      - { id: lake, kind: object_store, label: "S3 lake" }
  - title: Serving
    components:
      - { id: bi, kind: bi_dashboard, label: "Dashboards" }
extras:
  - { id: airflow, kind: airflow, label: "Airflow" }
arrows:
  - { from: db, to: kafka, label: "changes" }
  - { from: kafka, to: stream }
  - { from: stream, to: lake }
  - { from: lake, to: bi }
  - { from: airflow, to: stream }
`;

const estimateJson = () => `${JSON.stringify({ rows: [{ name: 'storage_per_year', expr: 'daily_ingest * 365 day' }] }, null, 2)}\n`;

const writeUpMdx = (slug: string) => `---
title: "Model answer: ${titleFromSlug(slug)}"
---

## What was asked

TODO: the problem in one paragraph, with the numbers the facts reveal.

## The design

TODO: each component and why, left to right, and the alternatives a strong candidate names.
`;

/** The files of a new case, name -> text, in the order they are written (reference.excalidraw is drawn after). */
export function scaffoldCaseFiles(slug: string): [string, string][] {
  return [
    ['case.mdx', caseMdx(slug)],
    ['rubric.yaml', rubricYaml(slug)],
    [REFERENCE_FILES.layout, layoutYaml(slug)],
    [REFERENCE_FILES.estimate, estimateJson()],
    [REFERENCE_FILES.writeUp, writeUpMdx(slug)],
  ];
}
