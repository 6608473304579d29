// The claim statuses and the share each earns, apart from the reader (lib/text/claims.ts), so that code
// which only weighs results (a follow-up probe on a lesson page) does not load the reader with it.

/**
 * How a text holds a claim, best first:
 * - stated: affirmed, with everything it asserts, in an explaining sentence;
 * - hedged: stated, but with "maybe", "I think", or as a question;
 * - named: its subject is affirmed but not what must be said about it ("we use checkpointing");
 * - listed: it appears only in a bare list of terms;
 * - negated: only negated ("we will not use a checkpoint");
 * - missing: not there at all.
 */
export type ClaimStatus = 'stated' | 'hedged' | 'named' | 'listed' | 'negated' | 'missing';

/**
 * Share of a claim's value each status earns: stated in full; hedged half (it needs checking);
 * named a third, only listed a quarter (the interviewer cannot tell if the learner knows why); negated
 * and missing nothing.
 */
export const CLAIM_SHARE: Readonly<Record<ClaimStatus, number>> = { stated: 1, hedged: 1 / 2, named: 1 / 3, listed: 1 / 4, negated: 0, missing: 0 };
