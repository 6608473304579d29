'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';

/** The replay page's address for this room, with the token this page was opened with. */
export function replayHref(roomId: string, token: string): string {
  return `/rooms/${encodeURIComponent(roomId)}/replay?t=${encodeURIComponent(token)}`;
}

/** A link from a room's end report to its replay (same token; the server decides whether it opens). */
export function ReplayLink({ roomId }: { roomId: string }) {
  const token = useSearchParams().get('t') ?? '';
  return (
    <p>
      <Link href={replayHref(roomId, token)} className="button">
        Replay the interview
      </Link>{' '}
      <span className="muted">Scrub through it: the canvas, worksheet, answers and the engine&apos;s score at each moment.</span>
    </p>
  );
}
