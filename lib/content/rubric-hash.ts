import { canonicalJson } from '../util/canonical-json';
import { sha256Hex } from '../util/sha256';
import type { Rubric } from './rubric-schema';

/** How many hex digits of the SHA-256 a rubric hash keeps: 64 bits tell versions of one case apart. */
export const RUBRIC_HASH_LENGTH = 16;

/**
 * The content hash of a parsed rubric: SHA-256 of its canonical JSON, first 16 hex digits. Stable
 * across key order, YAML formatting and comments (it hashes what the engines read, after zod's
 * defaults), so it changes exactly when the grading could. Sessions store it with their scores.
 */
export function rubricHash(rubric: Rubric): string {
  return sha256Hex(canonicalJson(rubric)).slice(0, RUBRIC_HASH_LENGTH);
}
