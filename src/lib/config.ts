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

/** A rule a setting's value must meet, and what to say when it does not. */
interface Rule {
  ok: (value: string) => boolean;
  reason: string;
}

const httpUrl = (s: string) => {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
};

const flag: Rule = {
  ok: (v) => v === 'true' || v === 'false',
  reason: 'must be "true" or "false"',
};

/**
 * Every setting the dashboard reads, with its rule. Plain checks, not zod: this runs before
 * the first render, and zod loads only with the first answer (README decision 30).
 */
const rules = {
  VITE_INTAKE_API_URL: {
    ok: (v) => (httpUrl(v) && !/[?#]/.test(v)) || /^\/[^?#]*$/.test(v),
    reason:
      'must be an http(s) URL such as http://127.0.0.1:8787/api/v1, or a same-origin path such as /api/v1, without ? or #',
  },
  // The issuer: discovery is read from `<authority>/.well-known/openid-configuration`.
  VITE_OIDC_AUTHORITY: {
    ok: (v) => httpUrl(v) && !/[?#]/.test(v),
    reason:
      'must be an http(s) URL such as https://login.example.org/realms/intake, without ? or #',
  },
  VITE_OIDC_CLIENT_ID: {
    ok: (v) => /^[\x21-\x7e]{1,200}$/.test(v),
    reason: 'must be 1 to 200 printable characters without spaces',
  },
  VITE_DEMO_API: flag,
  VITE_API_BATCH: flag,
  // Leaflet-style template: the placeholders make it a template and not a single image.
  VITE_MAP_TILE_URL: {
    ok: (v) =>
      httpUrl(v.replace(/\{[a-z]+\}/g, '0')) && ['{z}', '{x}', '{y}'].every((p) => v.includes(p)),
    reason: 'must be an http(s) URL template containing {z}, {x} and {y}',
  },
  VITE_MAP_TILE_ATTRIBUTION: {
    ok: (v) => v.length <= 500,
    reason: 'must be at most 500 characters',
  },
} satisfies Record<string, Rule>;

type Settings = Partial<Record<keyof typeof rules, string>>;

/**
 * The settings that are set, trimmed, or every problem. An empty string is not set: that
 * is how an unset variable reaches a .env file.
 */
function readSettings(env: RawEnv): { settings: Settings } | { problems: ConfigProblem[] } {
  const settings: Settings = {};
  const problems: ConfigProblem[] = [];
  for (const [variable, rule] of Object.entries(rules) as [keyof typeof rules, Rule][]) {
    const raw = env[variable];
    if (raw === undefined) continue;
    if (typeof raw !== 'string') {
      problems.push({ variable, reason: `must be text, not ${typeof raw}` });
      continue;
    }
    const value = raw.trim();
    if (value === '') continue;
    if (rule.ok(value)) settings[variable] = value;
    else problems.push({ variable, reason: rule.reason });
  }
  return problems.length ? { problems } : { settings };
}

export function parseConfig(
  env: RawEnv,
): { ok: true; config: AppConfig } | { ok: false; problems: ConfigProblem[] } {
  const read = readSettings(env);
  if ('problems' in read) return { ok: false, problems: read.problems };
  const e = read.settings;
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
