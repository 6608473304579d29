'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="page page-narrow">
      <h1>Something went wrong</h1>
      <p>The page hit an unexpected error. Your saved work is not affected.</p>
      <button type="button" className="button button-primary" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
