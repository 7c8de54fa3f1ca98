import { jest } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { decodePrincipal, PRINCIPAL_HEADER, type Principal } from '@jiyn/auth';
import { createServiceApp, createServiceRuntime } from '@jiyn/bootstrap';
import { loadConfig } from '@jiyn/config';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { createTestDatabase } from '@jiyn/testing';
import { GatewayAppModule } from '../../app.module';
import { gatewayDatabase } from '../../database/database';
import { GatewayEnvironment } from '../../gateway.environment';
import { Clock } from './clock';
import { standInDocument } from '../../authorisation/testing/stand-in-document';
import { holdResponsesToOwnDocument } from '../testing/own-document-conformance';

/**
 * A gateway on its real database for the people/sign-in tests. Every service is one stand-in that
 * answers readiness and echoes the principal the gateway forwarded, so tests see what a service would.
 * The gateway's clock can be moved forward (`advance`) instead of waiting for timeouts.
 */
export interface PeopleTestGateway {
  url: string;
  adminKey: string;
  db: DataSource;
  app: NestFastifyApplication;
  advance(ms: number): void;
  /** The gateway's clock, as moved by `advance`. */
  now(): Date;
  /** The principal the last proxied request carried to a service. */
  lastPrincipal(): Principal | undefined;
  addOrganisation(slug: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The stand-in's operations: reading events lets every caller through (so a test sees each role's
 * forwarded principal), writing them needs events:write, as in the sessions service.
 */
const STAND_IN_DOCUMENT = standInDocument([
  ['GET', '/events', 'any-credential'],
  ['POST', '/events', 'events:write'],
]);

export async function startPeopleTestGateway(
  name: string,
  extraEnv: Record<string, string> = {},
): Promise<PeopleTestGateway> {
  let seen: IncomingHttpHeaders | undefined;
  const upstream: Server = createServer((request, response) => {
    if (request.url === '/openapi.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(JSON.stringify(STAND_IN_DOCUMENT));
    }
    if (request.url !== '/health/ready') seen = request.headers;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify(request.url === '/health/ready' ? { status: 'ok', checks: {} } : { items: [] }),
    );
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  const database = await createTestDatabase(name);
  await migrateServiceDatabase(gatewayDatabase(database.url));
  const adminKey = randomBytes(24).toString('hex');
  const env = loadConfig(GatewayEnvironment, {
    PORT: '1',
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    INTERNAL_TOKEN: randomBytes(24).toString('hex'),
    ADMIN_API_KEY: adminKey,
    ACCESS_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    SESSIONS_URL: upstreamUrl,
    REGISTRATIONS_URL: upstreamUrl,
    SPEAKERS_URL: upstreamUrl,
    FEEDBACK_URL: upstreamUrl,
    NOTIFICATIONS_URL: upstreamUrl,
    ...extraEnv,
  } as NodeJS.ProcessEnv);
  const runtime = createServiceRuntime({ service: 'gateway', logLevel: 'silent' });
  const { app } = await createServiceApp(
    GatewayAppModule.register(env, runtime),
    { service: 'gateway', passThroughBodies: true },
    runtime,
  );
  let offsetMs = 0;
  jest
    .spyOn(app.get(Clock, { strict: false }), 'now')
    .mockImplementation(() => new Date(Date.now() + offsetMs));
  holdResponsesToOwnDocument(app);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const db = app.get(DataSource, { strict: false });
  return {
    url,
    adminKey,
    db,
    app,
    now: () => new Date(Date.now() + offsetMs),
    advance: (ms) => {
      offsetMs += ms;
    },
    lastPrincipal: () => (seen ? decodePrincipal(seen[PRINCIPAL_HEADER] as string | undefined) : undefined),
    addOrganisation: async (slug) => {
      const id = randomUUID();
      await db.query('INSERT INTO access.organisations (id, slug, name) VALUES ($1, $2, $3)', [
        id,
        slug,
        { kk: slug, ru: slug, en: slug },
      ]);
      return id;
    },
    close: async () => {
      await app.close();
      upstream.closeAllConnections();
      await new Promise((resolve) => upstream.close(resolve));
      await database.drop();
    },
  };
}

/** A browser-like client for one person: keeps the session cookie and CSRF token, sends them like the console would. */
export class ConsoleClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  lastSetCookie: string | undefined;

  constructor(private readonly gateway: PeopleTestGateway) {}

  async signIn(email: string, password: string, extra: Record<string, string> = {}): Promise<Response> {
    const response = await this.send('POST', '/api/v1/auth/sign-in', { email, password, ...extra });
    if (response.ok) this.csrfToken = ((await response.clone().json()) as { csrfToken: string }).csrfToken;
    return response;
  }

  async send(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const response = await fetch(`${this.gateway.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && !['GET', 'HEAD'].includes(method) ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    const setCookie = response.headers
      .getSetCookie()
      .find((value) => value.startsWith('__Host-jiyn_session='));
    if (setCookie) {
      this.lastSetCookie = setCookie;
      const [value = ''] = setCookie.split(';');
      this.cookie = value.endsWith('=') ? undefined : value;
    }
    return response;
  }
}

/** Adds a member with the break-glass key and sets their password through the one-time link token. */
export async function addMemberWithPassword(
  gateway: PeopleTestGateway,
  organisationId: string,
  member: { email: string; roles: { role: string; eventId?: string; personalData?: boolean }[] },
  password: string,
): Promise<string> {
  const added = await fetch(`${gateway.url}/api/v1/organisations/${organisationId}/members`, {
    method: 'POST',
    headers: { authorization: `Bearer ${gateway.adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ displayName: member.email.split('@')[0], preferredLanguage: 'ru', ...member }),
  });
  if (added.status !== 201) throw new Error(`add member: ${added.status} ${await added.text()}`);
  const body = (await added.json()) as {
    member: { personId: string };
    setPassword: { token: string } | null;
  };
  if (body.setPassword) {
    const set = await fetch(`${gateway.url}/api/v1/auth/set-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: body.setPassword.token, password }),
    });
    if (set.status !== 204) throw new Error(`set password: ${set.status} ${await set.text()}`);
  }
  return body.member.personId;
}
