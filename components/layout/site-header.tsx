import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link href="/" className="brand">
        System Design Trainer
      </Link>
      <nav aria-label="Main">
        <ul>
          <li>
            <Link href="/">Case studies</Link>
          </li>
          <li>
            <Link href="/practice">Practice</Link>
          </li>
          <li>
            <Link href="/review">Review</Link>
          </li>
          <li>
            <Link href="/history">History</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
