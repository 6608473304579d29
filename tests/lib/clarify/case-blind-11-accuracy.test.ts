import { describeCaseBlindBatch } from './case-blind-batch';

/**
 * Batch 11: fifty clarifying questions, ten per case, phrased the way a nervous candidate asks them (long
 * preambles, several questions in one, asking the interviewer to choose), questions about data quality,
 * ownership, SLAs and cost, and questions in the case industry's own jargon (ISO 8583, PANs, ADT/A03, LOINC,
 * OPC UA, H3 hexes, GMV, 3PL), each with the rubric topic an interviewer would answer (null for statements and
 * small talk) written down before the matcher ran. Nothing was tuned on it: the printed top-1 is the blind
 * figure, and the 0.5 floor is only a sanity check.
 */
describeCaseBlindBatch(11);
