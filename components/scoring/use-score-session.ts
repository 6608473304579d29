'use client';

import { useEffect, useState } from 'react';
import type { scoreSession } from '@/lib/session/score-session';

type ScoreSession = typeof scoreSession;

/**
 * The whole-session scorer, loaded after first paint: it carries every engine (the estimate step's
 * mathjs alone is about 190 KB gzip), and the page can show its frame while it arrives.
 */
export function useScoreSession(): ScoreSession | undefined {
  const [engine, setEngine] = useState<{ score: ScoreSession } | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    void import('@/lib/session/score-session').then((module) => {
      if (!cancelled) setEngine({ score: module.scoreSession });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return engine?.score;
}
