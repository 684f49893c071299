import { createContext, type ReactNode } from 'react';

/**
 * Marks a page whose every read is registered with `useReadsOnFilterChange`: only there do
 * a filter change's reads leave ahead of the render (see filter-reads.ts).
 *
 * Why a page opts in: the reads started ahead go out as one batch, and whatever the render
 * asks for after it goes out as another. On a page where one view registers and another
 * does not (the count above the trend charts), a change would send two requests instead of
 * one, the lone read as a plain GET with a CORS preflight of its own.
 */
export const ReadsAheadContext = createContext(false);

export function ReadsAhead({ children }: { children: ReactNode }) {
  return <ReadsAheadContext value={true}>{children}</ReadsAheadContext>;
}
