'use client';

import { useState } from 'react';
import type { RoomQuestion } from '@/lib/rooms/room-state-schema';
import { ClarifyTranscript } from '@/components/clarify/clarify-transcript';
import { MainEntities } from '@/components/clarify/main-entities';
import { useSession, useSessionContext } from '@/components/session/session-provider';

/** A question's answer in a room: the interviewer's reply once sent (never the suggestion the interviewer saw). */
function RoomAnswer({ question }: { question: RoomQuestion }) {
  return question.reply ? (
    <p className="chat-answer chat-answer-answer">
      <span className="chat-speaker">Interviewer</span> {question.reply.text}
    </p>
  ) : (
    <p className="chat-answer chat-answer-unsure muted">
      <span className="chat-speaker">Interviewer</span> is answering…
    </p>
  );
}

/**
 * Step 1 in a room: the candidate asks, a person answers. Each question shows the interviewer's answer
 * once sent (never the suggestion the interviewer saw); the main entities are kept as in a mock.
 */
export function RoomClarify({ questions, canAsk }: { questions: readonly RoomQuestion[]; canAsk: boolean }) {
  const ready = useSessionContext().phase === 'ready';
  const ask = useSession((state) => state.ask);
  const [draft, setDraft] = useState('');
  const exchanges = questions.map((question) => ({ key: question.id, question: question.text, answer: <RoomAnswer question={question} /> }));

  return (
    <>
      <ClarifyTranscript
        exchanges={exchanges}
        waiting="Your interviewer is waiting for your first question. Start with scope: what are we building, and for whom?"
        canAsk={canAsk}
        ready={ready}
        draft={draft}
        setDraft={setDraft}
        onAsk={(text) => ask?.(text)}
      />
      <MainEntities />
    </>
  );
}
