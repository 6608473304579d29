/**
 * The topics every case answers, so a learner's clarifying questions are scored the same way on
 * every case. A case may add facts of its own, but always under one of these. Without zod: the rubric
 * schema (rubric-schema.ts) builds its enum from this list, and the clarify page only needs the labels.
 */
export const CLARIFY_TOPICS = [
  'scope_reference',
  'oltp_vs_olap',
  'consumers',
  'scale_now',
  'scale_growth',
  'existing_systems',
  'priority_feature',
  'entities',
  'latency_sla',
  'availability',
  'retention',
  'data_format',
  'pii_security',
] as const;

export type ClarifyTopic = (typeof CLARIFY_TOPICS)[number];

export const CLARIFY_TOPIC_LABELS: Record<ClarifyTopic, string> = {
  scope_reference: 'Scope and reference product',
  oltp_vs_olap: 'Transactional or analytical',
  consumers: 'Consumers of the output',
  scale_now: 'Scale today',
  scale_growth: 'Growth and peaks',
  existing_systems: 'Existing systems',
  priority_feature: 'Most important feature',
  entities: 'Main entities',
  latency_sla: 'Latency and SLA',
  availability: 'Availability',
  retention: 'Retention',
  data_format: 'Data formats and schemas',
  pii_security: 'Personal data and security',
};
