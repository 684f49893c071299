import type { Plugin } from 'vite';

/**
 * zod 4 decides, as each object schema is built, whether it may compile a fast parser with
 * `new Function`; the probe alone is a CSP violation (script-src has no 'unsafe-eval'),
 * even though zod catches the error. It is skipped only when `jitless` is set *before the
 * first schema is built*, and in a code-split build no import order guarantees that (the
 * chunk holding zod and the contract runs before the entry's own code). zod reads its
 * config from `globalThis.__zod_globalConfig`, so every chunk of the build starts by
 * setting it there: whichever chunk runs first, the flag is already set.
 */
export const ZOD_JITLESS_BANNER = '(globalThis.__zod_globalConfig??={}).jitless=true;';

export function zodJitlessInEveryChunk(): Plugin {
  return {
    name: 'zod-jitless-in-every-chunk',
    apply: 'build',
    // As an output option, so the bundler shifts the source maps for it.
    config: () => ({ build: { rolldownOptions: { output: { postBanner: ZOD_JITLESS_BANNER } } } }),
  };
}
