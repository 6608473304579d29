// The live checklist's path after one edit of a 500-element scene, without a browser: what the diagram step's page
// and its grader worker do between the end of an edit and the grade arriving back on the page.
import { createSceneDeltaReceiver, createSceneDeltaSender } from '../../lib/canvas/scene-delta';
import { sceneKey } from '../../lib/canvas/scene-key';
import type { KeyedElement } from '../../lib/canvas/scene-key';
import { measure } from '../../lib/bench/measure';
import type { BenchResult } from '../../lib/bench/measure';
import { gradeScene } from '../../lib/diagram/grade-scene';
import type { Rubric } from '../../lib/content/rubric-schema';
import { busyScene } from '../../tests/lib/canvas/busy-scene';

type Element = KeyedElement & { isDeleted?: boolean } & Record<string, unknown>;

/**
 * Times, per edit (one element at a new version, the next in turn; every 10th edit deletes or restores one), the
 * page's change check (`sceneKey` over the live elements), the delta it sends (lib/canvas/scene-delta.ts), the
 * structured copies of the request and the reply (what `postMessage` costs each way), the worker's scene rebuild and
 * `gradeScene`. A key press or a pointer release is graded at once (the 250 ms debounce holds only while the pointer
 * is down, diagram-workspace.tsx), so this is the whole latency but for the checklist's React render and the
 * messages' hops between threads, which `npm run -s bench -- --browser` (checklist-latency-500) includes.
 * Issue 18's target: 100 ms at 500 elements.
 */
export function benchChecklistWorker(rubric: Rubric, warmup: number): BenchResult {
  const elements = (busyScene().elements as Element[]).map((element) => ({ ...element, version: 1 }));
  const holder = { steps: { diagram: rubric.steps.diagram } };
  const sender = createSceneDeltaSender();
  const receiver = createSceneDeltaReceiver();
  let lastKey = '';
  let edits = 0;
  let seq = 0;
  const edit = () => {
    const at = edits % elements.length;
    const element = elements[at] as Element;
    const deleted = edits % 10 === 9 ? !element.isDeleted : element.isDeleted;
    elements[at] = { ...element, version: element.version + 1, isDeleted: deleted };
    edits += 1;
    return [...elements];
  };
  return measure(
    'checklist-500',
    () => {
      const scene = edit();
      // Page: an edit or only a selection change?
      const key = sceneKey(scene.filter((element) => !element.isDeleted));
      if (key === lastKey) return undefined;
      lastKey = key;
      // Page -> worker, worker -> page: each message is a structured copy.
      const request = structuredClone({ type: 'grade', seq: (seq += 1), scene: sender.next(scene) });
      const grade = gradeScene(receiver.apply(request.scene), holder);
      return structuredClone({ type: 'graded', seq: request.seq, grade });
    },
    { n: 200, warmup },
  );
}
