import type { z } from 'zod';
import { formatIssuePath } from '../content-error';
import type { ContentProblem } from './content-problem';
import { closestNames, didYouMean } from './did-you-mean';
import { fieldsAt } from './schema-keys';
import type { SourceMap } from './source-map';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/** Where a misplaced field belongs: the item above it (indented too little) or the block around it (too much). */
function misplacedFieldFix(schema: z.ZodType, data: unknown, path: readonly PropertyKey[], key: string): string | undefined {
  const parent = valueAt(data, path);
  if (parent && typeof parent === 'object' && !Array.isArray(parent)) {
    // A list just above the field whose items take it: the field was meant for its last item.
    for (const [name, value] of Object.entries(parent)) {
      if (Array.isArray(value) && value.length > 0 && fieldsAt(schema, [...path, name, value.length - 1]).includes(key)) {
        return `"${key}" belongs to an item of "${name}": indent it to line up with that item's other fields`;
      }
      if (value && typeof value === 'object' && !Array.isArray(value) && fieldsAt(schema, [...path, name]).includes(key)) {
        return `"${key}" belongs inside "${name}": indent it under "${name}"`;
      }
    }
  }
  for (let up = path.length - 1; up >= 0; up--) {
    if (fieldsAt(schema, path.slice(0, up)).includes(key)) return `"${key}" belongs ${path.length - up} level${path.length - up > 1 ? 's' : ''} up: indent it less`;
  }
  return undefined;
}

/**
 * Every issue of a failed schema check as a problem at its place in the file: unknown fields with the
 * field meant ("did you mean") or where it belongs, values outside a list with the closest allowed
 * ones, missing fields at the block that lacks them, and duplicates with where the first one is.
 */
export function schemaProblems(error: z.ZodError, schema: z.ZodType, map: SourceMap, data: unknown, file: string, code = 'schema'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: readonly PropertyKey[], message: string, fix: string | undefined, position = map.locate(path)) => {
    problems.push({ file, ...(position ? { line: position.line, column: position.column } : {}), path: formatIssuePath(path), severity: 'error', code, message, ...(fix ? { fix } : {}) });
  };
  // A value that fits no branch of a union (a probe with choices or a number): report the branch it came closest to.
  const flatten = (issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): z.core.$ZodIssue[] =>
    issues.flatMap((issue) => {
      const path = [...prefix, ...issue.path];
      // A discriminated union whose tag (`type: choise`) is none of its options: a value outside a list.
      const tag = issue as { discriminator?: string; options?: unknown[] };
      if (issue.code === 'invalid_union' && tag.discriminator !== undefined && Array.isArray(tag.options)) {
        return [{ code: 'invalid_value', values: tag.options, path, message: 'Invalid option', input: undefined } as unknown as z.core.$ZodIssue];
      }
      if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ ...issue, path } as z.core.$ZodIssue];
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      return closest.length === 0 ? [{ ...issue, path } as z.core.$ZodIssue] : flatten(closest, path);
    });
  for (const issue of flatten(error.issues, [])) {
    const path = issue.path;
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = fieldsAt(schema, path);
        for (const key of issue.keys) {
          // `{ why: one, two }`: inside { } a comma ends a value, so the rest of the text became a field with no value.
          if (/\s/.test(key.trim()) && valueAt(data, [...path, key]) === null) {
            add([...path, key], `"${key}" is the rest of a text cut at a comma: inside { } a comma ends a value`, 'put the whole text in quotes ("...") or write the item as a block, one field per line', map.locateKey(path, key));
            continue;
          }
          const [close] = closestNames(key, known, 1);
          const fix = close ? `did you mean "${close}"?` : (misplacedFieldFix(schema, data, path, key) ?? `remove it; the fields here are ${known.join(', ')}`);
          add([...path, key], `"${key}" is not a field here`, fix, map.locateKey(path, key));
        }
        break;
      }
      case 'invalid_value': {
        const value = valueAt(data, path);
        const allowed = issue.values.map(String);
        const hint = typeof value === 'string' ? didYouMean(value, allowed).trim() : '';
        const generic = issue.message.startsWith('Invalid option');
        const message = generic ? `${show(value)} is not one of the allowed values` : issue.message;
        const list = allowed.length <= 12 ? `use one of ${allowed.join(', ')}` : 'see "Allowed values" in AUTHORING.md';
        add(path, message, hint === '' ? list : `${hint.replace(/^\(|\)$/g, '')} ${allowed.length <= 12 ? `(allowed: ${allowed.join(', ')})` : ''}`.trim());
        break;
      }
      case 'invalid_type': {
        const value = valueAt(data, path);
        const last = path.at(-1);
        if (value === undefined && last !== undefined) {
          add(path, `missing field "${String(last)}" (expected ${issue.expected})`, `add ${String(last)}: to this block`, map.locate(path.slice(0, -1)));
        } else {
          const bare = issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean');
          add(path, `expected ${issue.expected}, found ${value === null ? 'nothing' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a block of fields' : show(value)}`, bare ? `put it in quotes ("${String(value)}"): YAML reads a bare ${typeof value} as a ${typeof value}, not as text` : undefined);
        }
        break;
      }
      case 'custom': {
        const params = issue.params as { firstIndex?: number; firstPath?: PropertyKey[]; fix?: string } | undefined;
        const firstPath = params?.firstPath ?? (params?.firstIndex === undefined ? undefined : [...path.slice(0, -1), params.firstIndex]);
        const first = firstPath === undefined ? undefined : map.locate(firstPath);
        add(path, first ? `${issue.message} (the first one is at line ${first.line})` : issue.message, firstPath === undefined ? params?.fix : 'rename this one, or remove one of the two');
        break;
      }
      default:
        add(path, issue.message, undefined);
    }
  }
  return problems;
}
