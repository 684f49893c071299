import { describe, expect, it } from 'vitest';
import { returnPathOf, safeReturnPath } from '../../src/auth/auth-paths.ts';
import { clearOidcStorage } from '../../src/auth/oidc-storage.ts';

describe('safeReturnPath', () => {
  it('keeps a path on this origin whole: filters, view parameters and fragment', () => {
    expect(safeReturnPath('/cases?urgency=high%2Cmedium&sort=urgency#row-3')).toBe(
      '/cases?urgency=high%2Cmedium&sort=urgency#row-3',
    );
    expect(safeReturnPath('/')).toBe('/');
  });

  it('never sends the browser to another site, whatever came back from the provider', () => {
    for (const hostile of [
      '//evil.example/cases',
      '/\\evil.example',
      '/\t/evil.example',
      '/.//evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      'cases',
      '',
      42,
      null,
      { pathname: '/' },
      `/${'x'.repeat(5000)}`,
    ]) {
      expect(safeReturnPath(hostile)).toBe('/');
    }
  });

  it('does not return to the sign-in pages themselves', () => {
    expect(safeReturnPath('/auth/callback?code=abc&state=def')).toBe('/');
    expect(safeReturnPath('/auth/signed-out')).toBe('/');
  });

  it('reads the page to come back to from a location', () => {
    expect(returnPathOf({ pathname: '/map', search: '?range=7d', hash: '#z' })).toBe('/map?range=7d#z');
  });
});

describe('clearOidcStorage', () => {
  it('removes the sign-in library’s entries and nothing else', () => {
    const data = new Map<string, string>([
      ['oidc.a1', '{"code_verifier":"x"}'],
      ['oidc.user:issuer:client', '{"access_token":"t"}'],
      ['intake-dashboard.theme', 'dark'],
    ]);
    const storage = {
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
      clear: () => data.clear(),
    } satisfies Storage;
    clearOidcStorage(storage);
    expect([...data.keys()]).toEqual(['intake-dashboard.theme']);
  });
});
