import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="page page-narrow">
      <h1>Page not found</h1>
      <p>There is no case or step at this address. It may have been renamed, or the link has a typo.</p>
      <p>
        <Link className="button button-primary" href="/">
          Browse the case studies
        </Link>
      </p>
    </div>
  );
}
