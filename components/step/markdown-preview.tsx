'use client';

import { MarkdownView } from './markdown-view';

/** Renders the learner's Markdown in the browser (markdown-view.tsx); react-markdown loads with it. */
export function MarkdownPreview({ source }: { source: string }) {
  return <MarkdownView source={source} />;
}
