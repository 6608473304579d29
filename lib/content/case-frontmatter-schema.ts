import { z } from 'zod';

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;

/** The frontmatter at the top of every `content/cases/<slug>/case.mdx`. */
export const caseFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(120),
  summary: z.string().trim().min(10).max(400),
  domain: z.string().trim().min(2).max(60),
  difficulty: z.enum(DIFFICULTIES),
  durationMinutes: z.number().int().min(15).max(180),
  tags: z.array(z.string().trim().min(1).max(40)).max(12).default([]),
});
export type CaseFrontmatter = z.infer<typeof caseFrontmatterSchema>;
