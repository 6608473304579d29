import type { PromptFollowUp } from '../deep-dive/follow-up-schema';
import { promptProbeAnswers } from '../deep-dive/follow-ups';
import { needsProbe, settleWithProbe } from '../deep-dive/probe';
import type { PointResult, ProbeAnswer } from '../deep-dive/probe';
import { interviewerLead, nextProbe, openProbes, settledProbes } from '../deep-dive/probe-flow';
import type { ProbeTurn, SettledProbe } from '../deep-dive/probe-flow';
import { curveballClaims, readCurveballClaims, readWrongClaims } from './curveball-claims';
import type { CurveballClaimCue, PlacedReading, PlacedText, WrongClaimHit } from './curveball-claims';
import type { WrongClaim } from '../content/rubric-schema';

/** Probe answers by curveball claim id. */
export type CurveballProbeAnswers = Readonly<Record<string, ProbeAnswer>>;

/**
 * Each curveball claim as a key point the deep dive's probe machinery can settle (lib/deep-dive/probe):
 * its reading (share of 1), contradicted when an affirmed wrong claim goes against it, then settled by
 * the learner's answer to its probe when it needed one (named, listed, hedged, negated or contradicted):
 * a right answer lifts it to the settled share, a wrong one leaves nothing. In claim order.
 */
export function settleCurveballClaims(readings: readonly PlacedReading[], claims: readonly CurveballClaimCue[], wrong: readonly WrongClaimHit[], answers?: CurveballProbeAnswers): PointResult[] {
  return readings.map((reading, index) => {
    const against = wrong.find((hit) => hit.claim.contradicts.includes(reading.id));
    const clause = against?.clause ?? reading.clause;
    const point: PointResult = {
      id: reading.id,
      status: against ? 'contradicted' : reading.status,
      value: 1,
      earned: against ? 0 : reading.share,
      ...(reading.quote !== undefined ? { quote: reading.quote } : {}),
      ...(clause !== undefined ? { clause } : {}),
    };
    const probe = claims[index]?.probe;
    const answer = answers?.[reading.id];
    return probe && answer !== undefined ? settleWithProbe(point, probe, answer) : point;
  });
}

/** Where the curveball's follow-ups stand: the one to ask now, those still open, those answered. */
export type CurveballInterview = {
  /** The learner said the change is addressed, so the interviewer may follow up. */
  submitted: boolean;
  next?: ProbeTurn;
  /** Claim ids whose follow-up is still open. */
  open: string[];
  /** Every open follow-up as the interviewer would ask it, in claim order (`next` is the first). */
  turns: ProbeTurn[];
  settled: SettledProbe[];
};

/**
 * The interviewer's follow-ups on the curveball, one at a time as in the deep dive: after the learner
 * says the change is addressed, each claim their texts only name, list, hedge, negate or contradict
 * gets its probe. `texts` are where the change can be answered (design and notes), `followUp` the
 * session's record (only answers inside its window count, as for deep-dive prompts).
 */
export function curveballInterview(
  texts: readonly PlacedText[],
  curveball: { keywords: string[]; claims?: readonly CurveballClaimCue[] | undefined; wrongClaims?: readonly WrongClaim[] | undefined },
  followUp: PromptFollowUp | undefined,
): CurveballInterview {
  const claims = curveballClaims(curveball);
  const answers = promptProbeAnswers(followUp);
  const points = settleCurveballClaims(readCurveballClaims(texts, claims), claims, readWrongClaims(texts, curveball.wrongClaims ?? []), answers);
  const submitted = followUp?.submittedAt !== undefined;
  const next = submitted ? nextProbe(claims, points) : undefined;
  const turns: ProbeTurn[] = [];
  if (submitted) {
    claims.forEach((claim, index) => {
      const point = points[index];
      if (claim.probe && point && needsProbe(point)) turns.push({ pointId: claim.id, probe: claim.probe, lead: interviewerLead(point), question: claim.probe.question });
    });
  }
  return { submitted, ...(next ? { next } : {}), open: submitted ? openProbes(claims, points) : [], turns, settled: settledProbes(claims, points, answers) };
}
