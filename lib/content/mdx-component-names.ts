/**
 * The components case and lesson MDX may use. The one MDX component map in components/mdx/ must
 * provide exactly these, and content:check refuses MDX that uses anything else.
 */
export const MDX_COMPONENT_NAMES = ['Callout'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

const JSX_TAG = /<([A-Z][A-Za-z0-9]*)/g;

/** Capitalised JSX tags in an MDX body that no component in the map provides. */
export function unknownMdxComponents(body: string): string[] {
  const allowed = new Set<string>(MDX_COMPONENT_NAMES);
  const unknown = new Set<string>();
  for (const match of body.matchAll(JSX_TAG)) {
    const name = match[1];
    if (name && !allowed.has(name)) unknown.add(name);
  }
  return [...unknown].sort();
}
