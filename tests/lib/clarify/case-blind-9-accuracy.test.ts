import { describeCaseBlindBatch } from './case-blind-batch';

/**
 * Batch 9: fifty clarifying questions, ten per case, phrased the way candidates ask them in public
 * interview guides and mock interviews (business wording, premises, lower case, typos, compound
 * questions, statements and small talk), each with the rubric topic an interviewer would answer written
 * down before the matcher ran. Nothing was tuned on it: the printed top-1 is the blind figure, and the
 * 0.5 floor is only a sanity check.
 */
describeCaseBlindBatch(9);
