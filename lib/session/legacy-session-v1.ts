import { z } from 'zod';

/**
 * The first prototype's record: one notes string per step and epoch-millisecond timestamps.
 * Kept only so migrate-session.ts can read records written by it.
 */
export const sessionV1Schema = z.object({
  id: z.string(),
  caseSlug: z.string(),
  notes: z.record(z.string(), z.string()),
  lastStep: z.string(),
  createdAt: z.number(),
  savedAt: z.number(),
});
export type SessionV1 = z.infer<typeof sessionV1Schema>;
