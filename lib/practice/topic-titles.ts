import type { DEEP_DIVE_TOPICS } from '../content/rubric-schema';

/** How each deep-dive topic is named in the app (kept apart from the schemas so pages stay light). */
export const TOPIC_TITLES: Record<(typeof DEEP_DIVE_TOPICS)[number], string> = {
  kafka: 'Kafka',
  'spark-streaming': 'Spark Structured Streaming',
  databases: 'Databases',
  'object-storage': 'Object storage',
  airflow: 'Airflow',
  modelling: 'Data modelling',
};
