import type { questionFeedback } from '@/lib/practice/question-feedback';
import type { scoreQuestion } from '@/lib/practice/score-question';

/** The engines that mark a concept question: scoring (with the text-understanding layer) and the feedback built on it. */
export type QuestionGrader = { scoreQuestion: typeof scoreQuestion; questionFeedback: typeof questionFeedback };

let loading: Promise<QuestionGrader> | undefined;

/**
 * Loads the question-marking engines as their own chunk, once per page: a lesson or review page shows
 * its questions without them and fetches them when the learner starts answering. Rejects when the
 * chunk cannot be fetched (offline before it was cached); the next call tries again.
 */
export function loadQuestionGrader(): Promise<QuestionGrader> {
  loading ??= Promise.all([import('@/lib/practice/score-question'), import('@/lib/practice/question-feedback')]).then(
    ([scoring, feedback]) => ({ scoreQuestion: scoring.scoreQuestion, questionFeedback: feedback.questionFeedback }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
