import { z } from 'zod';
import { COMPONENT_KINDS } from '../diagram/component-kinds';
import type { ComponentKind } from '../diagram/component-kinds';
import { kindsFromLabel } from '../canvas/classify-kind';
import { didYouMean } from './check/did-you-mean';

/** Short ids: they become element ids (`box-<id>`, `arrow-<from>-<to>`) in the generated scene. */
const layoutId = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'expected a short lower-case id such as "pg" or "raw-events"')
  .max(40);

// `unknown` is the reader's fallback, never something a reference diagram should draw on purpose.
const DRAWABLE_KINDS = COMPONENT_KINDS.filter((kind): kind is Exclude<ComponentKind, 'unknown'> => kind !== 'unknown');
/**
 * Why a layout `kind` is refused, with what it most likely means: a product or word the diagram reader
 * knows (`redis` reads as cache); a misspelt kind gets its "did you mean" from the content check.
 */
function unknownKindMessage(input: unknown): string {
  const base = 'expected a component kind such as kafka, object_store or bi_dashboard (see "Allowed values" in AUTHORING.md)';
  if (typeof input !== 'string' || input.trim() === '') return base;
  const named = kindsFromLabel(input.replace(/[_-]+/g, ' ')).kinds.filter((kind): kind is Exclude<ComponentKind, 'unknown'> => (DRAWABLE_KINDS as readonly string[]).includes(kind));
  if (named.length > 0) return `"${input}" is not a component kind; a box labelled "${input}" reads as ${named.map((kind) => `"${kind}"`).join(' or ')}: use kind: ${named[0]} and put "${input}" in the label`;
  return base;
}

const drawableKind = z.enum(DRAWABLE_KINDS as [Exclude<ComponentKind, 'unknown'>, ...Exclude<ComponentKind, 'unknown'>[]], {
  error: (issue) => unknownKindMessage(issue.input),
});

const label = z.string().trim().min(1, 'expected a label').max(80);

export const layoutComponentSchema = z.strictObject({ id: layoutId, kind: drawableKind, label });

export const layoutColumnSchema = z.strictObject({
  title: z.string().trim().min(1, 'expected a column title such as "Ingestion"').max(40),
  components: z.array(layoutComponentSchema).min(1, 'a column needs at least one component').max(12),
});

export const layoutArrowSchema = z.strictObject({
  from: layoutId,
  to: layoutId,
  label: z.string().trim().min(1).max(40).optional(),
});

/**
 * `content/cases/<slug>/reference-layout.yaml`: the reference diagram as columns of palette boxes
 * plus arrows. `npm run content:draw -- <slug>` turns it into reference.excalidraw.
 */
/**
 * The ids of a layout's boxes (columns, then extras) with their paths; read defensively, since the
 * duplicate check also runs on a layout with other faults: what is not a box with a string id is passed over.
 */
function componentIds(layout: { columns?: unknown; extras?: unknown }): { id: string; path: (string | number)[] }[] {
  const ids: { id: string; path: (string | number)[] }[] = [];
  const idOf = (component: unknown) => (component !== null && typeof component === 'object' ? (component as { id?: unknown }).id : undefined);
  const columns = Array.isArray(layout.columns) ? (layout.columns as unknown[]) : [];
  columns.forEach((column, c) => {
    const components = column !== null && typeof column === 'object' ? (column as { components?: unknown }).components : undefined;
    if (!Array.isArray(components)) return;
    components.forEach((component: unknown, i: number) => {
      const id = idOf(component);
      if (typeof id === 'string') ids.push({ id, path: ['columns', c, 'components', i, 'id'] });
    });
  });
  (Array.isArray(layout.extras) ? (layout.extras as unknown[]) : []).forEach((component, i) => {
    const id = idOf(component);
    if (typeof id === 'string') ids.push({ id, path: ['extras', i, 'id'] });
  });
  return ids;
}

export const referenceLayoutSchema = z
  .strictObject({
    columns: z.array(layoutColumnSchema).min(1, 'list at least one column').max(10),
    extras: z.array(layoutComponentSchema).max(12).default([]),
    arrows: z.array(layoutArrowSchema).max(120).default([]),
  })
  // Duplicate ids are reported even beside other faults of the layout (zod skips a plain refinement then).
  .superRefine(
    (layout, ctx) => {
      const seen = new Map<string, (string | number)[]>();
      for (const { id, path } of componentIds(layout)) {
        const firstPath = seen.get(id);
        if (firstPath) ctx.addIssue({ code: 'custom', path, message: `duplicate component id "${id}"`, params: { firstPath } });
        else seen.set(id, path);
      }
    },
    { when: (payload) => payload.value !== null && typeof payload.value === 'object' },
  )
  .superRefine((layout, ctx) => {
    const seen = new Set(componentIds(layout).map((component) => component.id));
    const pairs = new Set<string>();
    layout.arrows.forEach((arrow, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!seen.has(arrow[end])) ctx.addIssue({ code: 'custom', path: ['arrows', i, end], message: `unknown component id "${arrow[end]}"${didYouMean(arrow[end], seen.keys())}: use the id of a box in columns or extras` });
      }
      if (arrow.from === arrow.to) ctx.addIssue({ code: 'custom', path: ['arrows', i], message: `an arrow from "${arrow.from}" to itself` });
      const pair = `arrow-${arrow.from}-${arrow.to}`;
      // The arrow's element id is built from its ends, so a second arrow between the same boxes would clash.
      if (pairs.has(pair)) ctx.addIssue({ code: 'custom', path: ['arrows', i], message: `duplicate arrow id "${pair}": draw one arrow per pair of boxes and give it one label` });
      pairs.add(pair);
    });
  });

export type ReferenceLayout = z.infer<typeof referenceLayoutSchema>;
export type LayoutComponent = z.infer<typeof layoutComponentSchema>;
export type LayoutArrow = z.infer<typeof layoutArrowSchema>;
