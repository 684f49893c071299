/// <reference types="vite/client" />

/** The settings the dashboard reads at build time; validated by `parseConfig`. */
interface ImportMetaEnv {
  /** The intake API, e.g. http://127.0.0.1:8787/api/v1. Unset: demo data from the MSW worker. */
  readonly VITE_INTAKE_API_URL?: string;
  /** "true": the HTTP API is the demo server (`npm run mock-api`); offer the persona switcher. */
  readonly VITE_DEMO_API?: string;
  /** "true": the intake API answers `POST /batch`; reads asked for together share one request. */
  readonly VITE_API_BATCH?: string;
  /** OpenID Connect issuer URL; with VITE_OIDC_CLIENT_ID, users sign in with it. */
  readonly VITE_OIDC_AUTHORITY?: string;
  /** The dashboard's client id at that provider (a public client using PKCE). */
  readonly VITE_OIDC_CLIENT_ID?: string;
  /** Map tile URL template with {z}, {x}, {y}. */
  readonly VITE_MAP_TILE_URL?: string;
  /** The tiles' credit line; required with VITE_MAP_TILE_URL. */
  readonly VITE_MAP_TILE_ATTRIBUTION?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
