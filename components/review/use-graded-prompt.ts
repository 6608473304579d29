'use client';

import { useCallback, useEffect, useState } from 'react';
import type { PromptFollowUp } from '@/lib/deep-dive/follow-up-schema';
import type { PromptInterview } from '@/lib/deep-dive/follow-ups';
import type { PromptGradeRequest } from '@/lib/review/prompt-grade-request';

type Graded = { key: string; state?: PromptInterview; error?: string };

/**
 * A review card's answer graded on the server (POST /api/review/prompt), with the case's rubric as the report grades
 * it, while `active` (submitted or answer shown). Returns the state for exactly the current answer and follow-ups
 * (undefined while it is being graded), or the error that stopped it, and `retry`.
 */
export function useGradedPrompt(caseSlug: string, promptId: string, answer: string, followUp: PromptFollowUp, active: boolean): { state?: PromptInterview; error?: string; retry: () => void } {
  const [graded, setGraded] = useState<Graded | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const request: PromptGradeRequest = { caseSlug, promptId, answer, followUp };
  const key = JSON.stringify(request);

  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    fetch('/api/review/prompt', { method: 'POST', headers: { 'content-type': 'application/json' }, body: key, signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json().catch(() => ({}))) as PromptInterview | { error?: string };
        if (!response.ok) throw new Error('error' in body && typeof body.error === 'string' ? body.error : `the server answered ${response.status}`);
        setGraded({ key, state: body as PromptInterview });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setGraded({ key, error: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [active, key, attempt]);

  const retry = useCallback(() => {
    setGraded(undefined);
    setAttempt((count) => count + 1);
  }, []);
  const current = active && graded?.key === key ? graded : undefined;
  return { ...(current?.state ? { state: current.state } : {}), ...(current?.error ? { error: current.error } : {}), retry };
}
