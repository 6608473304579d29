import { claimShare, readClaim } from './claims';
import type { ClaimContext, ClaimReading, ClaimSpec } from './claims';
import type { ReadText } from './read-text';

/** One half (or third...) of a two-part claim: what it says, read like a claim of its own. */
export type ClaimPart = ClaimSpec & {
  /** The part in a few words, named in the finding when it is missing ("append-only, so it can be replayed"). */
  text: string;
};

/** How a text holds a claim made of parts. */
export type PartsReading = {
  /** The claim as a whole: stated when every part is; `named` when only some are (`partial`). */
  reading: ClaimReading;
  /** Share of the claim's value earned, 0..1 (each part an equal share, at its status's `CLAIM_SHARE`). */
  share: number;
  /** Some parts stated or hedged, others not: the claim is half there. */
  partial: boolean;
  /** Each part as read, in order. */
  parts: { text: string; reading: ClaimReading }[];
  /** The texts of the parts not stated, for a finding naming what is missing. */
  missing: string[];
};

const RANK: Readonly<Record<ClaimReading['status'], number>> = { stated: 5, hedged: 4, named: 3, listed: 2, negated: 1, missing: 0 };

const partShare = (reading: ClaimReading) => (reading.misplaced ? 0 : claimShare(reading));

/**
 * Reads a claim that has `parts` ("bronze keeps the raw data" + "append-only, so it can be replayed";
 * "partitioning prunes" + "sharding scales writes"): each part is read as a claim of its own (with the
 * whole claim's `subject` and `scope` unless it gives its own subject) and earns an equal share, so a right
 * half earns half and the finding can name the missing half. Every part stated reads as stated; a
 * part misplaced on another subject earns nothing and the reading carries it. The claim's own
 * `keywords`, when given, state the whole claim at once (a phrase that says both halves). Without
 * parts this is `readClaim`. With `context.given` (the question), words copied from it assert nothing (echo.ts). Pure.
 */
export function readClaimParts(read: ReadText, spec: ClaimSpec, parts: readonly ClaimPart[] | undefined, context: ClaimContext = {}): PartsReading {
  const whole: ClaimReading = spec.keywords.length > 0 || (spec.values?.length ?? 0) > 0 || (spec.avoid?.length ?? 0) > 0 ? readClaim(read, spec, context) : { status: 'missing' };
  if (!parts || parts.length === 0) return { reading: whole, share: partShare(whole), partial: false, parts: [], missing: [] };
  if (whole.status === 'stated') return { reading: whole, share: 1, partial: false, parts: [], missing: [] };
  const readings = parts.map((part) => ({
    text: part.text,
    reading: readClaim(read, { ...part, subject: part.subject ?? spec.subject, ...(spec.scope ? { scope: spec.scope } : {}) }, context),
  }));
  const missing = readings.filter((item) => item.reading.status !== 'stated' || item.reading.misplaced).map((item) => item.text);
  const share = readings.reduce((sum, item) => sum + partShare(item.reading), 0) / readings.length;
  if (missing.length === 0) return { reading: readings[0]?.reading ?? whole, share: 1, partial: false, parts: readings, missing };
  const earned = readings.filter((item) => !item.reading.misplaced && (item.reading.status === 'stated' || item.reading.status === 'hedged'));
  if (earned.length > 0) {
    const best = earned[0] as (typeof earned)[number];
    const { quote, clause } = best.reading;
    return { reading: { status: 'named', ...(quote !== undefined ? { quote } : {}), ...(clause !== undefined ? { clause } : {}) }, share, partial: true, parts: readings, missing };
  }
  // Nothing earned: the best-read part speaks for the claim (a misplaced one first, so the finding says where it went).
  const misplaced = readings.find((item) => item.reading.misplaced);
  let best: ClaimReading = misplaced?.reading ?? whole;
  for (const item of readings) if (!misplaced && RANK[item.reading.status] > RANK[best.status]) best = item.reading;
  return { reading: best, share: Math.max(share, partShare(whole)), partial: false, parts: readings, missing };
}

/**
 * Whether a text says a part of a claim: its keywords or a value meeting its condition, affirmed (stated,
 * hedged or only named counts; negated, only listed or absent does not). Used where the whole claim is
 * already stated and a part may be missing ("RF=3" said, "min.insync.replicas 2" not). Pure.
 */
export function partSaid(read: ReadText, part: ClaimPart): boolean {
  const status = readClaim(read, part).status;
  return status === 'stated' || status === 'hedged' || status === 'named';
}

/** The texts of the parts a text does not say (see `partSaid`), in order. */
export function missingParts(read: ReadText, parts: readonly ClaimPart[]): string[] {
  return parts.filter((part) => !partSaid(read, part)).map((part) => part.text);
}
