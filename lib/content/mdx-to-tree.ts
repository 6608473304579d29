import { getMDXComponent } from 'mdx-bundler/client/jsx';
import { MDX_COMPONENT_NAMES } from './mdx-component-names';
import { isMdxTreeTag, safeAttribute } from './pack-mdx-tree';
import type { MdxTree, MdxTreeNode } from './pack-mdx-tree';

/*
 * Node only (content:pack): runs MDX that compileMdx produced with a stand-in JSX runtime that
 * records elements as plain objects instead of React ones, then keeps what the inert tree allows.
 * The code is the mentor's own compiled content, run on their machine, never in the browser.
 */

type Recorded = { type: unknown; props: Record<string, unknown> };
const FRAGMENT = Symbol('Fragment');
const record = (type: unknown, props: Record<string, unknown> | null): Recorded => ({ type, props: props ?? {} });
const runtime = { jsx: record, jsxs: record, jsxDEV: record, Fragment: FRAGMENT };

/** One stand-in per shared MDX component, so the walk knows which component an element was. */
const componentMarkers = new Map<unknown, string>(MDX_COMPONENT_NAMES.map((name) => [() => null, name] as const).map(([marker, name]) => [marker, name]));
const componentProps = Object.fromEntries([...componentMarkers].map(([marker, name]) => [name, marker]));

function isRecorded(value: unknown): value is Recorded {
  return typeof value === 'object' && value !== null && 'type' in value && 'props' in value;
}

function attributesOf(props: Record<string, unknown>): MdxTreeNode extends infer N ? (N extends { a?: infer A } ? A : never) : never {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(props)) {
    const kept = safeAttribute(name, typeof value === 'number' ? String(value) : value);
    if (kept !== undefined) attributes[name] = kept;
  }
  // GFM table alignment arrives as a style; the tree keeps it as `align`.
  const textAlign = (props.style as { textAlign?: unknown } | undefined)?.textAlign;
  const align = safeAttribute('align', textAlign);
  if (align) attributes.align = align;
  return attributes;
}

/** Adds a finished node, joining adjacent text. */
function append(out: MdxTreeNode[], node: MdxTreeNode): void {
  const last = out[out.length - 1];
  if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
  else out.push(node);
}

function walk(value: unknown, out: MdxTreeNode[], depth: number): void {
  if (depth > 200) throw new Error('the MDX nests too deeply to pack');
  if (value === null || value === undefined || typeof value === 'boolean') return;
  if (typeof value === 'string' || typeof value === 'number') {
    append(out, String(value));
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) walk(item, out, depth + 1);
    return;
  }
  if (!isRecorded(value)) return;
  const { type, props } = value;
  const children: MdxTreeNode[] = [];
  walk(props.children, children, depth + 1);
  if (type === FRAGMENT) {
    for (const child of children) append(out, child);
    return;
  }
  const component = componentMarkers.get(type);
  const tag = component ?? (typeof type === 'string' ? type : undefined);
  if (tag === undefined && typeof type === 'function') {
    // MDX's own wrapper functions: run them to reach the elements they return.
    walk((type as (props: Record<string, unknown>) => unknown)(props), out, depth + 1);
    return;
  }
  if (tag === 'img') {
    // Images would make the browser fetch from anywhere: a pack keeps their text only.
    if (typeof props.alt === 'string' && props.alt !== '') walk(`[image: ${props.alt}]`, out, depth);
    return;
  }
  if (tag === 'input') {
    walk(props.checked ? '☑ ' : '☐ ', out, depth);
    return;
  }
  if (tag === undefined || !isMdxTreeTag(tag)) {
    for (const child of children) append(out, child);
    return;
  }
  const attributes = attributesOf(props);
  out.push({ t: tag, ...(Object.keys(attributes).length > 0 ? { a: attributes } : {}), ...(children.length > 0 ? { c: children } : {}) });
}

/**
 * Turns compiled MDX (the code string from compileMdx) into the inert tree a case pack carries.
 * Tags outside the allowlist keep their text, images become "[image: alt]", unsafe links lose their href.
 */
export function mdxCodeToTree(code: string): MdxTree {
  const Content = getMDXComponent(code, { _jsx_runtime: runtime, React: {}, ReactDOM: {} }) as unknown as (props: Record<string, unknown>) => unknown;
  const out: MdxTreeNode[] = [];
  walk(Content({ components: componentProps }), out, 0);
  return out;
}
