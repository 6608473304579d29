'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

const POLL_MS = 1_000;

/** Polls the case folder's fingerprint and re-renders the preview when a file is saved. */
export function AuthorReload({ slug, version }: { slug: string; version: string }) {
  const router = useRouter();
  const [stopped, setStopped] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const timer = window.setInterval(() => {
      void fetch(`/author/${slug}/version`, { cache: 'no-store' })
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          const { version: current } = (await response.json()) as { version?: string };
          if (!cancelled && current !== version) router.refresh();
        })
        .catch(() => {
          if (!cancelled) setStopped(true);
        });
    }, POLL_MS);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
    };
  }, [slug, version, router]);
  return (
    <p className="muted" role="status">
      {stopped ? 'The preview lost touch with the server; reload the page.' : 'Updates when you save a file of this case.'}
    </p>
  );
}
