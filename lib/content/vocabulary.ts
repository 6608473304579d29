import { CLARIFY_TOPICS, CLARIFY_TOPIC_LABELS } from './clarify-topics';
import { DIFFICULTIES } from './case-frontmatter-schema';
import { CURVEBALL_RESPONSE_MINUTES } from './curveball-timing';
import { DEEP_DIVE_TOPICS } from './rubric-schema';
import { COMPONENT_KINDS } from '../diagram/component-kinds';
import { KIND_INFO } from '../diagram/kind-info';
import { DIMENSION_IDS, DIMENSION_UNITS, dimensionLabel } from '../units/dimensions';

export { DIMENSION_UNITS } from '../units/dimensions';

/*
 * The words a mentor may write in a case, with what each means: the one list behind the editor schemas
 * (content/schema/*.json) and the "Allowed values" section of AUTHORING.md, both generated from it.
 */

export type Term = { value: string; description: string };
export type Vocabulary = { id: string; title: string; where: string; terms: Term[] };


const DEEP_DIVE_LABELS: Record<(typeof DEEP_DIVE_TOPICS)[number], string> = {
  kafka: 'Kafka: partitions, replication, delivery guarantees',
  'spark-streaming': 'Spark Structured Streaming: triggers, watermarks, checkpoints',
  databases: 'databases: OLTP vs OLAP, isolation, indexing',
  'object-storage': 'object storage and table formats: layout, compaction, lifecycle',
  airflow: 'Airflow: scheduling, backfills, idempotent tasks',
  modelling: 'data modelling: star schemas, grain, slowly changing dimensions',
};

const DIFFICULTY_LABELS: Record<(typeof DIFFICULTIES)[number], string> = {
  beginner: 'one pipeline, few constraints',
  intermediate: 'batch and streaming together, a real SLA',
  advanced: 'several competing constraints (compliance, exactly-once, scale)',
};

export const ANTIPATTERN_RULES: Term[] = [
  { value: 'dashboard-reads-oltp', description: 'a dashboard or BI tool reads the transactional database directly' },
  { value: 'single-broker', description: 'the event stream is drawn as a single broker (no replication)' },
  { value: 'no-schema-management', description: 'events flow through the stream with no schema registry' },
  { value: 'writes-into-source', description: 'the lake or warehouse writes back into the operational database the pipeline reads (reverse ETL into the system of record)' },
];

/** Every list a mentor needs, in the order AUTHORING.md shows them. */
export function vocabularies(): Vocabulary[] {
  return [
    { id: 'clarify-topics', title: 'Clarify topics', where: 'rubric.yaml: steps.clarify.facts[].topic, steps.clarify.topicWeights', terms: CLARIFY_TOPICS.map((value) => ({ value, description: CLARIFY_TOPIC_LABELS[value] })) },
    {
      id: 'component-kinds',
      title: 'Component kinds',
      where: 'reference-layout.yaml: kind; rubric.yaml: anyOf, from, to, through, notEquivalent, curveball.kinds',
      terms: COMPONENT_KINDS.filter((kind) => kind !== 'unknown').map((value) => ({ value, description: `${KIND_INFO[value].label} (${KIND_INFO[value].category})` })),
    },
    { id: 'dimensions', title: 'Dimensions and their units', where: 'rubric.yaml: steps.estimate.quantities[].dimension and unit', terms: DIMENSION_IDS.map((value) => ({ value, description: `${dimensionLabel(value)}: ${DIMENSION_UNITS[value]}` })) },
    {
      id: 'value-patterns',
      title: 'Values and per-event sizes',
      where: 'rubric.yaml: facts[].values, builtFrom.factors[].value, typicalValues[].value',
      terms: [
        { value: '200 GB/day', description: 'a number and a unit; 10 million, 5.8K and 2bn are read as numbers' },
        { value: '50000 clicks/s', description: 'any count per time is an event rate (clicks, orders, readings...)' },
        { value: '1 KB/event', description: 'a size per event (also B/event, KB/record, bytes/message), for typicalValues' },
        { value: '0.999', description: 'a ratio without a unit (availability), or 99.9%' },
        { value: '1 year', description: 'a duration, e.g. a builtFrom factor; also 365 day, 13 mo' },
      ],
    },
    { id: 'deep-dive-topics', title: 'Deep-dive topics', where: 'rubric.yaml: steps.deep-dive.prompts[].topic, wrongClaims[].lesson', terms: DEEP_DIVE_TOPICS.map((value) => ({ value, description: DEEP_DIVE_LABELS[value] })) },
    { id: 'antipatterns', title: 'Antipattern rules', where: 'rubric.yaml: steps.diagram.antipatterns[].rule', terms: ANTIPATTERN_RULES },
    { id: 'difficulties', title: 'Difficulties', where: 'case.mdx: difficulty', terms: DIFFICULTIES.map((value) => ({ value, description: DIFFICULTY_LABELS[value] })) },
  ];
}

/** The curveball timing rule, in words, for the schema and AUTHORING.md. */
export const CURVEBALL_RULE = `announced at least ${CURVEBALL_RESPONSE_MINUTES} minutes before the end of the interview (afterMinutes <= durationMinutes - ${CURVEBALL_RESPONSE_MINUTES})`;
