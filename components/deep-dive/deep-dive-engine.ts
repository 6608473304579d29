/** The deep-dive step's engine (scoring and follow-ups), loaded by the workspace once an answer is typed. */
export { promptInterview } from '@/lib/deep-dive/follow-ups';
export { deepDiveTeachingFeedback } from '@/lib/deep-dive/teaching-feedback';
