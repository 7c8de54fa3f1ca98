import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PERSONAL_DATA_HEADER, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import { standInDocument } from '../../authorisation/testing/stand-in-document';

/**
 * Test support only: a stand-in for the services that counts the effects of the requests it
 * receives, so a test can tell a replay (no effect) from a second run. It can be slowed down, made
 * to fail with a 503 or to drop the connection, and answers some routes with what the gateway must
 * not keep (a 404, a body over the kept size).
 */
export interface CountingService {
  url: string;
  /** Events created, by id, with the body they were created from. */
  events: Map<string, unknown>;
  /** Every request received, effect or not. */
  received: { method: string; path: string; idempotencyKey: string | undefined }[];
  /** Self-service cancellations, by token. */
  cancellations: string[];
  /** Milliseconds each answer waits before it is sent. */
  delayMs: number;
  /** The next N requests answer 503 without effect. */
  failNext: number;
  /** The next N requests lose their connection without effect. */
  dropNext: number;
  /** Whether POST /registrations knows the event yet (404 until it does, as after a Kafka lag). */
  eventKnown: boolean;
  close(): Promise<void>;
}

const DOCUMENT = standInDocument([
  ['POST', '/events', 'events:write'],
  ['GET', '/events', 'events:read'],
  ['PATCH', '/events/{id}', 'events:write'],
  ['POST', '/events/{id}/publish', 'events:write'],
  ['POST', '/events/{id}/sessions', 'events:write'],
  ['POST', '/registrations', 'registrations:write'],
  ['POST', '/self/registrations', 'self-service'],
  ['POST', '/self/registrations/me/cancel', 'self-service'],
]);

/** Over the gateway's kept size (1 MiB). */
const LARGE_BODY_BYTES = 2 * 1024 * 1024;

export async function startCountingService(): Promise<CountingService> {
  const state: Omit<CountingService, 'url' | 'close'> = {
    events: new Map(),
    received: [],
    cancellations: [],
    delayMs: 0,
    failNext: 0,
    dropNext: 0,
    eventKnown: false,
  };
  const server: Server = createServer((request, response) => {
    const path = request.url?.split('?')[0] ?? '';
    if (path === '/openapi.json') return json(response, 200, DOCUMENT);
    if (path === '/health/ready') return json(response, 200, { status: 'ok', checks: {} });
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const key = request.headers['idempotency-key'];
      state.received.push({
        method: request.method ?? '',
        path,
        idempotencyKey: typeof key === 'string' ? key : undefined,
      });
      const body = Buffer.concat(chunks).toString();
      setTimeout(() => {
        if (state.dropNext > 0) {
          state.dropNext -= 1;
          return void request.socket.destroy();
        }
        if (state.failNext > 0) {
          state.failNext -= 1;
          return json(response, 503, { status: 503, title: 'overloaded' });
        }
        const token = request.headers[SELF_SERVICE_TOKEN_HEADER];
        answer(request.method ?? '', path, body, typeof token === 'string' ? token : undefined, response);
      }, state.delayMs);
    });
  });

  function answer(
    method: string,
    path: string,
    body: string,
    selfServiceToken: string | undefined,
    response: ServerResponse,
  ): void {
    if (method === 'POST' && path === '/events') {
      const id = randomUUID();
      state.events.set(id, body ? JSON.parse(body) : null);
      return json(
        response,
        201,
        { id, number: state.events.size, ...(body ? JSON.parse(body) : {}) },
        {
          location: `/api/v1/events/${id}`,
          etag: `"${id}-1"`,
          // Like a registration answered with unmasked personal data: the replay must be audited too.
          [PERSONAL_DATA_HEADER]: 'iin',
          'retry-after': '7',
        },
      );
    }
    if (method === 'PATCH' && path.startsWith('/events/'))
      return json(response, 200, { patched: randomUUID() }, { etag: `"${randomUUID()}"` });
    if (method === 'POST' && /^\/events\/[^/]+\/publish$/.test(path))
      return json(response, 400, { status: 400, title: 'not ready', marker: randomUUID() });
    if (method === 'POST' && /^\/events\/[^/]+\/sessions$/.test(path)) {
      response.writeHead(201, { 'content-type': 'application/octet-stream' });
      return void response.end(randomBytes(LARGE_BODY_BYTES));
    }
    if (method === 'POST' && path === '/registrations') {
      if (!state.eventKnown) return json(response, 404, { status: 404, title: 'unknown event' });
      return json(response, 201, {
        id: randomUUID(),
        managementToken: randomBytes(24).toString('base64url'),
      });
    }
    if (method === 'POST' && path === '/self/registrations')
      return json(response, 201, {
        id: randomUUID(),
        managementToken: randomBytes(24).toString('base64url'),
      });
    if (method === 'POST' && path === '/self/registrations/me/cancel') {
      state.cancellations.push(selfServiceToken ?? '');
      return json(response, 200, { cancelled: randomUUID() });
    }
    json(response, 404, { status: 404 });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(state, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  });
}

function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}
