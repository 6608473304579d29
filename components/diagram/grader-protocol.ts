import type { SceneGrade } from '@/lib/diagram/grade-scene';
import type { DiagramRubric } from '@/lib/diagram/score-diagram';

/** Page → worker: the case's diagram rubric (once), then scenes to grade, numbered. */
export type GraderRequest = { type: 'rubric'; diagram: DiagramRubric } | { type: 'grade'; seq: number; elements: readonly unknown[] };

/** Worker → page: the grade of scene `seq`, or why it could not be graded. */
export type GraderReply = { type: 'graded'; seq: number; grade: SceneGrade } | { type: 'failed'; seq: number; message: string };
