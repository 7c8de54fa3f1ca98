import { describe, expect, it } from '@jest/globals';
import { validateSync } from 'class-validator';
import { IsTrustedProxyList, isAddressOrRange, parseTrustedProxies } from './trusted-proxies';

class Settings {
  @IsTrustedProxyList() TRUSTED_PROXIES = '';
}

const errorsFor = (value: string) =>
  validateSync(Object.assign(new Settings(), { TRUSTED_PROXIES: value })).length;

describe('trusted proxies', () => {
  it('should read a comma-separated list, ignoring blanks and spaces', () => {
    expect(parseTrustedProxies(' 10.0.0.0/8, 127.0.0.1 ,,::1 ')).toEqual(['10.0.0.0/8', '127.0.0.1', '::1']);
    expect(parseTrustedProxies('')).toEqual([]);
  });

  it('should accept IPv4 and IPv6 addresses and ranges', () => {
    for (const entry of [
      '127.0.0.1',
      '10.0.0.0/8',
      '172.16.0.0/12',
      '::1',
      'fc00::/7',
      'fd00::/8',
      '2001:db8::/128',
    ])
      expect(isAddressOrRange(entry)).toBe(true);
  });

  it('should refuse host names, bad prefixes and anything else', () => {
    for (const entry of [
      'localhost',
      '10.0.0.0/33',
      '::1/129',
      '10.0.0.0/',
      '10.0.0.0/8/1',
      '10.0.0.256',
      '*',
    ])
      expect(isAddressOrRange(entry)).toBe(false);
  });

  it('should refuse ranges that take in the internet, where every client could choose its own address', () => {
    for (const entry of ['0.0.0.0/0', '0.0.0.0/1', '8.0.0.0/7', '::/0', '2000::/3'])
      expect(isAddressOrRange(entry)).toBe(false);
    expect(errorsFor('10.0.0.0/8,0.0.0.0/0')).toBe(1);
  });

  it('should let the environment check fail clearly at start-up on a bad entry', () => {
    expect(errorsFor('')).toBe(0);
    expect(errorsFor('10.0.0.0/8,127.0.0.1')).toBe(0);
    expect(errorsFor('10.0.0.0/8,proxy.internal')).toBe(1);
  });
});
