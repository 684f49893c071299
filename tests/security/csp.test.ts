import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  cspDirectives,
  originOf,
  securityHeaders,
} from '../../src/security/csp.ts';

describe('the Content Security Policy', () => {
  it('is strict with the mocked API: self only, no inline script, no eval, nothing framed', () => {
    const d = cspDirectives({});
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['connect-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(d['frame-src']).toEqual(["'none'"]);
    const all = Object.values(d).flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain('*');
  });

  it('connects only to the configured intake API and sign-in origins, and frames nothing', () => {
    const d = cspDirectives({
      intakeApiUrl: 'https://intake.example.org/api/v1',
      oidcAuthority: 'https://login.example.org/realms/charity',
    });
    expect(d['connect-src']).toEqual([
      "'self'",
      'https://intake.example.org',
      'https://login.example.org',
    ]);
    // Renewal uses refresh tokens, not a hidden iframe.
    expect(d['frame-src']).toEqual(["'none'"]);
    // A same-origin path adds nothing.
    expect(cspDirectives({ intakeApiUrl: '/api/v1' })['connect-src']).toEqual(["'self'"]);
  });

  it('allows images from the tile server only when one is configured', () => {
    expect(cspDirectives({})['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(
      cspDirectives({ tileUrlTemplate: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' })['img-src'],
    ).toEqual(["'self'", 'data:', 'blob:', 'https://x.tile.example.org']);
  });

  it('reads origins only from absolute http(s) URLs', () => {
    expect(originOf('http://127.0.0.1:8787/api/v1')).toBe('http://127.0.0.1:8787');
    expect(originOf('/api/v1')).toBeNull();
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf(undefined)).toBeNull();
    expect(originOf('')).toBeNull();
  });

  it('serialises into one header with the other security headers', () => {
    const headers = securityHeaders({ intakeApiUrl: 'http://127.0.0.1:8787/api/v1' });
    expect(headers['Content-Security-Policy']).toBe(
      contentSecurityPolicy({ intakeApiUrl: 'http://127.0.0.1:8787/api/v1' }),
    );
    expect(headers['Content-Security-Policy']).toMatch(/^default-src 'self'; script-src 'self'; /);
    expect(headers['Content-Security-Policy']).toContain(
      "connect-src 'self' http://127.0.0.1:8787;",
    );
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Frame-Options']).toBe('DENY');
  });
});
