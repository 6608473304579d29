import { readClaim } from './claims';
import type { ClaimValueCondition } from './claims';
import type { ReadText } from './read-text';

/** One separate half of a claim ("min.insync.replicas 2"): named by keywords or a value meeting a condition. */
export type ClaimPart = { label: string; keywords: readonly string[]; values?: readonly ClaimValueCondition[] | undefined };

/**
 * Whether a text says a part of a claim: one of its keywords or a value meeting its condition, affirmed
 * (in a sentence, hedged or only named counts; negated, only listed or absent does not). Pure.
 */
export function partSaid(read: ReadText, part: ClaimPart): boolean {
  const status = readClaim(read, { keywords: part.keywords, values: part.values ?? [] }).status;
  return status === 'stated' || status === 'hedged' || status === 'named';
}

/** The labels of the parts a text does not say (see `partSaid`), in order. */
export function missingParts(read: ReadText, parts: readonly ClaimPart[]): string[] {
  return parts.filter((part) => !partSaid(read, part)).map((part) => part.label);
}
