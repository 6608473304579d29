// Generated deep-dive drills: the app and the `drill` command import from here.
export { DRILL_GENERATORS, drillView, findGenerator, generatorsForTopic } from './registry';
export { checkDrill, matchAnswer } from './check-drill';
export type { Match } from './check-drill';
export { isValidSeed, MAX_SEED } from './define-generator';
export type { AnswerKey, CheckResult, ChoiceOption, Drill, DrillGenerator, DrillTopic, DrillView, ListItemKind, Mistake } from './types';
