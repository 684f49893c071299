import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

/**
 * Messages that describe the test harness, not the app. React 19 warns when a lazily loaded
 * piece (a page chunk, the map) suspends inside an `act` that Testing Library's user-event
 * started but does not await; the tests await the result on screen instead.
 */
const harnessNoise = [/A component suspended inside an `act` scope, but the `act` call was not awaited/];

// Any other console.error during a test (a React warning, a failed prop type, an act() slip)
// is a bug we have not noticed yet: fail the test that caused it.
const originalError = console.error;
console.error = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (harnessNoise.some((re) => re.test(text))) return;
  originalError(...args);
  throw new Error(`console.error was called: ${text.slice(0, 500)}`);
};
