import ReactMarkdown, { defaultUrlTransform } from 'react-markdown';
import type { Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { isAllowedImageSource } from '@/lib/util/image-source';

/** Images from our origin or data: URLs render; any other is a link, so opening notes never fetches another site. */
const components: Components = {
  img: ({ src, alt }) => {
    const url = typeof src === 'string' ? src : undefined;
    const origin = typeof window === 'undefined' ? undefined : window.location.origin;
    // A learner's own image (our origin or data:), sized by the prose styles; next/image cannot take data: URLs.
    // eslint-disable-next-line @next/next/no-img-element
    if (url && isAllowedImageSource(url, origin)) return <img src={url} alt={alt ?? ''} />;
    return (
      <a href={url} rel="noreferrer noopener" className="markdown-image-link">
        {alt ? `Image: ${alt}` : 'Image'} ({url ?? 'no address'})
      </a>
    );
  },
};

/**
 * react-markdown's default transform blanks every data: URL; an inline data:image is the learner's own
 * picture and fetches nothing, so it is kept for images (the img renderer above still checks it).
 */
function urlTransform(url: string, key: string): string {
  if (key === 'src' && /^data:image\/[a-z0-9.+-]+[;,]/i.test(url.trim())) return url;
  return defaultUrlTransform(url);
}

/**
 * Renders Markdown (a learner's notes, a drill's text). react-markdown never injects raw HTML, so
 * pasted markup stays text. No client directive: a server component renders it to HTML and ships no
 * Markdown code (the lesson's first drill); client components use it through markdown-preview.tsx.
 */
export function MarkdownView({ source }: { source: string }) {
  if (source.trim() === '') return <p className="muted">Nothing to preview yet.</p>;
  return (
    <div className="prose prose-notes">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={components} urlTransform={urlTransform}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
