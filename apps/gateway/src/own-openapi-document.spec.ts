import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument, createServiceRuntime } from '@jiyn/bootstrap';
import { loadConfig } from '@jiyn/config';
import { GatewayAppModule } from './app.module';
import { GatewayEnvironment } from './gateway.environment';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  operationId?: string;
  summary?: string;
  responses?: Record<string, unknown>;
  security?: unknown[];
}

let app: NestFastifyApplication;
let document: OpenAPIObject;

function operations(): { where: string; operation: Operation }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = (item as Record<string, Operation | undefined>)[method];
      return operation ? [{ where: `${method.toUpperCase()} ${path}`, operation }] : [];
    }),
  );
}

// The gateway's own routes (access, rate limits, the agenda) as the public document will show them.
// Preview mode: the routes without their providers, so no database or service is needed.
beforeAll(async () => {
  const env = loadConfig(GatewayEnvironment, {
    PORT: '1',
    DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    LOG_LEVEL: 'silent',
    INTERNAL_TOKEN: randomBytes(24).toString('hex'),
    ADMIN_API_KEY: randomBytes(24).toString('hex'),
    SESSIONS_URL: 'http://127.0.0.1:1',
    REGISTRATIONS_URL: 'http://127.0.0.1:1',
    SPEAKERS_URL: 'http://127.0.0.1:1',
    FEEDBACK_URL: 'http://127.0.0.1:1',
    NOTIFICATIONS_URL: 'http://127.0.0.1:1',
  } as NodeJS.ProcessEnv);
  const runtime = createServiceRuntime({ service: 'gateway', logLevel: 'silent' });
  app = await NestFactory.create<NestFastifyApplication>(
    GatewayAppModule.register(env, runtime) as never,
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  );
  document = buildOpenApiDocument(app, 'gateway');
});

afterAll(async () => {
  await app?.close();
});

describe("the gateway's own OpenAPI document", () => {
  it('should hold the access, rate-limit and agenda routes, and nothing of the proxy, docs, health or metrics', () => {
    const paths = Object.keys(document.paths);
    if (process.env['JIYN_DUMP_GATEWAY_DOCUMENT'])
      writeFileSync(process.env['JIYN_DUMP_GATEWAY_DOCUMENT'], JSON.stringify(document, null, 2));
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/organisations',
        '/api/v1/organisations/{organisationId}/members',
        '/api/v1/api-keys',
        '/api/v1/auth/sign-in',
        '/api/v1/auth/totp/enrol',
        '/api/v1/auth/oidc/callback',
        '/api/v1/audit',
        '/api/v1/rate-limits',
        '/api/v1/public/events/{slug}/agenda',
      ]),
    );
    const unwanted = paths.filter((path) =>
      /^\/(health|metrics|docs|openapi)|\*|^\/api\/v1\/?$|^\/api\/v1\/(self|public)\/?$/.test(path),
    );
    expect(unwanted).toEqual([]);
  });

  it('should give every operation a unique client-friendly operationId, a summary and a documented success', () => {
    const found = operations();
    expect(found.length).toBeGreaterThan(25);
    const faults = found.flatMap(({ where, operation }) => [
      ...(/^[a-z][A-Za-z]+$/.test(operation.operationId ?? '')
        ? []
        : [`${where}: operationId ${operation.operationId}`]),
      ...(operation.summary?.trim() ? [] : [`${where}: no summary`]),
      ...(Object.keys(operation.responses ?? {}).some((status) => /^(2\d\d|3\d\d)$/.test(status))
        ? []
        : [`${where}: no documented success`]),
    ]);
    expect(faults).toEqual([]);
    const ids = found.map(({ operation }) => operation.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('should say which credentials each operation accepts, none for sign-in and the OIDC callback', () => {
    const security = Object.fromEntries(
      operations().map(({ where, operation }) => [where, operation.security]),
    );
    expect(
      operations()
        .filter(({ operation }) => operation.security === undefined)
        .map((o) => o.where),
    ).toEqual([]);
    expect(security['POST /api/v1/auth/sign-in']).toEqual([]);
    expect(security['GET /api/v1/auth/oidc/callback']).toEqual([]);
    expect(security['GET /api/v1/public/events/{slug}/agenda']).toEqual([]);
    expect(security['GET /api/v1/auth/me']).toEqual([{ session: [] }]);
    expect(security['POST /api/v1/api-keys']).toEqual(
      expect.arrayContaining([{ bearer: ['api-keys:manage'] }, { session: ['api-keys:manage'] }]),
    );
  });

  it('should document the session cookie sign-in sets and the secret a new API key answers once', () => {
    const signIn = document.paths['/api/v1/auth/sign-in']?.post?.responses['200'] as {
      headers?: Record<string, unknown>;
    };
    expect(Object.keys(signIn.headers ?? {})).toContain('Set-Cookie');
    const issued = document.components?.schemas?.['IssuedApiKey'] as { required?: string[] };
    expect(issued.required).toEqual(expect.arrayContaining(['apiKey', 'secret']));
  });
});
