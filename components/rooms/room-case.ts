import type { Rubric } from '@/lib/content/rubric-schema';

/** What a room page knows of a case: its title and length, and a rubric (the candidate's part or the whole). */
export type RoomCase = { slug: string; title: string; durationMinutes: number; rubric: Rubric };

/** The path of a case's whole rubric, for the interviewer's console and, once the interview ends, the reports. */
export const roomCaseDataPath = (slug: string) => `/rooms/case-data/${encodeURIComponent(slug)}`;
/** The path of a case's curveball announcement, fetched by the candidate only once it is announced. */
export const roomCurveballPath = (slug: string) => `${roomCaseDataPath(slug)}/curveball`;
