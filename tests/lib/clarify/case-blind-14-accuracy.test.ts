import { describeCaseBlindBatch } from './case-blind-batch';

/**
 * Batch 14: fifty clarifying questions, ten per case, phrased the way candidates ask them in mock interviews:
 * a question after a long preamble of the candidate's own assumptions, questions asked in the negative
 * ("there's no need for X, right?"), cost and budget, the team's skills, data quality, backfilling history,
 * deletion and GDPR, two asks joined by "also" (the topic is the first ask), the domain's metric synonyms
 * (TPS, GMV, LOS, MTBF, GBV), terse follow-ups, and one statement or small talk per case (null). Each topic was
 * written down before the matcher ran. Nothing was tuned on it: the printed top-1 is the blind figure, and the
 * 0.5 floor is only a sanity check.
 */
describeCaseBlindBatch(14);
