import { describeCaseBlindBatch } from './case-blind-batch';

/**
 * Batch 16: fifty clarifying questions, ten per case, phrased the way candidates ask them in mock interviews:
 * typos and abbreviations ("RPO for the ledger?", "QPS at peek?"), assumptions posed as questions ("I'll assume
 * ~200 GB a day, ok?"), negated questions ("we don't need to worry about GDPR here, do we?"), monitoring and
 * alerting, data quality, schema evolution, multi-tenancy (one platform or one per country/site), retention,
 * three-part questions (the topic is the first ask), and one off-topic line per case (null). Each topic was written
 * down before the matcher ran. Nothing was tuned on it: the printed top-1 is the blind figure, and the 0.5 floor
 * is only a sanity check.
 */
describeCaseBlindBatch(16);
