'use client';

import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { checkDrill } from '@/lib/drills/check-drill';
import type { DrillGenerator } from '@/lib/drills/types';
import type { CheckResult } from '@/lib/drills/types';
import { reviewDrillSeed } from '@/lib/review/drill-seed';
import type { ReviewItem } from '@/lib/review/review-item-schema';
import { MarkdownPreview } from '@/components/step/markdown-preview';
import { DrillFeedback } from '@/components/practice/drill-feedback';
import { MAX_DRILL_ANSWER } from '@/components/shared/answer-limits';
import { LengthNote, lengthNoteIds } from '@/components/shared/length-note';

type DrillItem = Extract<ReviewItem, { kind: 'drill' }>;

/** A drill of the kind the learner failed, with the seed this review serves, checked by the shared checker. */
export function ReviewDrill({ item, generator, onAnswered }: { item: DrillItem; generator: DrillGenerator; onAnswered: (correct: boolean) => void }) {
  const id = useId();
  const seed = reviewDrillSeed(item);
  const drill = useMemo(() => generator.generate(seed), [generator, seed]);
  const [answer, setAnswer] = useState('');
  const [result, setResult] = useState<CheckResult | undefined>(undefined);
  const graded = result?.readable === true;

  function onCheck(event: FormEvent) {
    event.preventDefault();
    if (graded || answer.trim() === '' || answer.length > MAX_DRILL_ANSWER) return;
    const checked = checkDrill(drill, answer);
    setResult(checked);
    // An unreadable answer is not graded: the learner rewrites it, and the review item is not spent.
    if (checked.readable) onAnswered(checked.correct);
  }

  return (
    <section className="panel drill" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Drill: {generator.title}</h2>
      <p className="muted drill-seed">
        Drill {generator.id} #{seed}
      </p>
      <MarkdownPreview source={drill.prompt} />
      <form onSubmit={onCheck} className="chat-form">
        <label htmlFor={`${id}-answer`} className="visually-hidden">
          Your answer to the drill
        </label>
        <input id={`${id}-answer`} value={answer} aria-describedby={lengthNoteIds(`${id}-answer`, answer.length, MAX_DRILL_ANSWER)} aria-invalid={answer.length > MAX_DRILL_ANSWER || undefined} readOnly={graded} onChange={(event) => setAnswer(event.target.value)} autoComplete="off" placeholder="Your answer" />
        <button type="submit" className="button button-primary" disabled={answer.trim() === '' || graded || answer.length > MAX_DRILL_ANSWER}>
          Check
        </button>
      </form>
      <LengthNote id={`${id}-answer`} length={answer.length} max={MAX_DRILL_ANSWER} what="Your answer" action="check it" />
      {result ? <DrillFeedback drill={drill} result={result} /> : null}
    </section>
  );
}
