import type { ClaimSpec } from '../../../lib/text/claims';
import { readClaim } from '../../../lib/text/claims';
import { readText } from '../../../lib/text/read-text';

/** How a text states a claim ('claimed', 'negated', 'absent', ...), read by the shared reader as every engine reads it. */
export const claimStatus = (text: string, spec: ClaimSpec) => readClaim(readText(text), spec).status;
