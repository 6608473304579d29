'use client';

import Link from 'next/link';
import { useParams, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { buildRoomReplay, replayStateAfter } from '@/lib/rooms/room-replay';
import type { RoomReplay } from '@/lib/rooms/room-replay';
import type { ReplayMoment } from '@/lib/rooms/room-replay-score';
import type { RoomRole } from '@/lib/rooms/room-role';
import type { RoomHistory } from '@/lib/rooms/room-store';
import type { Rubric } from '@/lib/content/rubric-schema';
import { assertNever } from '@/lib/util/assert-never';
import { ReplayMomentView } from './replay-moment';
import { ReplayTimeline } from './replay-timeline';
import { useFullRoomCase } from './use-room-case';

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'failed'; message: string } | { state: 'ready'; role: RoomRole; replay: RoomReplay };

/** Fetches the role's history of the room (GET /api/rooms/<id>/history with the link's token) and prepares it. */
function useReplay(roomId: string, token: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    fetch(`/api/rooms/${encodeURIComponent(roomId)}/history`, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' })
      .then(async (response) => {
        if (response.status === 404) return { state: 'missing' } as const;
        if (!response.ok) return { state: 'failed', message: `The server answered ${response.status}.` } as const;
        const body = (await response.json()) as { role: RoomRole; history: RoomHistory };
        return { state: 'ready', role: body.role, replay: buildRoomReplay(body.history) } as const;
      })
      .catch((error: unknown) => ({ state: 'failed', message: error instanceof Error ? error.message : String(error) }) as const)
      .then((result) => {
        if (!cancelled) setLoaded(result);
      });
    return () => {
      cancelled = true;
    };
  }, [roomId, token]);
  return loaded;
}

type Scorer = (count: number) => ReplayMoment;

/** The replay's scorer (every engine: loaded after first paint), once the case's rubric is here. */
function useScorer(replay: RoomReplay | undefined, rubric: Rubric | undefined): Scorer | undefined {
  const [scorer, setScorer] = useState<{ replay: RoomReplay; score: Scorer } | undefined>(undefined);
  useEffect(() => {
    if (!replay || !rubric) return;
    let cancelled = false;
    void import('@/lib/rooms/room-replay-score').then((module) => {
      if (!cancelled) setScorer({ replay, score: module.createReplayScorer(replay, rubric) });
    });
    return () => {
      cancelled = true;
    };
  }, [replay, rubric]);
  return scorer && scorer.replay === replay ? scorer.score : undefined;
}

function ReplayView({ role, replay }: { role: RoomRole; replay: RoomReplay }) {
  const [count, setCount] = useState(replay.events.length);
  const roomCase = useFullRoomCase(replay.initial.caseSlug, true);
  const rubric = roomCase.state === 'ready' ? roomCase.value.rubric : undefined;
  const scorer = useScorer(replay, rubric);
  const moment = useMemo(() => scorer?.(count), [scorer, count]);
  const state = useMemo(() => moment?.state ?? replayStateAfter(replay, count), [moment, replay, count]);
  const title = roomCase.state === 'ready' ? roomCase.value.title : replay.initial.caseSlug;
  return (
    <div className="room-replay">
      <h1>Replay: {title}</h1>
      <p className="muted">
        {role === 'interviewer' ? 'Interviewer view: suggested answers, your notes and ratings included.' : 'Your view of the interview, with the notes and ratings your interviewer released.'} Built from the
        room&apos;s log; the scores are the engine&apos;s at each moment.
      </p>
      {roomCase.state === 'failed' ? <p className="notice notice-warn">The case could not be loaded ({roomCase.message}); no scores.</p> : null}
      <ReplayTimeline replay={replay} count={count} onChange={setCount} />
      <ReplayMomentView state={state} score={moment?.score} />
    </div>
  );
}

/** The replay page's client: the token from the link, the history from the server, then the timeline. */
export function ReplayApp() {
  const params = useParams<{ id: string }>();
  const token = useSearchParams().get('t') ?? '';
  const loaded = useReplay(params.id, token);
  switch (loaded.state) {
    case 'loading':
      return <p className="muted">Opening the replay…</p>;
    case 'missing':
      return (
        <div className="panel">
          <h1>No such replay</h1>
          <p>There is no such room, or this link does not open its replay (a candidate&apos;s opens once the interviewer has released the notes).</p>
          <p>
            <Link href="/">Back to the start</Link>
          </p>
        </div>
      );
    case 'failed':
      return (
        <p className="notice notice-warn" role="alert">
          The replay could not be loaded: {loaded.message}
        </p>
      );
    case 'ready':
      return <ReplayView role={loaded.role} replay={loaded.replay} />;
    default:
      return assertNever(loaded, 'replay load state');
  }
}
