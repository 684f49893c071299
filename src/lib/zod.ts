import { z } from 'zod';

/**
 * zod, as the dashboard uses it: every module of the app that builds or runs a schema
 * imports `z` from here (lint enforces it), so zod runs jitless before any schema is built.
 * Our CSP forbids eval, and zod otherwise probes for `new Function`. A build also sets this
 * in every chunk (security/zod-jitless-banner.ts); this covers the dev server and tests.
 *
 * Import it statically, never with `import()`: a dynamic import hands out the module's
 * namespace, `z` with it, and the bundler must then keep all of zod (every locale, its JIT
 * compiler, the JSON Schema reader): 382 kB where the schemas need 92 (`npm run budget`
 * fails on it; README decision 32).
 */
z.config({ jitless: true });

export { z };
