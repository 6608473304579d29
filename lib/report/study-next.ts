import type { DEEP_DIVE_TOPICS, Rubric } from '../content/rubric-schema';
import { TOPIC_TITLES } from '../practice/topic-titles';
import type { SessionScore } from '../session/score-session';

export type StudyTopic = { topic: (typeof DEEP_DIVE_TOPICS)[number]; title: string };

/**
 * Deep-dive prompts with a key point missed, by the prompt ids the deep-dive findings refer to. A finding flagged
 * `depth` (every point made, not yet exemplary) is not a missed point.
 */
export function missedPromptIds(scored: SessionScore): string[] {
  const deepDive = scored.steps.find((step) => step.step === 'deep-dive');
  const missed = (deepDive?.findings ?? []).filter((finding) => finding.severity === 'missing' && finding.depth !== true);
  return [...new Set(missed.flatMap((finding) => finding.refs ?? []))];
}

/** The topics of those prompts, once each, in the rubric's order: what the practice area should drill next. */
export function studyNextTopics(scored: SessionScore, rubric: Rubric): StudyTopic[] {
  const topics = new Set(missedPrompts(scored, rubric).map((prompt) => prompt.topic));
  return [...topics].map((topic) => ({ topic, title: TOPIC_TITLES[topic] }));
}

/** The deep-dive prompts themselves, in the rubric's order: what the review queue can ask again. */
export function missedPrompts(scored: SessionScore, rubric: Rubric): Rubric['steps']['deep-dive']['prompts'] {
  const missed = new Set(missedPromptIds(scored));
  return rubric.steps['deep-dive'].prompts.filter((prompt) => missed.has(prompt.id));
}

/** Missed prompts the learner did answer: the review queue asks them again; unanswered ones are for the lessons. */
export function missedAnsweredPrompts(scored: SessionScore, rubric: Rubric, answers: Readonly<Record<string, string>>): Rubric['steps']['deep-dive']['prompts'] {
  return missedPrompts(scored, rubric).filter((prompt) => (answers[prompt.id] ?? '').trim() !== '');
}
