import type { ComponentType } from 'react';
import type { MdxComponentName } from '@/lib/content/mdx-component-names';
import { Callout } from './callout';

/** The one component map for all MDX content; lib/content/mdx-component-names.ts lists the same names. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes arbitrary props to each component
export const mdxComponents: Record<MdxComponentName, ComponentType<any>> = {
  Callout,
};
