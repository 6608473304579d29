import { z } from 'zod';
import { uniqueIds } from './unique-ids';

/** A case rates at most this many dimensions beside its five steps; more would not fit one rating form. */
export const MAX_ANCHOR_DIMENSIONS = 12;

/** kebab-case, so a dimension id reads well in a stored rating and in a URL. */
export const dimensionIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case dimension id such as "trade-offs"').max(60);

const levelText = z.string().trim().min(1).max(600);

/**
 * What a 1, 2, 3 and 4 look like for one step or dimension of one case, as an experienced interviewer
 * would tell a new one: 1 = not yet (would not pass), 2 = partly, 3 = solid (hire at the level), 4 = strong.
 * The four texts must differ, so a copied line cannot stand for two levels.
 */
export const levelAnchorsSchema = z
  .strictObject({ 1: levelText, 2: levelText, 3: levelText, 4: levelText })
  .superRefine((levels, ctx) => {
    const seen = new Map<string, string>();
    for (const level of ['1', '2', '3', '4'] as const) {
      const key = levels[level].toLowerCase().replace(/\s+/g, ' ');
      const earlier = seen.get(key);
      if (earlier) ctx.addIssue({ code: 'custom', path: [level], message: `level ${level} repeats level ${earlier}: say what is different at this level` });
      seen.set(key, level);
    }
  });
export type LevelAnchors = z.infer<typeof levelAnchorsSchema>;

/** A quality rated across the whole interview (trade-offs, correctness, communication...), with its anchors. */
export const anchorDimensionSchema = z.strictObject({
  id: dimensionIdSchema,
  label: z.string().trim().min(1).max(60),
  /** One line: what the interviewer listens for, shown under the label. */
  about: z.string().trim().min(1).max(300),
  levels: levelAnchorsSchema,
});
export type AnchorDimension = z.infer<typeof anchorDimensionSchema>;

/**
 * The rubric's level anchors (`anchors:` at the top level of rubric.yaml): one set per step, and the
 * case's dimensions. The rooms' rating form shows them beside each level.
 */
export const anchorsSchema = z.strictObject({
  steps: z.strictObject({
    clarify: levelAnchorsSchema,
    estimate: levelAnchorsSchema,
    design: levelAnchorsSchema,
    diagram: levelAnchorsSchema,
    'deep-dive': levelAnchorsSchema,
  }),
  dimensions: z
    .array(anchorDimensionSchema)
    .min(1, 'list at least one dimension to rate across the interview, e.g. trade-offs')
    .max(MAX_ANCHOR_DIMENSIONS)
    .check(uniqueIds((dimension) => dimension.id, 'dimension id')),
});
export type Anchors = z.infer<typeof anchorsSchema>;
