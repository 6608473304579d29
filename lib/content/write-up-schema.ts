import { z } from 'zod';

/** The frontmatter of a case's `write-up.mdx` (the model answer): only its title. */
export const writeUpFrontmatterSchema = z.strictObject({ title: z.string().trim().min(3, 'expected a title of at least 3 characters').max(120) });
