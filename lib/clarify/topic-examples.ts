import type { ClarifyTopic } from '../content/clarify-topics';

/**
 * One open question per topic, shown when a learner asked a topic only as a leading question or
 * a bare word. Open questions name what to learn and leave the answer to the interviewer; none
 * of them gives a case's facts away.
 */
export const TOPIC_EXAMPLE_QUESTIONS: Readonly<Record<ClarifyTopic, string>> = {
  scope_reference: 'What exactly are we building, and which parts are out of scope?',
  oltp_vs_olap: 'Will this serve transactions one record at a time, or analytical queries over history?',
  consumers: 'Who will use the output, and how will they use it?',
  scale_now: 'How much data do we ingest per day today, in events and in bytes?',
  scale_growth: 'How fast is the volume growing, and how high are the peaks?',
  existing_systems: 'Which systems and tools exist today that we must integrate with?',
  priority_feature: 'Which feature matters most to the business, so we build it first?',
  entities: 'What are the main business objects and how do they relate?',
  latency_sla: 'How fresh must the data be for each consumer?',
  availability: 'How much downtime or data loss can the business tolerate?',
  retention: 'How long must we keep the data, raw and processed?',
  data_format: 'What formats does the data arrive in, and how often does its schema change?',
  pii_security: 'Which personal or regulated data do we hold, and what rules apply to it?',
};
