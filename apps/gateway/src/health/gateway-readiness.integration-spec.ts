import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, createServiceRuntime } from '@jiyn/bootstrap';
import { loadConfig } from '@jiyn/config';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { createTestDatabase, eventually } from '@jiyn/testing';
import { gatewayDatabase } from '../database/database';
import { GatewayAppModule } from '../app.module';
import { GatewayEnvironment } from '../gateway.environment';

/** What a service's /health/ready answers in a scenario; 'hang' never answers, 'gone' is a closed port. */
type Answer = 'ok' | 'degraded' | 'unavailable' | 'hang' | 'gone';
const SERVICES = ['sessions', 'registrations', 'speakers', 'feedback', 'notifications'] as const;

const answers: Record<(typeof SERVICES)[number], Answer> = {
  sessions: 'ok',
  registrations: 'ok',
  speakers: 'ok',
  feedback: 'ok',
  notifications: 'ok',
};
const servers: Server[] = [];
let gateway: NestFastifyApplication;
let gatewayUrl: string;
let database: { url: string; drop(): Promise<void> };
const ALL_UP = {
  database: 'up',
  sessions: 'up',
  registrations: 'up',
  speakers: 'up',
  feedback: 'up',
  notifications: 'up',
};

/** A stand-in for a service (the gateway's own database is real): only its readiness probe matters here, answering as the scenario says. */
async function fakeService(name: (typeof SERVICES)[number]): Promise<string> {
  const server = createServer((request, response) => {
    const answer = answers[name];
    if (request.url !== '/health/ready' || answer === 'hang') return;
    if (answer === 'gone') return void response.destroy();
    response.writeHead(answer === 'unavailable' ? 503 : 200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ status: answer, checks: {} }));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function ready(): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${gatewayUrl}/health/ready`);
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  const urls = await Promise.all(SERVICES.map(fakeService));
  database = await createTestDatabase('gateway_readiness');
  await migrateServiceDatabase(gatewayDatabase(database.url));
  const env = loadConfig(GatewayEnvironment, {
    PORT: '1',
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    INTERNAL_TOKEN: randomBytes(24).toString('hex'),
    ADMIN_API_KEY: randomBytes(24).toString('hex'),
    SESSIONS_URL: urls[0],
    REGISTRATIONS_URL: urls[1],
    SPEAKERS_URL: urls[2],
    FEEDBACK_URL: urls[3],
    NOTIFICATIONS_URL: urls[4],
  } as NodeJS.ProcessEnv);
  const runtime = createServiceRuntime({ service: 'gateway', logLevel: 'silent' });
  ({ app: gateway } = await createServiceApp(
    GatewayAppModule.register(env, runtime),
    { service: 'gateway', passThroughBodies: true },
    runtime,
  ));
  await gateway.listen(0, '127.0.0.1');
  gatewayUrl = await gateway.getUrl();
}, 30_000);

afterAll(async () => {
  servers.forEach((server) => server.closeAllConnections());
  await gateway?.close();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await database?.drop();
});

describe('gateway readiness', () => {
  it('should be ok when every service is', async () => {
    expect(await ready()).toEqual({
      status: 200,
      body: {
        status: 'ok',
        checks: ALL_UP,
      },
    });
  });

  it('should stay ready, degraded, while every service serves without Kafka', async () => {
    Object.assign(answers, {
      sessions: 'degraded',
      registrations: 'degraded',
      speakers: 'degraded',
      feedback: 'degraded',
      notifications: 'degraded',
    });
    expect(await ready()).toEqual({
      status: 200,
      body: {
        status: 'degraded',
        checks: {
          database: 'up',
          sessions: 'degraded',
          registrations: 'degraded',
          speakers: 'degraded',
          feedback: 'degraded',
          notifications: 'degraded',
        },
      },
    });
  });

  it('should stay ready and name the services that are down while others can serve', async () => {
    Object.assign(answers, {
      sessions: 'ok',
      registrations: 'degraded',
      speakers: 'unavailable',
      feedback: 'gone',
      notifications: 'ok',
    });
    expect(await ready()).toEqual({
      status: 200,
      body: {
        status: 'degraded',
        checks: {
          database: 'up',
          sessions: 'up',
          registrations: 'degraded',
          speakers: 'down',
          feedback: 'down',
          notifications: 'up',
        },
      },
    });
  });

  it('should be unready only when no service can serve, also when one hangs', async () => {
    Object.assign(answers, {
      sessions: 'unavailable',
      registrations: 'gone',
      speakers: 'unavailable',
      feedback: 'hang',
      notifications: 'unavailable',
    });
    expect(await ready()).toEqual({
      status: 503,
      body: {
        status: 'unavailable',
        checks: {
          database: 'up',
          sessions: 'down',
          registrations: 'down',
          speakers: 'down',
          feedback: 'down',
          notifications: 'down',
        },
      },
    });
  }, 15_000);

  it('should be ready again once the services are', async () => {
    Object.assign(answers, {
      sessions: 'ok',
      registrations: 'ok',
      speakers: 'ok',
      feedback: 'ok',
      notifications: 'ok',
    });
    // The service that hung counts as down until its last call gives up; it is not called twice at once.
    await eventually(async () =>
      expect((await ready()).body).toEqual({
        status: 'ok',
        checks: ALL_UP,
      }),
    );
  }, 15_000);
});
