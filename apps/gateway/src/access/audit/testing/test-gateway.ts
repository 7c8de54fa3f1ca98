import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyRequest } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PERSONAL_DATA_HEADER, type Principal, type Scope } from '@jiyn/auth';
import { createServiceApp, createServiceRuntime } from '@jiyn/bootstrap';
import { loadConfig } from '@jiyn/config';
import { GatewayAppModule } from '../../../app.module';
import { GatewayEnvironment } from '../../../gateway.environment';
import { CREDENTIAL_RESOLVERS, type CredentialResolver } from '../../authentication/credential-resolver';
import { standInDocument } from '../../../authorisation/testing/stand-in-document';
import { holdResponsesToOwnDocument } from '../../testing/own-document-conformance';

/**
 * Test support only (never wired into the app): a stand-in for the four services and a gateway
 * started on the real test database, with a resolver that reads principals the test makes up.
 */
export interface StandIn {
  url: string;
  received: { method: string; url: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** What the stand-in serves, with the scopes a real service declares for such routes. */
const STAND_IN_DOCUMENT = standInDocument([
  ['GET', '/events', 'events:read'],
  ['POST', '/events', 'events:write'],
  ['PATCH', '/events/{id}', 'events:write'],
  ['DELETE', '/events/{id}', 'events:write'],
  ['POST', '/events/{id}/publish', 'events:write'],
  ['POST', '/events/{id}/sessions', 'events:write'],
  ['POST', '/registrations/events/{eventId}/imports', 'registrations:write'],
  ['GET', '/registrations/{id}', 'registrations:read'],
  ['GET', '/registrations/{id}/personal', 'registrations:read'],
  ['POST', '/self/registrations/{token}/cancel', 'self-service'],
  ['GET', '/self/registrations/{token}', 'self-service'],
  ['GET', '/public/events/{slug}', 'public'],
]);

/** Answers 201 with a Location to unsafe methods, 200 to reads; `personal` in a path marks a disclosure. */
export async function startStandIn(): Promise<StandIn> {
  const received: StandIn['received'] = [];
  const server: Server = createServer((request, response) => {
    if (request.url === '/openapi.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(JSON.stringify(STAND_IN_DOCUMENT));
    }
    received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    request.resume();
    request.on('end', () => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (request.url?.includes('personal')) headers[PERSONAL_DATA_HEADER] = 'iin,phone';
      if (request.method === 'POST') {
        headers['location'] = `/api/v1/registrations/${randomUUID()}`;
        response.writeHead(201, headers);
      } else response.writeHead(200, headers);
      response.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const TEST_PREFIX = 'test-principal.';

/** A bearer credential standing for this principal, understood only by the test resolver. */
export function credentialOf(principal: Principal): string {
  return `${TEST_PREFIX}${Buffer.from(JSON.stringify(principal)).toString('base64url')}`;
}

class TestPrincipals implements CredentialResolver {
  resolve(request: FastifyRequest): Promise<Principal | undefined> {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const token = match?.[1];
    if (!token?.startsWith(TEST_PREFIX)) return Promise.resolve(undefined);
    return Promise.resolve(
      JSON.parse(Buffer.from(token.slice(TEST_PREFIX.length), 'base64url').toString()) as Principal,
    );
  }
}

export function apiKey(organisationId: string, scopes: Scope[]): Principal {
  return {
    id: `api-key:${randomUUID()}`,
    kind: 'api-key',
    organisationId,
    grants: [{ organisationId, scopes }],
  };
}

export function person(organisationId: string, scopes: Scope[]): Principal {
  return {
    id: `person:${randomUUID()}`,
    kind: 'person',
    organisationId,
    grants: [{ organisationId, scopes }],
  };
}

export interface TestGateway {
  app: NestFastifyApplication;
  url: string;
  adminKey: string;
  call(path: string, init?: RequestInit & { as?: Principal }): Promise<Response>;
}

export async function startTestGateway(
  databaseUrl: string,
  upstreamUrl: string,
  settings: Record<string, string> = {},
): Promise<TestGateway> {
  const adminKey = randomBytes(24).toString('hex');
  const env = loadConfig(GatewayEnvironment, {
    PORT: '1',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    INTERNAL_TOKEN: randomBytes(24).toString('hex'),
    ADMIN_API_KEY: adminKey,
    SESSIONS_URL: upstreamUrl,
    REGISTRATIONS_URL: upstreamUrl,
    SPEAKERS_URL: upstreamUrl,
    FEEDBACK_URL: upstreamUrl,
    NOTIFICATIONS_URL: upstreamUrl,
    ...settings,
  } as NodeJS.ProcessEnv);
  const runtime = createServiceRuntime({ service: 'gateway', logLevel: 'silent' });
  const { app } = await createServiceApp(
    GatewayAppModule.register(env, runtime),
    { service: 'gateway', passThroughBodies: true },
    runtime,
  );
  // The array the authentication guard asks: the test's principals come after the break-glass key.
  app.get<CredentialResolver[]>(CREDENTIAL_RESOLVERS).push(new TestPrincipals());
  holdResponsesToOwnDocument(app);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  return {
    app,
    url,
    adminKey,
    call: (path, { as, headers, ...init } = {}) =>
      fetch(`${url}${path}`, {
        ...init,
        headers: {
          ...(as ? { authorization: `Bearer ${credentialOf(as)}` } : {}),
          ...(headers as Record<string, string> | undefined),
        },
      }),
  };
}

/** Waits while the current minute is about to end, so a burst stays inside one rate-limit window. */
export async function awayFromMinuteEdge(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
}
