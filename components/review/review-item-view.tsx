'use client';

import { useId } from 'react';
import { findGenerator } from '@/lib/drills/registry';
import type { ReviewItem } from '@/lib/review/review-item-schema';
import { assertNever } from '@/lib/util/assert-never';
import { QuestionCard } from '@/components/practice/question-card';
import type { ReviewContent } from './review-content';
import { ReviewDrill } from './review-drill';
import { ReviewPrompt } from './review-prompt';

type Props = { item: ReviewItem; content: ReviewContent; onAnswered: (correct: boolean) => void; onRemove: () => void };

/** Content can change between visits: an item whose question, drill or prompt is gone can only be removed. */
function GoneItem({ item, onRemove }: { item: ReviewItem; onRemove: () => void }) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{item.title}</h2>
      <p className="notice notice-warn">This {item.kind === 'prompt' ? 'deep-dive question' : item.kind} is no longer in the course, so it cannot be reviewed.</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onRemove}>
          Remove from review
        </button>
      </div>
    </section>
  );
}

/** One due item, rendered the way it was first met: a practice question, a drill or a deep-dive prompt. */
export function ReviewItemView({ item, content, onAnswered, onRemove }: Props) {
  switch (item.kind) {
    case 'question': {
      const topic = content.topics.find((candidate) => candidate.topic === item.topic);
      const index = topic?.questions.findIndex((question) => question.id === item.questionId) ?? -1;
      const question = topic?.questions[index];
      if (!topic || !question) return <GoneItem item={item} onRemove={onRemove} />;
      return (
        <section aria-label={`${topic.title} question`}>
          <h2>{topic.title} question</h2>
          <QuestionCard question={question} topic={topic.topic} number={index + 1} onChecked={(result) => onAnswered(result.correct)} />
        </section>
      );
    }
    case 'drill': {
      const generator = findGenerator(item.generatorId);
      if (!generator) return <GoneItem item={item} onRemove={onRemove} />;
      return <ReviewDrill item={item} generator={generator} onAnswered={onAnswered} />;
    }
    case 'prompt': {
      const entry = content.prompts.find((candidate) => candidate.caseSlug === item.caseSlug && candidate.prompt.id === item.promptId);
      if (!entry) return <GoneItem item={item} onRemove={onRemove} />;
      return <ReviewPrompt prompt={entry.prompt} caseSlug={entry.caseSlug} caseTitle={entry.caseTitle} onAnswered={onAnswered} />;
    }
    default:
      return assertNever(item, 'review item kind');
  }
}
