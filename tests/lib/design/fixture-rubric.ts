import { rubricSchema } from '../../../lib/content/rubric-schema';
import type { Rubric } from '../../../lib/content/rubric-schema';
import type { DesignAnswer } from '../../../lib/design/design-answer-schema';
import { designAnswerSchema } from '../../../lib/design/design-answer-schema';

/** A small design rubric written for these tests, independent of content/cases; `design` overrides its design section. */
export function fixtureRubric(design: Record<string, unknown> = {}): Rubric {
  return rubricSchema.parse({
    version: 1,
    steps: {
      clarify: { facts: [{ id: 'scope', topic: 'scope_reference', answer: 'An analytics platform for a small shop.' }] },
      design: {
        inputs: [
          { id: 'orders-db', label: 'Orders database', synonyms: ['postgres', 'cdc', 'database'], mode: 'stream' },
          { id: 'partner-files', label: 'Partner files', synonyms: ['sftp', 'csv'], mode: 'batch' },
        ],
        outputs: [{ id: 'bi', label: 'BI dashboards', synonyms: ['dashboard', 'looker'] }],
        freshnessSeconds: 300,
        ...design,
      },
    },
  });
}

/** A design answer from partial fields, with the schema's defaults for the rest. */
export function answer(fields: Record<string, unknown> = {}): DesignAnswer {
  return designAnswerSchema.parse(fields);
}
