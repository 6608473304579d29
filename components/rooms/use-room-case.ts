'use client';

import { useEffect, useState } from 'react';
import { roomCaseDataPath, roomCurveballPath } from './room-case';
import type { RoomCase } from './room-case';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}.`);
  return (await response.json()) as T;
}

function useFetched<T>(path: string | undefined): Loaded<T> {
  const [loaded, setLoaded] = useState<{ path: string; result: Loaded<T> } | undefined>(undefined);
  useEffect(() => {
    if (!path) return;
    let cancelled = false;
    fetchJson<T>(path).then(
      (value) => !cancelled && setLoaded({ path, result: { state: 'ready', value } }),
      (error: unknown) => !cancelled && setLoaded({ path, result: { state: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      cancelled = true;
    };
  }, [path]);
  return loaded && loaded.path === path ? loaded.result : { state: 'loading' };
}

/** The whole case (rubric with facts, anchors and references) once `enabled`: the interviewer at once, the candidate after the end. */
export function useFullRoomCase(slug: string, enabled: boolean): Loaded<RoomCase> {
  return useFetched<RoomCase>(enabled ? roomCaseDataPath(slug) : undefined);
}

/** The curveball's announcement, fetched once it has been announced. */
export function useCurveballAnnouncement(slug: string, announced: boolean): string | undefined {
  const loaded = useFetched<{ announcement: string }>(announced ? roomCurveballPath(slug) : undefined);
  return loaded.state === 'ready' ? loaded.value.announcement : undefined;
}
