/** The clarify step's engine (the scripted interviewer and the score), loaded once the learner starts asking. */
export { matchQuestion } from '@/lib/clarify/match-question';
export { scoreClarify } from '@/lib/clarify/score-clarify';
export { transcriptFromAnswers } from '@/lib/clarify/transcript-from-session';
