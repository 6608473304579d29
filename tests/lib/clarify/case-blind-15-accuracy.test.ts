import { describeCaseBlindBatch } from './case-blind-batch';

/**
 * Batch 15: fifty clarifying questions, ten per case, phrased the way candidates ask them in mock interviews:
 * questions in second-language English ("it must come back in how much time?"), spoken questions with fillers
 * ("so, um, if the scoring service, like, falls over"), questions that name a product instead of the need ("do we
 * have Kafka already?"), two asks in one question (the topic is the first ask), failure and on-call, cost of
 * storage, the team's skills, compliance, backfilling history, and one piece of small talk per case (null). Each
 * topic was written down before the matcher ran. Nothing was tuned on it: the printed top-1 is the blind figure,
 * and the 0.5 floor is only a sanity check.
 */
describeCaseBlindBatch(15);
