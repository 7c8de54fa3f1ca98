import { describe, expect, it } from '@jest/globals';
import type { ArgumentsHost } from '@nestjs/common';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { ProblemDetailsFilter, requestSummary } from './problem-details.filter';
import { ProblemException } from './problem.exception';

/** The request and reply the filter reads and answers on, as Fastify hands them over. */
function exchange(url: string, query: Record<string, string>) {
  const sent: { status?: number; headers: Record<string, string>; body?: unknown } = { headers: {} };
  const request = {
    method: 'GET',
    url,
    query,
    headers: { 'accept-language': 'en' },
    routeOptions: { url: '/registrations' },
  };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return reply;
    },
    getHeader: () => 'corr-1',
    send(body: unknown) {
      sent.body = body;
      return reply;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  return { host, request, sent };
}

function capturedLogger() {
  const lines: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({ write: (chunk, _encoding, done) => void (lines.push(String(chunk)), done()) }),
  );
  return { logger, output: () => lines.join('') };
}

const PERSONAL_QUERY = { q: '900101399030', email: 'aigerim@akimat.kz' };
const PERSONAL_URL = '/registrations?q=900101399030&email=aigerim%40akimat.kz';

describe(ProblemDetailsFilter.name, () => {
  it('should answer what a translator knows with its problem and Retry-After', () => {
    const { logger, output } = capturedLogger();
    const translate = (error: unknown) =>
      (error as { code?: string }).code === '57P01'
        ? new ProblemException('service-unavailable', { retryAfterSeconds: 5 })
        : undefined;
    const { host, sent } = exchange(PERSONAL_URL, PERSONAL_QUERY);
    new ProblemDetailsFilter(logger, [translate]).catch(
      Object.assign(new Error('gone'), { code: '57P01' }),
      host,
    );
    expect(sent.status).toBe(503);
    expect(sent.headers['retry-after']).toBe('5');
    expect(sent.headers['content-type']).toContain('application/problem+json');
    expect(sent.body).toMatchObject({ status: 503, type: 'https://jiyn.kz/problems/service-unavailable' });
    expect(JSON.parse(output())).toMatchObject({ level: 40, route: '/registrations' });
  });

  it('should log an unexpected error by route and parameter names, never by the URL as called', () => {
    const { logger, output } = capturedLogger();
    const { host, sent } = exchange(PERSONAL_URL, PERSONAL_QUERY);
    new ProblemDetailsFilter(logger).catch(new TypeError('x is undefined'), host);
    expect(sent.status).toBe(500);
    expect(sent.headers['retry-after']).toBeUndefined();
    const line = JSON.parse(output());
    expect(line).toMatchObject({ method: 'GET', route: '/registrations', queryParameters: ['q', 'email'] });
    expect(output()).not.toContain('900101399030');
    expect(output()).not.toContain('aigerim');
  });
});

describe(requestSummary.name, () => {
  it('should leave out parameter names that are not names the API would use', () => {
    const { request } = exchange('/x', { '900101399030': '1', 'a@b.kz': '1', Айгерім: '1', lang: 'kk' });
    expect(requestSummary(request as never).queryParameters).toEqual(['lang']);
  });

  it('should call a request no route matched unmatched', () => {
    const { request } = exchange('/nowhere/aigerim@akimat.kz', {});
    expect(requestSummary({ ...request, routeOptions: {} } as never).route).toBe('unmatched');
  });
});
