import { matchQuestion } from '../lib/clarify/match-question';
import { listCaseSlugs, loadCase } from '../lib/content/load-cases';
import type { CaseContent } from '../lib/content/parse-case-files';
import type { RoomContext } from '../lib/rooms/room-reducer';
import { roomToSession } from '../lib/rooms/room-to-session';
import { nextCurveballQuestion } from '../lib/rooms/room-curveball';
import { sessionCurveballBaseline } from '../lib/session/curveball-answer';

/**
 * What the server needs from the case content: which cases exist, the scripted interviewer's answer
 * to a question (lib/clarify, from the case facts), the curveball baseline (from the rubric's
 * cues) and the curveball follow-up to ask (lib/rooms/room-curveball.ts, the solo mock's engine). Cases are read from `root`/content/cases once and kept.
 */
export function createRoomCaseContext(root = process.cwd()): {
  caseExists: (slug: string) => boolean;
  suggestAnswer: NonNullable<RoomContext['suggestAnswer']>;
  curveballBaseline: NonNullable<RoomContext['curveballBaseline']>;
  curveballFollowUp: NonNullable<RoomContext['curveballFollowUp']>;
} {
  const slugs = new Set(listCaseSlugs(root));
  const cases = new Map<string, CaseContent>();
  const caseOf = (slug: string): CaseContent | undefined => {
    if (!slugs.has(slug)) return undefined;
    let content = cases.get(slug);
    if (!content) {
      content = loadCase(slug, root);
      cases.set(slug, content);
    }
    return content;
  };
  return {
    caseExists: (slug) => slugs.has(slug),
    suggestAnswer: (slug, text) => {
      const content = caseOf(slug);
      if (!content) return undefined;
      const match = matchQuestion(text, content.rubric);
      const answer = match.second ? `${match.answer} ${match.second.answer}` : match.answer;
      return { answer: answer.slice(0, 4_000), topicId: match.topic };
    },
    curveballBaseline: (state) => {
      const curveball = caseOf(state.caseSlug)?.rubric.curveball;
      if (!curveball) return undefined;
      return sessionCurveballBaseline(roomToSession(state, new Date(state.createdAt)), curveball);
    },
    curveballFollowUp: (state) => {
      const curveball = caseOf(state.caseSlug)?.rubric.curveball;
      // Dated at the room's last change, so the same state always gives the same follow-up.
      return curveball ? nextCurveballQuestion(state, curveball, new Date(state.clock.endedAt ?? state.createdAt)) : undefined;
    },
  };
}
