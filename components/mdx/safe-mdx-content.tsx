import { createElement } from 'react';
import type { ReactNode } from 'react';
import type { MdxTree, MdxTreeNode } from '@/lib/content/pack-mdx-tree';
import { safeAttribute } from '@/lib/content/pack-mdx-tree';
import { mdxComponents } from './mdx-components';

/** Attributes as React props, each passed through the allowlist again (a stored tree is not trusted). */
function propsOf(node: Exclude<MdxTreeNode, string>, key: number): Record<string, unknown> {
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(node.a ?? {})) {
    const kept = safeAttribute(name, value);
    if (kept === undefined) continue;
    if (name === 'align') props.style = { textAlign: kept };
    else if (name === 'start') props.start = Number(kept);
    else props[name] = kept;
  }
  // Links out of the app open as plain links that send no referrer.
  if (typeof props.href === 'string' && /^(?:https?:|mailto:)/i.test(props.href)) props.rel = 'noreferrer noopener';
  return props;
}

function render(nodes: readonly MdxTreeNode[] | undefined, depth: number): ReactNode[] {
  if (!nodes || depth > 60) return [];
  return nodes.map((node, index) => {
    if (typeof node === 'string') return node;
    const children = render(node.c, depth + 1);
    const props = propsOf(node, index);
    switch (node.t) {
      case 'Callout':
        return createElement(mdxComponents.Callout, props, ...children);
      case 'pre':
        return createElement(mdxComponents.pre, props, ...children);
      case 'hr':
      case 'br':
        return createElement(node.t, props);
      default:
        return createElement(node.t, props, ...children);
    }
  });
}

/**
 * Renders Markdown compiled at pack time (lib/content/pack-mdx-tree.ts) as React elements: the
 * imported-case counterpart of MdxContent, with no code evaluated and only allowlisted tags.
 */
export function SafeMdxContent({ tree }: { tree: MdxTree }) {
  return <div className="prose">{render(tree, 0)}</div>;
}
