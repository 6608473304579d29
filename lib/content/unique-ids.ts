import type { z } from 'zod';

/**
 * A zod refinement for lists whose items need distinct ids; the issue points at the repeated item and
 * carries `params.firstIndex`, the index of the first one, so content:check can say where it is.
 */
export function uniqueIds<T>(key: (item: T) => string, what: string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const value = key(item);
      const firstIndex = seen.get(value);
      if (firstIndex !== undefined) ctx.addIssue({ code: 'custom', path: [index], message: `duplicate ${what} "${value}"`, params: { firstIndex } });
      else seen.set(value, index);
    });
  };
}
