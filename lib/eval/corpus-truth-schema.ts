import { z } from 'zod';
import { componentKindSchema } from '../diagram/component-kinds';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "kafka-topic"');

/**
 * What a person sees in one real Excalidraw scene, labelled by hand from the scene itself (never
 * from the reader's output): the components with their kind and a point inside each as drawn, and
 * the arrows between them. `both` marks a double-headed arrow (either direction, or an undirected
 * line, reads right).
 */
export const corpusSceneTruthSchema = z.strictObject({
  /** The file name in the corpus folder. */
  file: z.string().min(1),
  components: z
    .array(
      z.strictObject({
        id,
        /** The text written on or under it, as drawn (line breaks as spaces). */
        label: z.string().min(1).max(200),
        kind: componentKindSchema,
        /** A point inside the component's shape, in scene coordinates. */
        at: z.tuple([z.number(), z.number()]),
      }),
    )
    .min(1),
  edges: z.array(z.strictObject({ from: id, to: id, both: z.boolean().default(false) })),
  /** What is left out and why (containers, decoration). */
  notes: z.string().max(1000).optional(),
});
export const corpusTruthSchema = z.array(corpusSceneTruthSchema);
export type CorpusSceneTruth = z.infer<typeof corpusSceneTruthSchema>;
