import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ReplayApp } from '@/components/rooms/replay-app';

export const metadata: Metadata = { title: 'Interview replay', referrer: 'no-referrer' };

/**
 * A room's replay: the timeline of the interview built from its event log, and at any moment the
 * canvas, worksheet, answers and the engine's score then. Who may open it the token decides (the
 * interviewer always, the candidate after release), so the page itself carries nothing of the room.
 */
export default function RoomReplayPage() {
  return (
    <Suspense fallback={<p className="muted">Opening the replay…</p>}>
      <ReplayApp />
    </Suspense>
  );
}
