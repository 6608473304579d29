import { CLARIFY_TOPIC_LABELS } from './clarify-topics';
import type { ClarifyTopic } from './clarify-topics';

/** A topic's label inside a sentence: lower case, but acronyms such as SLA and MVP stay as they are. */
export function topicLabelInSentence(topic: ClarifyTopic): string {
  return CLARIFY_TOPIC_LABELS[topic]
    .split(' ')
    .map((word) => (/^[A-Z]{2,}$/.test(word) ? word : word.toLowerCase()))
    .join(' ');
}
