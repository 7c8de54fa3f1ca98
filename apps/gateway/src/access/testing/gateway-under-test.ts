import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PRINCIPAL_HEADER, decodePrincipal } from '@jiyn/auth';
import { createServiceApp, createServiceRuntime } from '@jiyn/bootstrap';
import { loadConfig } from '@jiyn/config';
import { GatewayAppModule } from '../../app.module';
import { GatewayEnvironment } from '../../gateway.environment';
import { ApiKeyResolver } from '../api-keys/api-key-resolver';
import { standInDocument } from '../../authorisation/testing/stand-in-document';
import { holdResponsesToOwnDocument } from './own-document-conformance';

/**
 * A stand-in for the services behind the gateway (the gateway's database is real): the sessions
 * side says who owns an event (`owners`), and `/events/whoami` echoes the principal the gateway
 * sent, so a test can see what a key may do.
 */
/** The one operation forwarded to the stand-in: who the gateway says the caller is. */
const STAND_IN_DOCUMENT = standInDocument([['GET', '/events/whoami', 'any-credential']]);

export async function standInServices(owners: Map<string, string>): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const path = request.url?.split('?')[0] ?? '';
    if (path === '/health/ready') return json(200, { status: 'ok', checks: {} });
    if (path === '/openapi.json') return json(200, STAND_IN_DOCUMENT);
    if (path === '/events/whoami') {
      const header = request.headers[PRINCIPAL_HEADER];
      return json(200, decodePrincipal(typeof header === 'string' ? header : undefined));
    }
    const event = /^\/events\/([^/]+)$/.exec(path);
    const id = event?.[1];
    const owner = id === undefined ? undefined : owners.get(decodeURIComponent(id));
    if (owner) return json(200, { id, organisationId: owner });
    return json(404, { status: 404 });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export interface GatewayUnderTest {
  app: NestFastifyApplication;
  url: string;
  resolver: ApiKeyResolver;
}

/** A whole gateway app on a random port, on the given database and stand-in services. */
export async function startGateway(
  databaseUrl: string,
  servicesUrl: string,
  adminKey: string,
): Promise<GatewayUnderTest> {
  const env = loadConfig(GatewayEnvironment, {
    PORT: '1',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    INTERNAL_TOKEN: randomBytes(24).toString('hex'),
    ADMIN_API_KEY: adminKey,
    SESSIONS_URL: servicesUrl,
    REGISTRATIONS_URL: servicesUrl,
    SPEAKERS_URL: servicesUrl,
    FEEDBACK_URL: servicesUrl,
    NOTIFICATIONS_URL: servicesUrl,
  } as NodeJS.ProcessEnv);
  const runtime = createServiceRuntime({ service: 'gateway', logLevel: 'silent' });
  const { app } = await createServiceApp(
    GatewayAppModule.register(env, runtime),
    { service: 'gateway', passThroughBodies: true },
    runtime,
  );
  holdResponsesToOwnDocument(app);
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl(), resolver: app.get(ApiKeyResolver) };
}
