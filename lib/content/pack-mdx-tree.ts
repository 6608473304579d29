import { z } from 'zod';
import { MDX_COMPONENT_NAMES } from './mdx-component-names';

/*
 * A case pack carries its Markdown compiled at pack time to this inert tree: allowlisted tags and
 * attributes, text as strings. The browser renders it with React elements (components/mdx/
 * safe-mdx-content.tsx) and never evaluates code, so a pack needs no `eval` and cannot run script.
 */

/** HTML tags Markdown (GitHub flavour) produces, plus the MDX components of the shared map. */
export const MDX_TREE_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'del', 'code', 'pre', 'blockquote',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br', 'span', 'sup', 'sub', 'section', 'div', 'kbd',
  ...MDX_COMPONENT_NAMES,
] as const;
export type MdxTreeTag = (typeof MDX_TREE_TAGS)[number];

/** Attributes kept, each with the values it may take. Everything else (events, style, src) is dropped. */
const ATTRIBUTE_PATTERNS = {
  href: /^(?:https?:\/\/|mailto:|\/(?!\/)|#)[^\s<>"'`]*$/i,
  title: /^[^<>]{0,300}$/,
  className: /^language-[\w+-]{1,40}$/,
  align: /^(?:left|right|center)$/,
  start: /^\d{1,6}$/,
} as const;
export type MdxTreeAttribute = keyof typeof ATTRIBUTE_PATTERNS;
const ATTRIBUTE_NAMES = Object.keys(ATTRIBUTE_PATTERNS) as MdxTreeAttribute[];

/** Bounds a tree must keep: deeper or bigger trees are refused before anything walks them recursively. */
export const MAX_TREE_DEPTH = 40;
export const MAX_TREE_NODES = 20_000;
export const MAX_TREE_TEXT = 400_000;

export type MdxTreeNode = string | { t: MdxTreeTag; a?: Partial<Record<MdxTreeAttribute, string>>; c?: MdxTreeNode[] };

const attributesSchema = z.object(Object.fromEntries(ATTRIBUTE_NAMES.map((name) => [name, z.string().regex(ATTRIBUTE_PATTERNS[name]).optional()]))).strict();

export const mdxTreeNodeSchema: z.ZodType<MdxTreeNode> = z.lazy(() =>
  z.union([z.string().max(MAX_TREE_TEXT), z.object({ t: z.enum(MDX_TREE_TAGS), a: attributesSchema.optional(), c: z.array(mdxTreeNodeSchema).optional() }).strict()]),
);

/** A compiled MDX document: the nodes of its body, in order. */
export const mdxTreeSchema = z.array(mdxTreeNodeSchema);
export type MdxTree = MdxTreeNode[];

export type ValueBounds = { maxDepth: number; maxNodes: number; maxText: number };

/** JSON levels a tree may take: each tree level is an object and its children array. */
export const TREE_BOUNDS: ValueBounds = { maxDepth: MAX_TREE_DEPTH * 2 + 2, maxNodes: MAX_TREE_NODES * 2, maxText: MAX_TREE_TEXT };

/**
 * Measures an untrusted JSON value without recursion (so a 5,000-deep value cannot overflow the
 * stack): a short reason when it is deeper, has more nodes or holds more text than `bounds` allow,
 * undefined when within them.
 */
export function valueBoundsError(value: unknown, bounds: ValueBounds = TREE_BOUNDS): string | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  let nodes = 0;
  let text = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    nodes += 1;
    if (nodes > bounds.maxNodes) return `it has more than ${bounds.maxNodes} values`;
    if (depth > bounds.maxDepth) return `it is nested more than ${bounds.maxDepth} levels deep`;
    if (typeof node === 'string') text += node.length;
    else if (node !== null && typeof node === 'object') for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
    if (text > bounds.maxText) return `it holds more than ${bounds.maxText} characters of text`;
  }
  return undefined;
}

/** Keeps an attribute only when it is allowlisted and its value fits its pattern. */
export function safeAttribute(name: string, value: unknown): string | undefined {
  if (!ATTRIBUTE_NAMES.includes(name as MdxTreeAttribute) || typeof value !== 'string') return undefined;
  return ATTRIBUTE_PATTERNS[name as MdxTreeAttribute].test(value) ? value : undefined;
}

export function isMdxTreeTag(name: string): name is MdxTreeTag {
  return (MDX_TREE_TAGS as readonly string[]).includes(name);
}
