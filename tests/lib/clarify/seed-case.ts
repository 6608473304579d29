import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Rubric } from '../../../lib/content/rubric-schema';
import { loadCase } from '../../../lib/content/load-cases';

export const SEED_SLUG = 'ecommerce-data-platform';

/** The seed case's rubric when the content is present, so engine tests also run on real content. */
export function seedRubric(): Rubric | undefined {
  if (!existsSync(path.join(process.cwd(), 'content', 'cases', SEED_SLUG, 'rubric.yaml'))) return undefined;
  return loadCase(SEED_SLUG).rubric;
}
