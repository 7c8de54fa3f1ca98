import { describe, expect, it } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { answerClientError } from './client-errors';

function answer(code: string | undefined): string {
  const socket = new PassThrough();
  const written: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => written.push(chunk));
  socket.on('error', () => undefined);
  answerClientError(Object.assign(new Error('parse error'), { code }), socket);
  return Buffer.concat(written).toString('utf8');
}

describe(answerClientError.name, () => {
  it('should answer oversized headers with a 431 problem document', () => {
    const [head = '', body = ''] = answer('HPE_HEADER_OVERFLOW').split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(head).toContain('Content-Type: application/problem+json');
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
    expect(JSON.parse(body)).toMatchObject({
      type: 'https://jiyn.kz/problems/headers-too-large',
      status: 431,
      title: expect.any(String),
    });
  });

  it('should answer a timeout with 408 and anything else unparsable with 400', () => {
    expect(answer('ERR_HTTP_REQUEST_TIMEOUT')).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer('HPE_INVALID_METHOD')).toMatch(/^HTTP\/1\.1 400 /);
  });

  it('should write nothing to a connection the client reset', () => {
    expect(answer('ECONNRESET')).toBe('');
  });
});
