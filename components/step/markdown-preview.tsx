'use client';

import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** Renders the learner's Markdown. react-markdown never injects raw HTML, so pasted markup stays text. */
export function MarkdownPreview({ source }: { source: string }) {
  if (source.trim() === '') return <p className="muted">Nothing to preview yet.</p>;
  return (
    <div className="prose prose-notes">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml>
        {source}
      </ReactMarkdown>
    </div>
  );
}
