import { describeCaseBlindBatch } from './case-blind-batch';

/**
 * Batch 20: fifty clarifying questions, ten per case, phrased the way candidates ask them in mock interviews: two
 * topics in one question ("how many events a day and how quickly must they show?"), negative or leading questions
 * ("we don't need real-time, right?"), passive voice ("by whom will ... be used?"), data quality, duplicates and late
 * data, schema changes, deletion requests under GDPR, one consumer's SLA ("by when does finance need ..."), follow-ups
 * that lean on the previous answer ("And at peak?", "And in two years?"), long questions with a preamble about the
 * candidate's reasoning, and one null line per case. A two-topic question carries the topic asked first. Each topic
 * was written down before the matcher ran. Nothing was tuned on it: the printed top-1 is the blind figure, and the 0.5
 * floor is only a sanity check.
 */
describeCaseBlindBatch(20);
