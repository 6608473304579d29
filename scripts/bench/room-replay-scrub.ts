import { loadCase } from '../../lib/content/load-cases';
import type { BenchResult } from '../../lib/bench/measure';
import { measure } from '../../lib/bench/measure';
import { buildRoomReplay, eventCountAtTime } from '../../lib/rooms/room-replay';
import { createReplayScorer } from '../../lib/rooms/room-replay-score';
import { projectRoom } from '../../lib/rooms/project-room';
import { generateRoomHistory } from '../../tests/lib/rooms/replay-log';

/**
 * Scrubbing a replay: a generated 45-minute interview with 2,000 canvas edits; each run picks a random
 * interview time and computes the room then (from the nearest checkpoint), the candidate's projection
 * and the engine's score per step (room-to-session + score-session, with the
 * scrubber's cache of unchanged steps, as the replay page uses it). Target: p95 under 100 ms.
 */
export function benchRoomReplayScrub(): BenchResult {
  const { rubric } = loadCase('ecommerce-data-platform');
  const history = generateRoomHistory({ edits: 2_000, minutes: 45 });
  const replay = buildRoomReplay(history);
  const momentAt = createReplayScorer(replay, rubric);
  // A fixed seed, so two runs scrub the same moments.
  let seed = 16;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return measure(
    'room-replay-scrub',
    () => {
      const moment = momentAt(eventCountAtTime(replay, random() * replay.durationMs));
      return projectRoom(moment.state, 'candidate');
    },
    { n: 200, warmup: 10 },
  );
}
