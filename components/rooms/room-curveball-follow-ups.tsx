'use client';

import { useId } from 'react';
import type { ProbeAnswer } from '@/lib/deep-dive/probe';
import { describeQuestionAnswer } from '@/lib/interview/probe-question';
import { pendingFollowUp } from '@/lib/rooms/room-follow-ups';
import type { RoomCurveballFollowUp } from '@/lib/rooms/room-state-schema';
import { ProbeQuestionForm } from '@/components/interview/probe-question-form';

type Props = {
  followUp: RoomCurveballFollowUp | undefined;
  /** The candidate during the interview; the observer and anyone after the end only read. */
  canAnswer: boolean;
  onAddress: () => void;
  onAnswer: (claimId: string, answer: ProbeAnswer) => void;
};

/**
 * The curveball's follow-ups as the room's candidate (and observer) sees them, under the changed
 * requirement above every step: a button to say the change is addressed, then each follow-up the
 * interviewer asks (choices or a number, as in a mock), announced in a polite live region that is in
 * the page from the start, and the answers given. Right or wrong is held back until the report.
 */
export function RoomCurveballFollowUps({ followUp, canAnswer, onAddress, onAnswer }: Props) {
  const id = useId();
  const pending = pendingFollowUp(followUp);
  const answered = followUp?.asked.filter((asked) => asked.answer !== undefined) ?? [];
  return (
    <section className="curveball-follow-ups" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">
        Follow-ups on the changed requirement
      </h3>
      <p role="status" aria-live="polite" className={pending ? 'notice notice-warn' : 'visually-hidden'}>
        {pending ? `The interviewer has a follow-up on the changed requirement: ${pending.lead ? `${pending.lead} ` : ''}${pending.question}` : ''}
      </p>
      {pending && canAnswer ? <ProbeQuestionForm key={pending.pointId} question={pending} onAnswer={(answer) => onAnswer(pending.pointId, answer)} /> : null}
      {answered.length > 0 ? (
        <ul className="follow-up-answers" aria-label="Your follow-up answers">
          {answered.map((asked) => (
            <li key={asked.pointId}>
              {asked.question} <strong>You answered: {describeQuestionAnswer(asked, asked.answer!)}</strong>
            </li>
          ))}
        </ul>
      ) : null}
      {canAnswer && !pending ? (
        <div className="button-row">
          <button type="button" className="button" onClick={onAddress}>
            I have addressed the change
          </button>
          <span className="field-hint">
            {followUp ? 'Changed your design or notes since? Say so again and the interviewer may ask about the new words.' : 'The interviewer may ask one question about what you wrote.'}
          </span>
        </div>
      ) : null}
    </section>
  );
}
