import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'System Design Trainer', template: '%s · System Design Trainer' },
  description: 'Rehearse a data-platform system-design interview step by step, with instant, deterministic feedback.',
};

/** Renders per request so Next.js can stamp its inline scripts with the CSP nonce proxy.ts issues. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
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
