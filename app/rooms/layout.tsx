import type { ReactNode } from 'react';
import './rooms.css';

/** The live rooms' pages share their own few styles. */
export default function RoomsLayout({ children }: { children: ReactNode }) {
  return children;
}
