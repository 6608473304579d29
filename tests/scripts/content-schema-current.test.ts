import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorSchemas, schemaFileText } from '../../lib/content/editor-schema';

// The editor JSON Schemas in content/schema/ are generated from the zod schemas (scripts/content-schema.ts). A field
// added to a zod schema without regenerating them makes mentors' editors reject a valid case, so the committed files
// must equal what the generator writes today.
describe('content/schema editor JSON Schemas', () => {
  for (const [name, schema] of Object.entries(editorSchemas())) {
    it(`${name} is current with its zod schema (run npm run content:schema after a schema change)`, () => {
      const committed = readFileSync(path.join('content', 'schema', name), 'utf8');
      expect(committed).toBe(schemaFileText(schema));
    });
  }
});
