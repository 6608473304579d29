import type { Probe } from '../content/claim-schema';
import { CLAIM_SHARE } from '../text/claim-share';
import type { ClaimStatus } from '../text/claim-share';
import type { WrongTargetKind } from '../text/claims';

/** A key point's standing after reading the answer: a claim status, or contradicted by a wrong claim or value. */
export type PointStatus = ClaimStatus | 'contradicted';

/** How one key point was judged; `earned` is in points out of `value`. */
export type PointResult = {
  id: string;
  status: PointStatus;
  value: number;
  earned: number;
  /** The learner's words that named the point, verbatim. */
  quote?: string;
  /** The learner's clause around it (or around what contradicted it), verbatim. */
  clause?: string;
  /** Ids of the wrong claims that contradicted it, or "value" for a value that fails its condition. */
  contradictedBy?: string[];
  /** Negated because the learner took it back ("..., scratch that"). */
  retracted?: boolean;
  /** Negated because the learner also affirmed it elsewhere, neither taken back: the affirming clause, verbatim (`clause` denies it). */
  unsettled?: string;
  /** When retracted: the learner's words that took it back ("scratch that", "we won't need it"), verbatim. */
  withdrawnWith?: string;
  /** Set when the point's terms were attached to another subject: the learner's name for it ("the date dimension"). */
  misplacedOn?: string;
  /** With `misplacedOn` for a setting put on the wrong side: where it belongs ("the producer"). */
  misplacedBelongs?: string;
  /** With `misplacedOn`: the point's property was given to the other side of the comparison ("OLTP is columnar"), a swap. */
  swapped?: boolean;
  /** Set when the point's term was given only an object or quantity it rules out: the learner's words for it ("sensor_id", "13 months") and why. */
  wrongTarget?: { said: string; why?: string; kind?: WrongTargetKind };
  /** Set when the learner gave the point's term a definition that says none of the point ("min.insync.replicas is how many consumers ..."): the defining words. */
  misdefined?: { said: string };
  /** Set when the learner stated the point's two steps in the reverse order ("ACK on arrival, then produce"). */
  reversed?: boolean;
  /** Set when the point is missing but the learner repeated the question's words for it, verbatim ("the time-series store"). */
  echoed?: string;
  /** Set when the point was earned with only some of its parts: the labels of those not said ("min.insync.replicas 2"). */
  missingParts?: string[];
  /** Set once a probe was answered: whether the answer was right. */
  probe?: { correct: boolean };
  /**
   * Set when the point is built on another key point that was contradicted (a watermark on windows keyed to arrival
   * time): that point's id and the learner's words that contradicted it. The point earns nothing while it stands.
   */
  builtOn?: { id: string; clause: string };
  /**
   * Set when the point was named only as one possibility in an answer that chooses nothing ("it could resume from the
   * checkpoint, or maybe from latest"): the learner's cue words (see lib/text/commitment.ts). It earns at most OFFERED_SHARE.
   */
  offered?: string;
};

/** An answer to a probe: the ids of the choices picked, or a number in the probe's unit. */
export type ProbeAnswer = { selected: readonly string[] } | { number: number };

/** Share of a point's value earned by each status before any probe. */
export const STATUS_SHARE: Readonly<Record<PointStatus, number>> = { ...CLAIM_SHARE, contradicted: 0 };
/** Share of a point's value after a right probe answer: confirming a hedge earns it all; a bare name confirmed earns two thirds; a reversal one third. */
export const SETTLED_SHARE: Readonly<Record<PointStatus, number>> = { stated: 1, hedged: 1, named: 2 / 3, listed: 2 / 3, negated: 1 / 3, contradicted: 1 / 3, missing: 0 };

/**
 * Whether the interviewer should ask the point's probe: only when the point was named or listed
 * without explanation, hedged, negated or contradicted. A clear affirmed explained answer needs
 * none, and a point never mentioned is simply missing (nothing to follow up).
 */
export function needsProbe(point: Pick<PointResult, 'status' | 'probe'>): boolean {
  if (point.probe) return false;
  return point.status === 'named' || point.status === 'listed' || point.status === 'hedged' || point.status === 'negated' || point.status === 'contradicted';
}

/** Whether a probe answer is right: exactly the correct choices, or a number within the tolerance. Malformed answers are wrong. */
export function isProbeAnswerRight(probe: Probe, answer: unknown): boolean {
  if ('choices' in probe) {
    const selected = (answer as { selected?: unknown } | null)?.selected;
    if (!Array.isArray(selected)) return false;
    const picked = new Set(selected.filter((item): item is string => typeof item === 'string'));
    const correct = probe.choices.filter((choice) => choice.correct).map((choice) => choice.id);
    return picked.size === correct.length && correct.every((id) => picked.has(id));
  }
  const value = (answer as { number?: unknown } | null)?.number;
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value - probe.answer) <= probe.tolerance + 1e-9;
}

/**
 * Settles a point with the learner's probe answer: a right answer lifts it to `SETTLED_SHARE` of
 * its value, a wrong one leaves it at nothing. A point that needs no probe is returned unchanged.
 */
export function settleWithProbe(point: PointResult, probe: Probe, answer: ProbeAnswer): PointResult {
  if (!needsProbe(point)) return point;
  const correct = isProbeAnswerRight(probe, answer);
  // A right answer never takes back what the point already earned (a wrong number for the right mechanism keeps its half).
  return { ...point, earned: correct ? Math.max(point.earned, point.value * SETTLED_SHARE[point.status]) : 0, probe: { correct } };
}
