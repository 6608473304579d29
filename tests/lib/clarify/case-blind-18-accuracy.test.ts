import { describeCaseBlindBatch } from './case-blind-batch';

/**
 * Batch 18: fifty clarifying questions, ten per case, phrased the way candidates ask them in mock interviews:
 * questions phrased as worries ("I'm worried about duplicates when the network resends an authorisation"), users,
 * roles and who may see what, data quality and validation of files and feeds, schema changes, late and
 * out-of-order data, deletion and the right to be forgotten, peak events (Black Friday, the annual sale, New Year's
 * Eve, a Monday morning), who reads the reports; polite long preambles before the ask; two-topic questions (the
 * topic is the first ask); and one off-topic line per case (null). Each topic was written down before the matcher
 * ran. Nothing was tuned on it: the printed top-1 is the blind figure, and the 0.5 floor is only a sanity check.
 */
describeCaseBlindBatch(18);
