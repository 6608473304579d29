import type { ClaimPart } from '../text/claim-parts';
import type { ClaimSpec } from '../text/claims';
import { rivalSubjects } from '../text/subject-mention';
import { withConceptTerms } from '../text/concept-map';

type SubjectSpec = ClaimSpec['subject'];
type PartContent = Omit<ClaimPart, 'subject'> & { subject?: SubjectSpec };
type PointContent = ClaimSpec & { parts?: readonly PartContent[] | undefined };

/** A key point ready to read: its claim and its parts, each subject with its rivals. */
export type PointClaim = { spec: ClaimSpec; parts: ClaimPart[] | undefined };

// A phrase group with each phrase's plain-language and other-stack wordings (lib/text/concept-map.ts) added.
const groups = (assert: readonly (readonly string[])[] | undefined) => assert?.map((phrases) => withConceptTerms(phrases));

/**
 * A claim's words widened by the shared concept map, as the deep dive widens its points (lib/deep-dive/concept-point.ts):
 * "every row is one item on one order" says "one row per order line", "tables that describe" says "dimension tables".
 */
function withConcepts<T extends { keywords: readonly string[]; assert?: readonly (readonly string[])[] | undefined }>(claim: T): T {
  return { ...claim, keywords: withConceptTerms(claim.keywords), ...(claim.assert ? { assert: groups(claim.assert) } : {}) };
}

const withRivals = (subject: SubjectSpec, rivals: string[] | undefined): SubjectSpec => (subject && rivals ? { ...subject, rivals } : subject);

/**
 * The claims of a question's key points, with each subject's rivals: the subjects the question's other
 * points (and parts) are about ("OLAP" for the point about OLTP, "dimensions" for the one about
 * measures), so a property said about the other side is read as misplaced (lib/text/subject-mention.ts).
 * A part without a subject takes its point's; a subject with `contrast: false` neither has nor gives rivals.
 * Pure; computed per question.
 */
export function pointClaims(points: readonly PointContent[]): PointClaim[] {
  // Built once per question, so the claims (and the stems readClaim caches per subject object) are reused for every answer.
  const cached = claimsCache.get(points);
  if (cached) return cached;
  const claims = buildPointClaims(points);
  claimsCache.set(points, claims);
  return claims;
}

const claimsCache = new WeakMap<readonly PointContent[], PointClaim[]>();

function buildPointClaims(points: readonly PointContent[]): PointClaim[] {
  const lists: (readonly string[] | undefined)[] = [];
  const slots = points.map((point) => {
    const sideOf = (subject: SubjectSpec) => (subject && (subject as { contrast?: boolean }).contrast !== false ? subject.of : undefined);
    const own = lists.push(sideOf(point.subject)) - 1;
    const parts = (point.parts ?? []).map((part) => (part.subject ? lists.push(sideOf(part.subject)) - 1 : own));
    return { own, parts };
  });
  const rivals = rivalSubjects(lists);
  return points.map((point, index) => {
    const slot = slots[index] as (typeof slots)[number];
    const subject = withRivals(point.subject, rivals[slot.own]);
    const spec: ClaimSpec = withConcepts({ ...point, subject, ...(point.paraphrases ? { paraphrases: point.paraphrases.map(withConcepts) } : {}) });
    const parts = point.parts?.map((part, k) => withConcepts({ ...part, subject: withRivals(part.subject ?? point.subject, rivals[slot.parts[k] ?? slot.own]) }));
    return { spec, parts };
  });
}
