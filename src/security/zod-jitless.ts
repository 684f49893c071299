import { z } from 'zod';

/**
 * zod 4 decides at each object schema's construction whether it may compile a fast parser
 * with `new Function`, which the CSP forbids (script-src without 'unsafe-eval'): the probe
 * alone is a CSP violation. So jitless must be set before the first schema is built, which
 * is why src/main.tsx imports this module before anything else.
 */
z.config({ jitless: true });
