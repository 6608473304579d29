import type { ComponentPropsWithoutRef, ComponentType } from 'react';
import type { MdxComponentName } from '@/lib/content/mdx-component-names';
import { Callout } from './callout';

/** Wide code blocks scroll; keyboard users need to be able to focus them to scroll. */
function ScrollablePre(props: ComponentPropsWithoutRef<'pre'>) {
  return <pre tabIndex={0} {...props} />;
}

/** The one component map for all MDX content; lib/content/mdx-component-names.ts lists the same names. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes arbitrary props to each component
export const mdxComponents: Record<MdxComponentName | 'pre', ComponentType<any>> = {
  Callout,
  pre: ScrollablePre,
};
