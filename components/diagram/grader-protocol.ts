import type { SceneDelta } from '@/lib/canvas/scene-delta';
import type { SceneGrade } from '@/lib/diagram/grade-scene';
import type { DiagramRubric } from '@/lib/diagram/score-diagram';

/**
 * Page → worker: the case's diagram rubric (once), then scenes to grade, numbered. A scene comes as
 * what changed since the previous one (lib/canvas/scene-delta.ts); the worker keeps the rest.
 */
export type GraderRequest = { type: 'rubric'; diagram: DiagramRubric } | { type: 'grade'; seq: number; scene: SceneDelta };

/** Worker → page: the grade of scene `seq`, or why it could not be graded (the page then sends the next scene whole). */
export type GraderReply = { type: 'graded'; seq: number; grade: SceneGrade } | { type: 'failed'; seq: number; message: string };
