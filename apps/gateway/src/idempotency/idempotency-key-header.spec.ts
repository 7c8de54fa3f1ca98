import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { ProblemException } from '@jiyn/problems';
import { collectUpTo } from './collect-up-to';
import { assertAnonymousKey, parseIdempotencyKey } from './idempotency-key-header';
import { fingerprintOf, keepsAnswer } from './idempotent-requests';

const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as ProblemException).problemType;
  }
  return undefined;
};

describe('parseIdempotencyKey', () => {
  it('should read the bare and the RFC 8941 string forms alike, escapes included', () => {
    expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe(
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
    expect(parseIdempotencyKey('"8e03978e-40d5-43e8-bc93-6894a57f9324"')).toBe(
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
    expect(parseIdempotencyKey('"a \\"b\\" \\\\c"')).toBe('a "b" \\c');
    expect(parseIdempotencyKey('x'.repeat(255))).toHaveLength(255);
  });

  it.each([
    [''],
    ['x'.repeat(256)],
    ['"abc'],
    ['""'],
    ['"a\\b"'],
    ['"a"b"'],
    ['ключ'],
    ['a\tb'],
    [['a', 'b']],
  ])('should refuse %j with idempotency-key-invalid', (value) => {
    expect(problemOf(() => parseIdempotencyKey(value))).toBe('idempotency-key-invalid');
  });

  it('should ask a caller without credentials for a UUID', () => {
    expect(problemOf(() => assertAnonymousKey('retry-1'))).toBe('idempotency-key-invalid');
    expect(problemOf(() => assertAnonymousKey('8e03978e-40d5-43e8-bc93-6894a57f9324'))).toBeUndefined();
  });
});

describe('keepsAnswer', () => {
  it('should keep successes and the 4xx about the request, never 5xx or state-dependent 4xx', () => {
    for (const status of [200, 201, 204, 400, 401, 403, 413, 415, 422])
      expect(keepsAnswer(status)).toBe(true);
    for (const status of [404, 408, 409, 425, 429, 500, 502, 503, 504])
      expect(keepsAnswer(status)).toBe(false);
  });
});

describe('fingerprintOf', () => {
  const request = {
    method: 'POST',
    url: '/api/v1/events',
    headers: { 'content-type': 'application/json' },
    body: Buffer.from('{"a":1}'),
  };
  it('should change with the method, address, content type or body, and only with them', () => {
    const base = fingerprintOf(request);
    expect(fingerprintOf({ ...request, headers: { ...request.headers, 'accept-language': 'kk' } })).toEqual(
      base,
    );
    expect(fingerprintOf({ ...request, method: 'PATCH' })).not.toEqual(base);
    expect(fingerprintOf({ ...request, url: '/api/v1/events?x=1' })).not.toEqual(base);
    expect(fingerprintOf({ ...request, headers: { 'content-type': 'text/csv' } })).not.toEqual(base);
    expect(fingerprintOf({ ...request, body: Buffer.from('{"a":2}') })).not.toEqual(base);
  });
});

describe('collectUpTo', () => {
  it('should read a small body whole and hand a large one on unchanged', async () => {
    const small = await collectUpTo(Readable.from([Buffer.from('ab'), Buffer.from('c')]), 3);
    expect(small.body?.toString()).toBe('abc');
    const chunks = [Buffer.from('ab'), Buffer.from('cd'), Buffer.from('ef')];
    const large = await collectUpTo(Readable.from(chunks), 3);
    expect(large.body).toBeNull();
    const rest: Buffer[] = [];
    for await (const chunk of large.rest as Readable) rest.push(chunk as Buffer);
    expect(Buffer.concat(rest).toString()).toBe('abcdef');
  });
});
