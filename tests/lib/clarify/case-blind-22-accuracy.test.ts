import { describeCaseBlindBatch } from './case-blind-batch';

/**
 * Batch 22: fifty clarifying questions, ten per case, phrased the way candidates ask them in mock interviews:
 * politeness wrappers ("Would you mind telling me whether ..."), passive voice ("How long are records required to be
 * retained?"), negative questions ("Is there no requirement for ...", "Isn't there a GDPR limit ..."), jargon (RPO/RTO,
 * SLO, blast radius), GDPR deletion, schema evolution, corrections, the team's skills, cost and budget, and one null
 * line per case. Each topic was written down before the matcher ran. Nothing was tuned on it: the printed top-1 is the
 * blind figure, and the 0.5 floor is only a sanity check.
 */
describeCaseBlindBatch(22);
