/** The design step's engine, loaded by the workspace once the learner changes the untouched answer. */
export { scoreDesign } from '@/lib/design/score-design';
