'use client';

import { useParams, useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { assertNever } from '@/lib/util/assert-never';
import { CandidateRoom } from './candidate-room';
import { fetchRoomExport } from './export-room';
import { InterviewerConsole } from './interviewer-console';
import { OfflineBanner } from './offline-banner';
import type { RoomCase } from './room-case';
import type { RoomConnection } from './room-connection';
import { useFullRoomCase } from './use-room-case';
import { useRoomConnection } from './use-room-connection';

type RoomAppProps = {
  /** Every case as the candidate may see it (prompts, quantity names, questions; no facts), by slug. */
  cases: Readonly<Record<string, RoomCase>>;
  /** Every case's brief, rendered on the server, by slug. */
  briefs: Readonly<Record<string, ReactNode>>;
};

function NotFound() {
  return (
    <div className="page page-narrow">
      <h1>No such room</h1>
      <p>This link does not open a room: the room may have expired or been closed, or the link is incomplete. Ask the person who opened the room for a new link.</p>
    </div>
  );
}

/** `POST /api/rooms/<id>/close` with the interviewer's token; resolves once the room is closed. */
async function closeRoom(roomId: string, token: string): Promise<void> {
  const response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/close`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 204) throw new Error(`The server answered ${response.status}.`);
}

function InterviewerRoom({ connection, state, brief, token }: { connection: RoomConnection; state: NonNullable<RoomConnection['state']>; brief: ReactNode; token: string }) {
  const full = useFullRoomCase(state.caseSlug, true);
  if (full.state === 'failed') return <p className="notice notice-warn">The case could not be loaded: {full.message}</p>;
  if (full.state === 'loading') return <p className="muted">Loading the case…</p>;
  return <InterviewerConsole connection={connection} state={state} roomCase={full.value} brief={brief} onCloseRoom={() => closeRoom(state.id, token)} onExportRoom={() => fetchRoomExport(state.id, token)} />;
}

/**
 * `/rooms/<id>?t=<token>`: connects with the link's token and shows what the token's role may see:
 * the interviewer's console, the candidate's five steps, or the observer's read-only view.
 */
export function RoomApp({ cases, briefs }: RoomAppProps) {
  const params = useParams<{ id: string }>();
  const token = useSearchParams().get('t') ?? '';
  const connection = useRoomConnection({ roomId: params.id, token });
  const { state, role } = connection;

  if (connection.status === 'gone' && !state) return <NotFound />;
  if (!state || !role) {
    return (
      <div className="page page-narrow">
        <OfflineBanner status={connection.status === 'online' ? 'connecting' : connection.status} pending={connection.pending} />
      </div>
    );
  }
  const roomCase = cases[state.caseSlug];
  if (!roomCase) return <NotFound />;
  const brief = briefs[state.caseSlug];
  switch (role) {
    case 'interviewer':
      return <InterviewerRoom connection={connection} state={state} brief={brief} token={token} />;
    case 'candidate':
      return <CandidateRoom connection={connection} state={state} roomCase={roomCase} brief={brief} readOnly={false} />;
    case 'observer':
      return <CandidateRoom connection={connection} state={state} roomCase={roomCase} brief={brief} readOnly />;
    default:
      return assertNever(role, 'room role');
  }
}
