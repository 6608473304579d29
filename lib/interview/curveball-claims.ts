import type { Curveball, CurveballClaim, WrongClaim } from '../content/rubric-schema';
import { CLAIM_SHARE, readClaim } from '../text/claims';
import type { ClaimReading, ClaimSpec } from '../text/claims';
import { readText } from '../text/read-text';

/** A curveball claim as the step pages need it to take the baseline: what it asserts, not its model sentence. */
export type CurveballClaimCue = Omit<CurveballClaim, 'text'>;

/** A text of the learner's, with where it was written ("the notes of step 4", "the SLA"). */
export type PlacedText = { where: string; text: string };

/** How the learner's texts hold one claim: the best reading over all texts, and where it was. */
export type PlacedReading = ClaimReading & { id: string; share: number; where?: string };

/** An affirmed wrong claim: where, and the learner's clause. */
export type WrongClaimHit = { claim: WrongClaim; clause: string; where: string };

/**
 * The claims a curveball is graded on. Without `claims` in the case, each keyword is one claim
 * (affirmed in an explaining sentence: stated; only in a list: listed; negated: nothing).
 */
export function curveballClaims(curveball: Pick<Curveball, 'keywords'> & { claims?: readonly CurveballClaimCue[] | undefined }): CurveballClaimCue[] {
  if (curveball.claims && curveball.claims.length > 0) return [...curveball.claims];
  return curveball.keywords.map((keyword, index) => ({ id: `keyword-${index + 1}`, keywords: [keyword], assert: [], values: [] }));
}

const nonEmpty = (texts: readonly PlacedText[]) => texts.filter((placed) => typeof placed.text === 'string' && placed.text.trim() !== '');

/**
 * Reads each claim in every text (see lib/text/claims.ts) and keeps its best reading, by the share
 * it earns (stated 1, hedged 1/2, named 1/3, listed 1/4, negated and missing 0); a negated reading
 * is kept over a missing one so its words can be quoted. Pure; each text is read once.
 */
export function readCurveballClaims<C extends ClaimSpec & { id: string }>(texts: readonly PlacedText[], claims: readonly C[]): PlacedReading[] {
  const reads = nonEmpty(texts).map((placed) => ({ where: placed.where, read: readText(placed.text) }));
  return claims.map((claim) => {
    let best: PlacedReading = { id: claim.id, status: 'missing', share: 0 };
    for (const { where, read } of reads) {
      const reading = readClaim(read, claim);
      const share = CLAIM_SHARE[reading.status];
      if (share > best.share || (best.status === 'missing' && reading.status === 'negated')) best = { ...reading, id: claim.id, share, where };
    }
    return best;
  });
}

/** The wrong claims the learner affirmed (stated or hedged, within one clause), first place each. */
export function readWrongClaims(texts: readonly PlacedText[], wrongClaims: readonly WrongClaim[]): WrongClaimHit[] {
  const reads = nonEmpty(texts).map((placed) => ({ where: placed.where, read: readText(placed.text) }));
  const hits: WrongClaimHit[] = [];
  for (const claim of wrongClaims) {
    for (const { where, read } of reads) {
      const reading = readClaim(read, { ...claim, scope: 'clause' });
      if (reading.status === 'stated' || reading.status === 'hedged') {
        hits.push({ claim, clause: reading.clause ?? reading.quote ?? '', where });
        break;
      }
    }
  }
  return hits;
}
