import { afterEach, vi } from 'vitest';

// A console.error during a test is a bug we have not noticed yet: fail the test.
afterEach(() => {
  vi.restoreAllMocks();
});
const originalError = console.error;
console.error = (...args: unknown[]) => {
  originalError(...args);
  throw new Error(`console.error was called: ${args.map(String).join(' ').slice(0, 500)}`);
};
