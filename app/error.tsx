'use client';

import Link from 'next/link';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="page page-narrow">
      <h1>Something went wrong</h1>
      <p>The page hit an unexpected error. Your saved work is not affected.</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={reset}>
          Try again
        </button>
        <Link className="button" href="/">
          Back to the case studies
        </Link>
      </div>
    </div>
  );
}
