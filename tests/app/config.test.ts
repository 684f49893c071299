import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/lib/config.ts';

describe('parseConfig', () => {
  it('runs on the mock worker without configuration', () => {
    expect(parseConfig({})).toEqual({
      ok: true,
      config: {
        mode: 'mock',
        apiBaseUrl: '/api/v1',
        demoApi: false,
        personaSwitcher: true,
        apiBatch: false,
        mapTiles: null,
        oidc: null,
      },
    });
    expect(parseConfig({ VITE_INTAKE_API_URL: '', DEV: true })).toMatchObject({
      ok: true,
      config: { mode: 'mock' },
    });
  });

  it('talks HTTP to a configured API, with the switcher only for the demo server', () => {
    const real = parseConfig({ VITE_INTAKE_API_URL: 'https://intake.example.org/api/v1/' });
    expect(real).toMatchObject({
      ok: true,
      config: {
        mode: 'http',
        apiBaseUrl: 'https://intake.example.org/api/v1',
        personaSwitcher: false,
      },
    });
    const demo = parseConfig({
      VITE_INTAKE_API_URL: 'http://127.0.0.1:8787/api/v1',
      VITE_DEMO_API: 'true',
    });
    expect(demo).toMatchObject({ ok: true, config: { demoApi: true, personaSwitcher: true } });
  });

  it('batches reads only when the HTTP API is said to answer POST /batch', () => {
    const api = { VITE_INTAKE_API_URL: 'https://intake.example.org/api/v1' };
    expect(parseConfig(api)).toMatchObject({ ok: true, config: { apiBatch: false } });
    expect(parseConfig({ ...api, VITE_API_BATCH: 'true' })).toMatchObject({
      ok: true,
      config: { apiBatch: true },
    });
    expect(parseConfig({ ...api, VITE_API_BATCH: 'yes' })).toMatchObject({
      ok: false,
      problems: [{ variable: 'VITE_API_BATCH', reason: 'must be "true" or "false"' }],
    });
    // The worker answers in the page: there is no network to save.
    expect(parseConfig({ VITE_API_BATCH: 'true' })).toMatchObject({
      ok: false,
      problems: [{ variable: 'VITE_API_BATCH', reason: expect.stringContaining('VITE_INTAKE_API_URL') }],
    });
  });

  it('signs in with OpenID Connect when both settings are given, and drops the personas', () => {
    expect(
      parseConfig({
        VITE_INTAKE_API_URL: 'http://127.0.0.1:8787/api/v1',
        VITE_DEMO_API: 'true',
        VITE_OIDC_AUTHORITY: ' https://login.example.org/realms/intake/ ',
        VITE_OIDC_CLIENT_ID: 'intake-dashboard',
      }),
    ).toMatchObject({
      ok: true,
      config: {
        oidc: { authority: 'https://login.example.org/realms/intake', clientId: 'intake-dashboard' },
        demoApi: false,
        personaSwitcher: false,
      },
    });
  });

  it('wants both OIDC settings or neither, an http(s) issuer, and an HTTP intake API', () => {
    const api = { VITE_INTAKE_API_URL: 'https://intake.example.org/api/v1' };
    expect(parseConfig({ ...api, VITE_OIDC_AUTHORITY: 'https://login.example.org' })).toEqual({
      ok: false,
      problems: [{ variable: 'VITE_OIDC_CLIENT_ID', reason: expect.stringContaining('must be set') }],
    });
    expect(parseConfig({ ...api, VITE_OIDC_CLIENT_ID: 'intake-dashboard' })).toEqual({
      ok: false,
      problems: [{ variable: 'VITE_OIDC_AUTHORITY', reason: expect.stringContaining('must be set') }],
    });
    for (const bad of ['login.example.org', 'javascript:alert(1)', 'https://login.example.org/?x=1']) {
      expect(
        parseConfig({ ...api, VITE_OIDC_AUTHORITY: bad, VITE_OIDC_CLIENT_ID: 'intake-dashboard' }),
      ).toMatchObject({ ok: false, problems: [{ variable: 'VITE_OIDC_AUTHORITY' }] });
    }
    expect(
      parseConfig({ ...api, VITE_OIDC_AUTHORITY: 'https://login.example.org', VITE_OIDC_CLIENT_ID: 'a b' }),
    ).toMatchObject({ ok: false, problems: [{ variable: 'VITE_OIDC_CLIENT_ID' }] });
    expect(
      parseConfig({ VITE_OIDC_AUTHORITY: 'https://login.example.org', VITE_OIDC_CLIENT_ID: 'x' }),
    ).toEqual({
      ok: false,
      problems: [
        { variable: 'VITE_OIDC_AUTHORITY', reason: expect.stringContaining('VITE_INTAKE_API_URL') },
      ],
    });
  });

  it('names the wrong setting and says why', () => {
    expect(parseConfig({ VITE_INTAKE_API_URL: 'ftp://x/api' })).toEqual({
      ok: false,
      problems: [
        { variable: 'VITE_INTAKE_API_URL', reason: expect.stringContaining('http(s) URL') },
      ],
    });
    expect(parseConfig({ VITE_DEMO_API: 'yes' })).toMatchObject({
      ok: false,
      problems: [{ variable: 'VITE_DEMO_API', reason: 'must be "true" or "false"' }],
    });
    expect(parseConfig({ VITE_MAP_TILE_URL: 'https://tiles.example/{z}/{x}.png' })).toMatchObject({
      ok: false,
      problems: [{ variable: 'VITE_MAP_TILE_URL' }],
    });
    expect(
      parseConfig({ VITE_MAP_TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png' }),
    ).toMatchObject({
      ok: false,
      problems: [{ variable: 'VITE_MAP_TILE_ATTRIBUTION' }],
    });
  });

  it('names every wrong setting at once, and a value that is not text', () => {
    expect(
      parseConfig({ VITE_DEMO_API: true, VITE_API_BATCH: 'on', VITE_OIDC_CLIENT_ID: 'a b' }),
    ).toEqual({
      ok: false,
      problems: [
        { variable: 'VITE_OIDC_CLIENT_ID', reason: expect.stringContaining('without spaces') },
        { variable: 'VITE_DEMO_API', reason: 'must be text, not boolean' },
        { variable: 'VITE_API_BATCH', reason: 'must be "true" or "false"' },
      ],
    });
  });

  it('accepts map tiles with their credit line', () => {
    const result = parseConfig({
      VITE_MAP_TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      VITE_MAP_TILE_ATTRIBUTION: '© OpenStreetMap contributors',
    });
    expect(result).toMatchObject({
      ok: true,
      config: { mapTiles: { attribution: '© OpenStreetMap contributors' } },
    });
  });
});
