// The live checklist's grader, off the main thread: the page sends the rubric once, then each scene
// (as what changed since the last one) with a sequence number; the answer carries the number back so
// the page keeps only the newest.
import { createSceneDeltaReceiver } from '@/lib/canvas/scene-delta';
import { gradeScene } from '@/lib/diagram/grade-scene';
import type { DiagramRubric } from '@/lib/diagram/score-diagram';
import type { GraderReply, GraderRequest } from './grader-protocol';

let rubric: { steps: { diagram: DiagramRubric } } | undefined;
const scene = createSceneDeltaReceiver();

self.onmessage = (event: MessageEvent<GraderRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'rubric':
      rubric = { steps: { diagram: request.diagram } };
      return;
    case 'grade': {
      let reply: GraderReply;
      try {
        if (!rubric) throw new Error('the grader has no rubric yet');
        reply = { type: 'graded', seq: request.seq, grade: gradeScene(scene.apply(request.scene), rubric) };
      } catch (error) {
        reply = { type: 'failed', seq: request.seq, message: error instanceof Error ? error.message : String(error) };
      }
      self.postMessage(reply);
      return;
    }
  }
};
