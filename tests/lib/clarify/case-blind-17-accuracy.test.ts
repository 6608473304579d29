import { describeCaseBlindBatch } from './case-blind-batch';

/**
 * Batch 17: fifty clarifying questions, ten per case, phrased the way candidates ask them in mock interviews:
 * questions whose topic is only implied by a scenario ("what happens when a plant's internet link goes down for an
 * hour?", "the network does not hear back from us for 3 seconds"), cost and budget (null unless tied to retention),
 * team skills and backfills from existing systems, compliance by name (PCI DSS, HIPAA, GDPR, the works council),
 * SLOs and fail-open behaviour, multi-region and disaster recovery, testing, two-topic questions (the topic is the
 * first ask), and one off-topic line per case (null). Each topic was written down before the matcher ran. Nothing
 * was tuned on it: the printed top-1 is the blind figure, and the 0.5 floor is only a sanity check.
 */
describeCaseBlindBatch(17);
