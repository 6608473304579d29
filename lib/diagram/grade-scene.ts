import { readScene } from '@/lib/canvas/read-scene';
import type { StepResult } from '@/lib/scoring/finding';
import { scoreDiagram } from './score-diagram';
import type { DiagramRubric } from './score-diagram';
import { unknownComponents } from './unknown-components';
import type { UnknownComponent } from './unknown-components';

/** What the live checklist shows for a scene: its score and findings, and the boxes it could not name. */
export type SceneGrade = { result: StepResult; unknown: UnknownComponent[] };

/**
 * Reads scene elements (Excalidraw's JSON, as stored or as the canvas hands them over) into a graph and
 * grades it: one pure call, so the checklist can run it in a worker or on the main thread alike.
 */
export function gradeScene(elements: unknown, rubric: { steps: { diagram: DiagramRubric } }): SceneGrade {
  const graph = readScene(elements);
  return { result: scoreDiagram(graph, rubric), unknown: unknownComponents(graph) };
}
