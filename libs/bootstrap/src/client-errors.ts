import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { DEFAULT_LANGUAGE } from '@jiyn/kz';
import { PROBLEM_CONTENT_TYPE, renderProblem, type ProblemType } from '@jiyn/problems';

/**
 * Answers what Node's HTTP parser refuses before any route runs (headers over 16 KB, a request that
 * never finished arriving, bytes that are not HTTP) with a problem document like every other error,
 * instead of Fastify's bare JSON. The headers were not read, so the language is the default one.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const type: ProblemType =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'headers-too-large'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'request-timeout'
        : 'bad-request';
  const document = JSON.stringify(renderProblem(type, {}, DEFAULT_LANGUAGE, ''));
  const status = type === 'headers-too-large' ? 431 : type === 'request-timeout' ? 408 : 400;
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Language: ${DEFAULT_LANGUAGE}\r\n` +
        `Content-Length: ${Buffer.byteLength(document)}\r\nConnection: close\r\n\r\n${document}`,
    );
  }
  socket.destroy(error);
}
