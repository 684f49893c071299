import { z } from 'zod';

/**
 * zod, as the dashboard uses it: every module of the app that builds or runs a schema
 * imports `z` from here (lint enforces it), so zod runs jitless before any schema is built.
 * Our CSP forbids eval, and zod otherwise probes for `new Function`. A build also sets this
 * in every chunk (security/zod-jitless-banner.ts); this covers the dev server and tests.
 */
z.config({ jitless: true });

export { z };
