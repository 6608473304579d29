import { topicLabelInSentence } from '../content/topic-label';
import type { ClarifyTopic } from '../content/clarify-topics';

/**
 * The only things the interviewer says that are not fact texts from the rubric. None of them
 * states anything about the case, so the interviewer never invents facts.
 */
export const NOT_A_QUESTION_LINE =
  'That sounds like a statement or a design decision rather than a question. Keep it for the design step, or ask me about the requirements.';

/** The reply to thanks, greetings and acknowledgements: polite, and back to the requirements. */
export const SMALL_TALK_LINE = 'Sure. What else would you like to know about the requirements?';

/** The reply to a question that only reads the brief back: it confirms nothing beyond the brief. */
export const ECHO_LINE = 'Yes, that is what the brief says. What do you need to know beyond it?';

/** The reply to a question the learner took back in the same breath. */
export const WITHDRAWN_LINE = 'All right, you took that back. Ask me when you want to know.';

/** The reply to an ask put off until later ("we could ask about retention later"): nothing was asked yet. */
export const DEFERRED_LINE = 'Fine. When you want to know, ask me: the design will need it.';

/** The reply to a product choice put up for approval ("Kafka plus Flink, that works?"): the choice is the learner's, later. */
export const PITCH_LINE = 'That is a design choice, and yours to make in the design step. What do you need to know about the requirements to make it?';

/** The reply to a question about what another company does ("What does Uber do for surge?"): the interviewer speaks for this business only. */
export function otherOrganisationLine(organisation: string): string {
  return `I can only speak for this business, not for ${organisation}. What do you need to know about ours?`;
}

/** The reply to a question about another business's things (drivers and GPS pings asked of a card issuer). */
export function otherBusinessLine(words: readonly string[]): string {
  const named = words.slice(0, 3).map((word) => `"${word}"`).join(', ');
  return `That's not this system: this business has no ${named}. What do you need to know about ours?`;
}

export const EMPTY_QUESTION_LINE = 'Ask me a question about the requirements.';

export function unsureLine(suggestions: readonly ClarifyTopic[]): string {
  const labels = suggestions.map((topic) => topicLabelInSentence(topic));
  const options = labels.length > 0 ? ` Did you mean ${labels.join(' or ')}?` : '';
  return `I am not sure what you are asking.${options}`;
}

export function noFactLine(topic: ClarifyTopic): string {
  return `This case does not pin down ${topicLabelInSentence(topic)}: state a reasonable assumption and move on.`;
}
