'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createSceneDeltaSender } from '@/lib/canvas/scene-delta';
import type { gradeScene as GradeScene, SceneGrade } from '@/lib/diagram/grade-scene';
import type { DiagramRubric } from '@/lib/diagram/score-diagram';
import type { GraderReply, GraderRequest } from './grader-protocol';

type DiagramRubricHolder = { steps: { diagram: DiagramRubric } };

/** The grading engine on the main thread, downloaded only when the worker cannot grade (once, then shared). */
let mainThreadGrader: Promise<typeof GradeScene> | undefined;
function loadMainThreadGrader() {
  mainThreadGrader ??= import('@/lib/diagram/grade-scene').then((module) => module.gradeScene);
  return mainThreadGrader;
}

/**
 * The live checklist's grade. `regrade(elements)` grades in a Web Worker (diagram-grader.worker.ts) so
 * a 500-element scene never blocks drawing; each scene goes as what changed since the previous one
 * (lib/canvas/scene-delta.ts); answers older than the newest one shown are dropped. The first grade
 * (of `initialElements`) comes from the worker too, so the page downloads the grading engine once:
 * `grade` is undefined until it arrives. Where workers are missing or the worker fails, the engine is
 * loaded on the main thread instead and grades there, with the same result.
 */
export function useSceneGrade(initialElements: readonly unknown[], rubric: DiagramRubricHolder): { grade: SceneGrade | undefined; regrade: (elements: readonly unknown[]) => void } {
  const [grade, setGrade] = useState<SceneGrade | undefined>(undefined);
  const worker = useRef<Worker | undefined>(undefined);
  const requested = useRef(0);
  const shown = useRef(0);
  const latest = useRef<readonly unknown[]>(initialElements);
  // One scene at a time in the worker; edits made meanwhile collapse into the newest, sent next.
  const inFlight = useRef(false);
  const queued = useRef(false);
  // What the worker holds of the scene; reset with each new worker and after a failed grade.
  const [sender] = useState(createSceneDeltaSender);

  const gradeHere = useCallback(
    (seq: number, elements: readonly unknown[]) => {
      void loadMainThreadGrader().then((gradeScene) => {
        // A newer grade (from here or from the worker) may have been shown while the engine loaded.
        if (seq < shown.current) return;
        shown.current = seq;
        setGrade(gradeScene(elements, rubric));
      });
    },
    [rubric],
  );

  useEffect(() => {
    if (typeof Worker === 'undefined') {
      gradeHere((requested.current += 1), latest.current);
      return;
    }
    let instance: Worker;
    try {
      instance = new Worker(new URL('./diagram-grader.worker.ts', import.meta.url), { type: 'module', name: 'diagram-grader' });
    } catch {
      gradeHere((requested.current += 1), latest.current);
      return;
    }
    const send = (request: GraderRequest) => instance.postMessage(request);
    sender.reset();
    instance.onmessage = (event: MessageEvent<GraderReply>) => {
      const reply = event.data;
      inFlight.current = false;
      // The worker may have lost track of the scene: the next one goes whole.
      if (reply.type === 'failed') sender.reset();
      if (queued.current) {
        queued.current = false;
        inFlight.current = true;
        send({ type: 'grade', seq: requested.current, scene: sender.next(latest.current) });
      }
      if (reply.seq < shown.current) return;
      if (reply.type === 'graded') {
        shown.current = reply.seq;
        // Committed now, not in a later scheduler task: a 500-element canvas keeps the main thread busy
        // (its own renders, the save), and a grade queued behind that work reached the checklist late.
        const { grade: next } = reply;
        flushSync(() => setGrade(next));
      } else if (reply.seq === requested.current) {
        gradeHere(reply.seq, latest.current);
      }
    };
    instance.onerror = () => {
      // A worker that cannot start or crashed: grade here from now on, starting with the newest scene.
      instance.terminate();
      if (worker.current === instance) worker.current = undefined;
      inFlight.current = false;
      queued.current = false;
      gradeHere(requested.current, latest.current);
    };
    send({ type: 'rubric', diagram: rubric.steps.diagram });
    worker.current = instance;
    // The first grade (or, after a new rubric, the newest scene's): the scene as it stands now.
    requested.current += 1;
    inFlight.current = true;
    send({ type: 'grade', seq: requested.current, scene: sender.next(latest.current) });
    return () => {
      inFlight.current = false;
      queued.current = false;
      instance.terminate();
      if (worker.current === instance) worker.current = undefined;
    };
  }, [rubric, gradeHere, sender]);

  const regrade = useCallback(
    (elements: readonly unknown[]) => {
      requested.current += 1;
      latest.current = elements;
      const instance = worker.current;
      if (!instance) gradeHere(requested.current, elements);
      else if (inFlight.current) queued.current = true;
      else {
        inFlight.current = true;
        instance.postMessage({ type: 'grade', seq: requested.current, scene: sender.next(elements) } satisfies GraderRequest);
      }
    },
    [gradeHere, sender],
  );

  return { grade, regrade };
}
