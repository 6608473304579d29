import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'System Design Trainer', template: '%s · System Design Trainer' },
  description: 'Rehearse a data-platform system-design interview step by step, with instant, deterministic feedback.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>Works offline. Your work stays in this browser.</p>
        </footer>
      </body>
    </html>
  );
}
