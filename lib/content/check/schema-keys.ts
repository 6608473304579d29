import type { z } from 'zod';

type Def = {
  type: string;
  innerType?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  options?: Schema[];
};
type Schema = { _zod: { def: Def } };

/** Strips optional/default/pipe wrappers down to the schema that says what the data is. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = current._zod.def;
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return current;
    current = inner;
  }
  return current;
}

/** The schemas a value at `path` may be checked by (several under a union). */
function schemasAt(root: Schema, path: readonly PropertyKey[]): Schema[] {
  let current = [unwrap(root)];
  for (const key of path) {
    const next: Schema[] = [];
    for (const schema of current) {
      const def = schema._zod.def;
      const options = def.type === 'union' ? (def.options ?? []).map(unwrap) : [schema];
      for (const option of options) {
        const optionDef = option._zod.def;
        if (optionDef.type === 'object' && typeof key === 'string' && optionDef.shape?.[key]) next.push(unwrap(optionDef.shape[key]));
        else if (optionDef.type === 'array' && typeof key === 'number' && optionDef.element) next.push(unwrap(optionDef.element));
        else if (optionDef.type === 'record' && optionDef.valueType) next.push(unwrap(optionDef.valueType));
      }
    }
    current = next;
  }
  return current;
}

/**
 * The field names a mapping at `path` accepts under `schema` (empty when `path` is not a mapping), so an
 * unknown field can be answered with "did you mean" and a misplaced one with where it belongs.
 */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const fields = new Set<string>();
  for (const found of schemasAt(schema as unknown as Schema, path)) {
    const def = found._zod.def;
    const options = def.type === 'union' ? (def.options ?? []).map(unwrap) : [found];
    for (const option of options) for (const key of Object.keys(option._zod.def.shape ?? {})) fields.add(key);
  }
  return [...fields];
}
