import type { ReactNode } from 'react';

/**
 * The page's one h1. It can take focus (tabIndex -1) so that a route change moves screen readers
 * and keyboard users to the new page's start; see App.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
