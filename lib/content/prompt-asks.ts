import { z } from 'zod';
import { didYouMean } from './check/did-you-mean';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "acks-all"');

/**
 * The parts a prompt asks ("How do you key and configure the topic, and when does your listener send the HL7 ACK?"):
 * each names what it asks in a few words (`text`, shown to the learner when the part is skipped) and the key points
 * (`points`, ids) that answer it. Two to four parts; a key point answers at most one, and a point in none (a detail
 * both parts share) is scored as before. Only prompts that ask two distinct things carry `asks`; an interviewer grades
 * each part (lib/scoring/skipped-ask.ts).
 */
export const promptAsksSchema = z
  .array(z.strictObject({ text: z.string().trim().min(1).max(160), points: z.array(id).min(1).max(8) }))
  .min(2)
  .max(4);
export type PromptAsk = z.infer<typeof promptAsksSchema>[number];

/**
 * Content check for a prompt's `asks` against its key point ids (`known`): every id must be a key point, and a key
 * point may answer one part only. Issues are added at `asks.<part>.points.<k>`.
 */
export function checkAsks(asks: readonly PromptAsk[] | undefined, known: ReadonlySet<string>, ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  (asks ?? []).forEach((ask, index) => {
    ask.points.forEach((pointId, k) => {
      const path = ['asks', index, 'points', k];
      if (!known.has(pointId)) ctx.addIssue({ code: 'custom', path, message: `unknown key point "${pointId}"${didYouMean(pointId, known)} (known: ${[...known].join(', ')})` });
      else if (seen.has(pointId)) ctx.addIssue({ code: 'custom', path, message: `key point "${pointId}" already answers part ${(seen.get(pointId) ?? 0) + 1}: a key point answers one part` });
      else seen.set(pointId, index);
    });
  });
}
