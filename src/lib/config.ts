import { z } from 'zod';

/**
 * The dashboard's start-up configuration, read from Vite's `import.meta.env` and validated
 * once. A wrong value must produce a page that names the setting, not a blank screen, so
 * this returns the problems instead of throwing.
 */

export interface AppConfig {
  /** 'mock': the MSW worker answers same-origin `/api/v1`; 'http': a real (or demo) intake API. */
  mode: 'mock' | 'http';
  /** Base URL of the intake API, without a trailing slash; ends in `/api/v1`. */
  apiBaseUrl: string;
  /** The HTTP API is the demo server (`npm run mock-api`): personas can be switched. */
  demoApi: boolean;
  /** Show the persona switcher: mock mode, or the demo HTTP server. Never a real API. */
  personaSwitcher: boolean;
  /**
   * The HTTP API answers `POST /batch`, so reads asked for together go out as one request.
   * Optional (absent in configs written by hand for tests): off.
   */
  apiBatch?: boolean;
  mapTiles: { urlTemplate: string; attribution: string } | null;
  /**
   * Sign-in with OpenID Connect (authorization code + PKCE). Null (or absent, as in configs
   * written by hand for tests): demo personas, or no sign-in.
   */
  oidc?: OidcConfig | null;
}

export interface OidcConfig {
  /** The provider's issuer URL; its discovery document lives under it. */
  authority: string;
  clientId: string;
}

export interface ConfigProblem {
  variable: string;
  reason: string;
}

export type RawEnv = Record<string, string | boolean | undefined>;

const MOCK_BASE_URL = '/api/v1';

/** Empty strings count as "not set": that is how an unset variable reaches a .env file. */
const optionalText = z.preprocess(
  (v) =>
    typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v,
  z.string().optional(),
);

const httpUrl = (s: string) => {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
};

const apiUrl = optionalText.refine(
  (v) => v === undefined || (httpUrl(v) && !/[?#]/.test(v)) || /^\/[^?#]*$/.test(v),
  'must be an http(s) URL such as http://127.0.0.1:8787/api/v1, or a same-origin path such as /api/v1, without ? or #',
);

const flag = optionalText.refine(
  (v) => v === undefined || v === 'true' || v === 'false',
  'must be "true" or "false"',
);

// Leaflet-style template: the placeholders make it a template and not a single image.
const tileTemplate = optionalText.refine(
  (v) =>
    v === undefined ||
    (httpUrl(v.replace(/\{[a-z]+\}/g, '0')) && ['{z}', '{x}', '{y}'].every((p) => v.includes(p))),
  'must be an http(s) URL template containing {z}, {x} and {y}',
);

// The issuer: discovery is read from `<authority>/.well-known/openid-configuration`.
const authorityUrl = optionalText.refine(
  (v) => v === undefined || (httpUrl(v) && !/[?#]/.test(v)),
  'must be an http(s) URL such as https://login.example.org/realms/intake, without ? or #',
);

const EnvSchema = z.object({
  VITE_INTAKE_API_URL: apiUrl,
  VITE_OIDC_AUTHORITY: authorityUrl,
  VITE_OIDC_CLIENT_ID: optionalText.refine(
    (v) => v === undefined || /^[\x21-\x7e]{1,200}$/.test(v),
    'must be 1 to 200 printable characters without spaces',
  ),
  VITE_DEMO_API: flag,
  VITE_API_BATCH: flag,
  VITE_MAP_TILE_URL: tileTemplate,
  VITE_MAP_TILE_ATTRIBUTION: optionalText.refine(
    (v) => v === undefined || v.length <= 500,
    'must be at most 500 characters',
  ),
});

export function parseConfig(
  env: RawEnv,
): { ok: true; config: AppConfig } | { ok: false; problems: ConfigProblem[] } {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? 'configuration'),
        reason: issue.message,
      })),
    };
  }
  const e = parsed.data;
  // Tiles from a third party must be credited (OpenStreetMap's licence requires it).
  if (e.VITE_MAP_TILE_URL && !e.VITE_MAP_TILE_ATTRIBUTION) {
    return {
      ok: false,
      problems: [
        {
          variable: 'VITE_MAP_TILE_ATTRIBUTION',
          reason: 'must be set when VITE_MAP_TILE_URL is set (map tiles need their credit line)',
        },
      ],
    };
  }
  const http = e.VITE_INTAKE_API_URL !== undefined;
  const oidcProblem = checkOidcSettings(e, http);
  if (oidcProblem) return { ok: false, problems: [oidcProblem] };
  const oidc =
    e.VITE_OIDC_AUTHORITY && e.VITE_OIDC_CLIENT_ID
      ? { authority: e.VITE_OIDC_AUTHORITY.replace(/\/+$/, ''), clientId: e.VITE_OIDC_CLIENT_ID }
      : null;
  // Signed in for real, the token decides who the caller is: no persona to switch to.
  const demoApi = http && oidc === null && e.VITE_DEMO_API === 'true';
  if (e.VITE_API_BATCH === 'true' && !http) {
    return {
      ok: false,
      problems: [
        {
          variable: 'VITE_API_BATCH',
          reason: 'needs VITE_INTAKE_API_URL: the demo data in the browser is not behind a network',
        },
      ],
    };
  }
  return {
    ok: true,
    config: {
      mode: http ? 'http' : 'mock',
      apiBaseUrl: (e.VITE_INTAKE_API_URL ?? MOCK_BASE_URL).replace(/\/+$/, ''),
      demoApi,
      personaSwitcher: !http || demoApi,
      apiBatch: e.VITE_API_BATCH === 'true',
      mapTiles:
        e.VITE_MAP_TILE_URL && e.VITE_MAP_TILE_ATTRIBUTION
          ? { urlTemplate: e.VITE_MAP_TILE_URL, attribution: e.VITE_MAP_TILE_ATTRIBUTION }
          : null,
      oidc,
    },
  };
}

/** Both OIDC settings or neither, and only with an HTTP intake API that can check the token. */
function checkOidcSettings(
  e: { VITE_OIDC_AUTHORITY?: string; VITE_OIDC_CLIENT_ID?: string },
  http: boolean,
): ConfigProblem | null {
  const authority = e.VITE_OIDC_AUTHORITY !== undefined;
  const clientId = e.VITE_OIDC_CLIENT_ID !== undefined;
  if (authority && !clientId) {
    return { variable: 'VITE_OIDC_CLIENT_ID', reason: 'must be set when VITE_OIDC_AUTHORITY is set' };
  }
  if (clientId && !authority) {
    return { variable: 'VITE_OIDC_AUTHORITY', reason: 'must be set when VITE_OIDC_CLIENT_ID is set' };
  }
  if (authority && !http) {
    return {
      variable: 'VITE_OIDC_AUTHORITY',
      reason:
        'needs VITE_INTAKE_API_URL: the demo data in the browser cannot check a real sign-in',
    };
  }
  return null;
}
