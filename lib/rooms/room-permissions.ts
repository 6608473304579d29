import type { ClientMessageType } from './room-messages';
import type { RoomRole } from './room-role';

const CANDIDATE: ReadonlySet<ClientMessageType> = new Set(['work:set', 'scene:update', 'question:ask', 'step:go', 'curveball:address', 'curveball:answer']);
const INTERVIEWER: ReadonlySet<ClientMessageType> = new Set([
  'question:reply',
  'clock:start',
  'clock:pause',
  'clock:resume',
  'curveball:announce',
  'note:add',
  'ratings:set',
  'room:end',
  'room:release',
  'step:go',
]);

/**
 * Who may send what: the candidate does the work, asks, says the curveball is addressed and answers
 * its follow-ups (nobody else may answer for them); the interviewer answers, runs the clock,
 * notes, rates, ends and releases (and may move the candidate to a step); the observer only watches.
 */
export function maySend(role: RoomRole, type: ClientMessageType): boolean {
  if (role === 'candidate') return CANDIDATE.has(type);
  if (role === 'interviewer') return INTERVIEWER.has(type);
  return false;
}
