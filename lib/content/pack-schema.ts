import { z } from 'zod';
import { CASE_SLUG_PATTERN } from './case-slug';
import { mdxTreeSchema } from './pack-mdx-tree';

/** What `content:pack` writes and the app's "Import a case pack" reads. */
export const PACK_FORMAT = 'system-design-trainer/case-pack';
/** Bump when the pack layout changes; the reader refuses newer packs with a sentence saying so. */
export const PACK_VERSION = 1;
/** A pack is read whole in the browser: cap it well below what freezes a tab. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;
export const MAX_PACK_CASES = 20;
const MAX_TEXT_FILE = 512 * 1024;
const MAX_SCENE_FILE = 4 * 1024 * 1024;

const text = (max: number) => z.string().max(max, `is longer than ${Math.round(max / 1024)} KB`);

/**
 * A case's files as source text, keyed by their names in the case folder, so the app checks them
 * with the same parser and rules as `content:check` (nothing in a pack is trusted as pre-checked).
 */
export const packedFilesSchema = z
  .object({
    'case.mdx': text(MAX_TEXT_FILE),
    'rubric.yaml': text(MAX_TEXT_FILE).optional(),
    'rubric.json': text(MAX_TEXT_FILE).optional(),
    // The reference files (REFERENCE_FILES in reference-files.ts, which is Node only).
    'reference-layout.yaml': text(MAX_TEXT_FILE).optional(),
    'reference.excalidraw': text(MAX_SCENE_FILE).optional(),
    'reference-estimate.json': text(MAX_TEXT_FILE).optional(),
    'write-up.mdx': text(MAX_TEXT_FILE).optional(),
  })
  .strict();
export type PackedFiles = z.infer<typeof packedFilesSchema>;

export const packedCaseSchema = z
  .object({
    slug: z.string().max(80).regex(CASE_SLUG_PATTERN, 'must be kebab-case'),
    files: packedFilesSchema,
    /** The brief and the write-up compiled at pack time to an inert tree (lib/content/pack-mdx-tree.ts). */
    compiled: z.object({ brief: mdxTreeSchema, writeUp: mdxTreeSchema.optional() }).strict(),
  })
  .strict();
export type PackedCase = z.infer<typeof packedCaseSchema>;

export const casePackSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    packVersion: z.literal(PACK_VERSION),
    createdAt: z.iso.datetime({ offset: true }),
    cases: z.array(packedCaseSchema).min(1, 'holds no case').max(MAX_PACK_CASES, `holds more than ${MAX_PACK_CASES} cases`),
  })
  .strict();
export type CasePack = z.infer<typeof casePackSchema>;
