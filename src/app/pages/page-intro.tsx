import type { ReactNode } from 'react';

/** The sentence under a page's heading that says what the page is for. */
export function PageIntro({ children }: { children: ReactNode }) {
  return <p className="page-intro">{children}</p>;
}
