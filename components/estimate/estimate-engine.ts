/** The estimate step's engine (the worksheet's evaluator and grade, the clarify reading that reveals figures), loaded once the step is touched. */
export { analyseClarify } from '@/lib/clarify/score-clarify';
export { transcriptFromAnswers } from '@/lib/clarify/transcript-from-session';
export { gradeEstimate } from '@/lib/estimate/grade-estimate';
export { availableValuesFor } from '@/lib/estimate/prepare-estimate';
