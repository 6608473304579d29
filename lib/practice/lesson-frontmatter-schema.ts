import { z } from 'zod';

/** The frontmatter at the top of every `content/lessons/<topic>/lesson.mdx`. */
export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(120),
  summary: z.string().trim().min(10).max(400),
  /** Position in the lesson list; unique across lessons so the list reads the same everywhere. */
  order: z.number().int().min(1).max(100),
  /** Estimated reading time, shown next to the title. */
  minutes: z.number().int().min(1).max(60),
});
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
