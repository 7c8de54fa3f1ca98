import { describe, expect, it } from '@jest/globals';
import { decodePrincipal, encodePrincipal, hasScope, ANONYMOUS } from './principal';
import { digestSecret, secretMatches } from './secrets';

describe('principal', () => {
  it('should round-trip through the header encoding', () => {
    const principal = { id: 'key:admin', kind: 'admin-key' as const, scopes: ['admin' as const] };
    expect(decodePrincipal(encodePrincipal(principal))).toEqual(principal);
  });

  it('should fall back to anonymous on garbage and drop unknown scopes', () => {
    expect(decodePrincipal('%%%')).toEqual(ANONYMOUS);
    const forged = Buffer.from(
      JSON.stringify({ id: 'x', kind: 'admin-key', scopes: ['root', 'personal-data'] }),
    ).toString('base64url');
    expect(decodePrincipal(forged).scopes).toEqual(['personal-data']);
  });

  it('should grant every scope to admin and only the named one otherwise', () => {
    expect(hasScope({ id: 'a', kind: 'admin-key', scopes: ['admin'] }, 'personal-data')).toBe(true);
    expect(hasScope({ id: 'b', kind: 'admin-key', scopes: ['registrations:write'] }, 'personal-data')).toBe(
      false,
    );
  });
});

describe('secrets', () => {
  it('should match only the exact secret', () => {
    const digest = digestSecret('s3cret-value');
    expect(secretMatches('s3cret-value', digest)).toBe(true);
    expect(secretMatches('s3cret-valuE', digest)).toBe(false);
    expect(secretMatches(undefined, digest)).toBe(false);
    expect(secretMatches('', digest)).toBe(false);
  });
});
