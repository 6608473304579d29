import { describeCaseBlindBatch } from './case-blind-batch';

/**
 * Batch 12: fifty clarifying questions, ten per case, phrased the way candidates ask them in mock interviews:
 * a senior candidate's trade-off framing ("would it be acceptable if..."), questions built on a wrong fact about
 * the case (an issuer taken for an acquirer, cloud control of machines, one EHR vendor everywhere), questions
 * about growth, retention, compliance and backfill, questions in non-native English (dropped articles, word
 * order), and one statement or small talk per case (null). Each topic was written down before the matcher ran.
 * Nothing was tuned on it: the printed top-1 is the blind figure, and the 0.5 floor is only a sanity check.
 */
describeCaseBlindBatch(12);
