import { describeQueryFailures } from './query-failure-suite.tsx';
import { queryCases } from './query-cases.ts';

// A third of the queries (query-failure-suite.tsx says what is checked): three files, so
// Vitest runs them in parallel. Every query falls in exactly one part.
describeQueryFailures(queryCases.filter((_, i) => i % 3 === 0));
