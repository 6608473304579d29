import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from './mdx-components';

/** Renders compiled MDX on the server: content pages ship no JavaScript for their prose. */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return (
    <div className="prose">
      {/* A server component renders once per request: there is no state for a fresh component to reset. */}
      {/* eslint-disable-next-line react-hooks/static-components */}
      <Content components={mdxComponents} />
    </div>
  );
}
