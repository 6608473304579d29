import { z } from 'zod';

/**
 * A zod check for lists whose items need distinct ids, used as `.check(uniqueIds(...))`; the issue
 * points at the repeated item and carries `params.firstIndex`, the index of the first one, so
 * content:check can say where it is. It runs even when items of the list have other faults (zod skips
 * a plain refinement then), so one run reports a duplicate beside them; an item that is not an object,
 * or whose key is not a string, is passed over.
 */
export function uniqueIds<T>(key: (item: T) => string, what: string): z.core.$ZodCheck<T[]> {
  return z.superRefine<T[]>(
    (items, ctx) => {
      const seen = new Map<string, number>();
      items.forEach((item, index) => {
        if (item === null || typeof item !== 'object') return;
        const value: unknown = key(item);
        if (typeof value !== 'string') return;
        const firstIndex = seen.get(value);
        if (firstIndex !== undefined) ctx.addIssue({ code: 'custom', path: [index], message: `duplicate ${what} "${value}"`, params: { firstIndex } });
        else seen.set(value, index);
      });
    },
    { when: (payload) => Array.isArray(payload.value) },
  );
}
