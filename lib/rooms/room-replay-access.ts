import { assertNever } from '../util/assert-never';
import { projectRoom, projectRoomEvent } from './project-room';
import { applyRoomEvent } from './room-reducer';
import type { RoomRole } from './room-role';
import type { RoomState } from './room-state-schema';
import type { RoomHistory, StoredRoomEvent } from './room-store';

/**
 * Who may open a room's replay: the interviewer always, the candidate once the interviewer has
 * released notes and ratings (the interview is then over), the observer never. `latest` is the room's
 * current state.
 */
export function mayReplay(role: RoomRole, latest: Pick<RoomState, 'released'>): boolean {
  switch (role) {
    case 'interviewer':
      return true;
    case 'candidate':
      return latest.released;
    case 'observer':
      return false;
    default:
      return assertNever(role, 'room role');
  }
}

/**
 * What one role may see of a room's history, event by event as it saw them live (project-room.ts): the
 * first and latest states projected, each event projected with the state right after it, events the
 * role never received left out (their seqs then leave gaps), and no client message ids. The
 * interviewer's history is returned as stored, less the client message ids.
 */
export function projectRoomHistory(history: RoomHistory, role: RoomRole): RoomHistory {
  const events: StoredRoomEvent[] = [];
  let state = history.initial;
  for (const stored of history.events) {
    state = applyRoomEvent(state, stored.event);
    const event = projectRoomEvent(stored.event, role, state);
    if (event) events.push({ seq: stored.seq, at: stored.at, event });
  }
  return {
    initial: projectRoom(history.initial, role),
    events,
    latest: { seq: history.latest.seq, state: projectRoom(history.latest.state, role) },
  };
}
