import { isStorableFollowUpId } from '../deep-dive/follow-up-bounds';
import type { PromptFollowUp } from '../deep-dive/follow-up-schema';
import type { Finding, StepResult } from '../scoring/finding';
import type { RoomCurveballFollowUp, RoomFollowUp } from './room-state-schema';

/*
 * The curveball's follow-ups as a room keeps them, without the text engines (the reducer runs in
 * every browser): which one waits for an answer, and the record the session keeps.
 */

/** The follow-up waiting for the candidate's answer, if any (at most one is open at a time). */
export function pendingFollowUp(followUp: RoomCurveballFollowUp | undefined): RoomFollowUp | undefined {
  return followUp?.asked.find((asked) => asked.answer === undefined);
}

/**
 * The room's follow-ups as the session keeps a mock's: submitted when the candidate said the change
 * was addressed, and each answer by claim id with when it was given.
 */
export function sessionFollowUpOfRoom(followUp: RoomCurveballFollowUp): PromptFollowUp {
  // A Map, then own members: a claim id such as 'constructor' stays an ordinary key ('__proto__' cannot be stored).
  const probes = new Map<string, PromptFollowUp['probes'][string]>();
  for (const asked of followUp.asked) {
    if (asked.answer !== undefined && asked.answeredAt !== undefined && isStorableFollowUpId(asked.pointId) && !probes.has(asked.pointId)) probes.set(asked.pointId, { answer: asked.answer, answeredAt: asked.answeredAt });
  }
  return { submittedAt: followUp.addressedAt, probes: Object.fromEntries(probes) };
}

/**
 * The engine's findings on one follow-up's claim, from the curveball's scored result: the verdict
 * on the answer once given (`curveball.probe.<id>`), else how the claim stands in the candidate's
 * words (`curveball.claim.<id>`).
 */
export function followUpFindings(result: StepResult | undefined, claimId: string): Finding[] {
  if (!result) return [];
  const probe = result.findings.filter((finding) => finding.code === `curveball.probe.${claimId}`);
  return probe.length > 0 ? probe : result.findings.filter((finding) => finding.code === `curveball.claim.${claimId}`);
}
