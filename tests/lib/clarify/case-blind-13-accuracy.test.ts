import { describeCaseBlindBatch } from './case-blind-batch';

/**
 * Batch 13: fifty clarifying questions, ten per case, phrased the way candidates ask them in mock interviews:
 * questions about people and process (who consumes, who owns, who is on call), questions that bundle three
 * topics, questions with a number the candidate proposes ("is 10k per second about right?"), very short
 * follow-ups ("and peak?", "retention?"), questions in another stack's jargon (Azure, GCP, AWS names), typos and
 * lower case, and one statement or small talk per case (null). Each topic was written down before the matcher
 * ran. Nothing was tuned on it: the printed top-1 is the blind figure, and the 0.5 floor is only a sanity check.
 */
describeCaseBlindBatch(13);
