import type { StepAnswers } from '../session/session-schema';
import type { ClarifyTranscript } from './transcript-schema';

/** The learner lists entities one per line or separated by commas. */
export function splitEntities(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((entity) => entity.trim())
    .filter((entity) => entity !== '');
}

/** The clarify answers stored in a session, as the engine (and `grade clarify`) reads them. */
export function transcriptFromAnswers(answers: StepAnswers['clarify']): ClarifyTranscript {
  return { questions: answers.questions.map((question) => question.text), entities: splitEntities(answers.entities) };
}
