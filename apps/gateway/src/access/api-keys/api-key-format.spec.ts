import { describe, expect, it } from '@jest/globals';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32, generateApiKey, hasValidChecksum, hintOf } from './api-key-format';

describe('API key format', () => {
  it('should generate prefixed base62 keys with a valid checksum, all different', () => {
    const keys = Array.from({ length: 200 }, generateApiKey);
    for (const key of keys) {
      expect(key).toMatch(/^jiyn_[0-9A-Za-z]{38}$/);
      expect(hasValidChecksum(key)).toBe(true);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('should compute CRC-32 as zlib does', () => {
    const bytes = Buffer.from('jiyn_0123456789abcdefghijABCDEFGHIJ');
    expect(crc32(bytes)).toBe((zlibCrc32 as (data: Uint8Array) => number)(bytes));
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('should reject any single-character typo, a truncation and a foreign prefix', () => {
    const key = generateApiKey();
    for (let i = 5; i < key.length; i += 1) {
      const swapped = key[i] === 'a' ? 'b' : 'a';
      expect(hasValidChecksum(key.slice(0, i) + swapped + key.slice(i + 1))).toBe(false);
    }
    expect(hasValidChecksum(key.slice(0, -1))).toBe(false);
    expect(hasValidChecksum(`ghp_${key.slice(5)}`)).toBe(false);
  });

  it('should show only the prefix and the last four characters', () => {
    const key = generateApiKey();
    expect(hintOf(key)).toBe(`jiyn_…${key.slice(-4)}`);
  });
});
