/**
 * The Content Security Policy and the other security headers of the built dashboard, from
 * its build-time settings. `vite preview` sends them (vite.config.ts), the README lists them
 * for a static host, and the end-to-end suite runs with them enforced.
 *
 * Why each directive:
 * - script-src 'self': the bundle only; no inline script, no eval (zod runs jitless).
 * - worker-src 'self': the MSW service worker of the mocked API (mock builds only).
 * - connect-src 'self' + the intake API origin (+ the sign-in provider): data can only go
 *   where the configuration says, so an injected fetch cannot exfiltrate reports.
 * - style-src 'self': the bundled CSS. Recharts and Leaflet set inline styles through the
 *   CSSOM (element.style), which CSP does not govern, so no 'unsafe-inline' is needed.
 * - img-src 'self' data: blob:: Leaflet's and the chart downloads' data/blob images, plus
 *   the tile server when one is configured.
 * - object-src, base-uri 'none'; frame-ancestors 'none' (no clickjacking); form-action 'self'.
 * - frame-src 'none': sign-in renews with refresh tokens, not a hidden iframe (README,
 *   decision 14), so nothing is ever framed.
 */

export interface CspSettings {
  /** VITE_INTAKE_API_URL: absolute URL, same-origin path, or unset (mocked in the browser). */
  intakeApiUrl?: string;
  /** VITE_OIDC_AUTHORITY: the sign-in provider (discovery, token and JWKS calls). */
  oidcAuthority?: string;
  /** VITE_MAP_TILE_URL: a Leaflet template such as https://tile.example.org/{z}/{x}/{y}.png. */
  tileUrlTemplate?: string;
}

/** The origin of an absolute http(s) URL or URL template; null for a path or nonsense. */
export function originOf(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url.trim())) return null;
  try {
    // Template placeholders ({s}.tile…, {z}) are not valid host characters: neutralise them.
    const parsed = new URL(url.trim().replace(/\{[a-z]+\}/gi, 'x'));
    return parsed.origin;
  } catch {
    return null;
  }
}

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];

export type CspDirectives = Record<string, string[]>;

export function cspDirectives(settings: CspSettings): CspDirectives {
  const api = originOf(settings.intakeApiUrl);
  const oidc = originOf(settings.oidcAuthority);
  const tiles = originOf(settings.tileUrlTemplate);
  const directives: CspDirectives = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'worker-src': ["'self'"],
    'connect-src': unique(["'self'", api, oidc]),
    'style-src': ["'self'"],
    'img-src': unique(["'self'", 'data:', 'blob:', tiles]),
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'frame-src': ["'none'"],
    'manifest-src': ["'self'"],
  };
  return directives;
}

export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export function contentSecurityPolicy(settings: CspSettings): string {
  return serializeCsp(cspDirectives(settings));
}

/** Every header a host serving the built app should send. */
export function securityHeaders(settings: CspSettings): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(settings),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Belt and braces with frame-ancestors for old browsers.
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  };
}
