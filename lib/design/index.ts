export { designAnswerSchema, emptyDesignAnswer } from './design-answer-schema';
export type { DesignAnswer, DesignInput, DesignOutput, InputMode, ProcessingStyle } from './design-answer-schema';
export type { DesignCase, DesignRubric } from './design-index';
export { formatDuration } from './format-duration';
export { parseSlaDurations, parseSlaSeconds } from './parse-sla';
export { scoreDesign } from './score-design';
