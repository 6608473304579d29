import type { ClarifyTopic } from '../content/clarify-topics';

/** Why an interviewer wants each topic asked: shown when a learner never asks it. */
export const TOPIC_REASONS: Readonly<Record<ClarifyTopic, string>> = {
  scope_reference:
    'Without a reference product and a scope you may design the wrong system (a full Amazon when a single retailer was meant) or spend time on parts that are out of scope.',
  oltp_vs_olap:
    'Transactional and analytical systems need different storage, data models and processing; the answer changes the whole design.',
  consumers:
    'Who reads the output and how (dashboards, ad-hoc SQL, ML, an API) decides the serving layer, the data model and the freshness you need.',
  scale_now:
    'Today\'s volumes and rates drive every estimate: storage, throughput, partitioning and the cost of the platform.',
  scale_growth:
    'Growth and peaks such as sale days decide how much headroom to build in and whether the design still works next year.',
  existing_systems:
    'Existing sources, tools and teams constrain the design: what to integrate with, what to migrate, and what you can reuse instead of rebuilding.',
  priority_feature:
    'Knowing the most important feature gives you a starting point and an MVP, so the design answers what the business needs first.',
  entities:
    'The main business objects and their relationships are the basis of the data model and of the pipelines that feed it.',
  latency_sla:
    'Freshness and SLAs decide batch or streaming, the processing schedule and the serving store.',
  availability:
    'How critical the pipeline is (uptime, tolerated downtime, data loss, recovery) decides redundancy, retries and the cost you accept.',
  retention:
    'How long data is kept, archived or deleted sets storage size and cost, and drives tiering and purge jobs.',
  data_format:
    'Input formats, structure and how often schemas change shape ingestion, validation and schema management.',
  pii_security:
    'Personal data and regulations (GDPR, PCI...) require masking, encryption, access control and deletion, and are costly to add late.',
};
