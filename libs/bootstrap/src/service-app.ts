import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { ConfigError, loadConfig } from '@jiyn/config';
import { answerClientError } from './client-errors';
import { buildOpenApiDocument } from './openapi-document';
import { DeferredBodyProblemInterceptor, deferBodyProblems } from './deferred-body-problems';
import { internalTokenAccess } from './internal-token-access';
import { JsonLogger, ServiceMetrics, createLogger, installHttpObservability } from '@jiyn/observability';
import { startEventHandlers } from '@jiyn/messaging';
import { databaseUnavailableProblem } from '@jiyn/persistence';
import {
  ProblemDetailsFilter,
  RejectUnstorableInputPipe,
  createValidationPipe,
  sendProblem,
} from '@jiyn/problems';

export interface ServiceAppOptions {
  service: string;
  logLevel?: string;
  /** Largest accepted request body; bulk imports raise it. */
  bodyLimitBytes?: number;
  /** Keep request bodies as raw bytes instead of parsing them (the gateway forwards them untouched). */
  passThroughBodies?: boolean;
  /** Proxies (addresses, CIDR ranges) whose X-Forwarded-For sets `request.ip`; none by default. */
  trustedProxies?: string[];
}

export interface ServiceApp {
  app: NestFastifyApplication;
  logger: Logger;
  metrics: ServiceMetrics;
}

export interface ServiceRuntime {
  logger: Logger;
  metrics: ServiceMetrics;
}

/** The logger and metrics registry a service creates before its module, so modules can be given them. */
export function createServiceRuntime(options: ServiceAppOptions): ServiceRuntime {
  return {
    logger: createLogger(options.service, options.logLevel),
    metrics: new ServiceMetrics(options.service),
  };
}

/**
 * Builds a Jiyn HTTP service on Fastify: JSON logs with correlation ids, RFC 9457 errors,
 * strict validation, graceful shutdown on SIGTERM/SIGINT.
 */
export async function createServiceApp(
  module: unknown,
  options: ServiceAppOptions,
  runtime: ServiceRuntime,
): Promise<ServiceApp> {
  const { logger, metrics } = runtime;
  const bodyLimit = options.bodyLimitBytes ?? 1_048_576;
  const trustProxy = options.trustedProxies?.length ? options.trustedProxies : false;
  const adapter = new FastifyAdapter({
    bodyLimit,
    trustProxy,
    clientErrorHandler: answerClientError,
    // Errors the router meets before Nest sees the request answer as problem+json like the rest.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(
        request,
        reply,
        error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'uri-too-long' : 'bad-request',
        error.code === 'FST_ERR_BAD_URL' ? { errors: [{ field: 'path', code: 'badUrlEncoding' }] } : {},
      ),
  });
  const fastify = adapter.getInstance();
  installHttpObservability(fastify, logger, metrics);
  // One route may take larger bodies than the rest (a bulk import): `@RouteConfig({ bodyLimit })`.
  fastify.addHook('onRoute', (route) => {
    const limit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
    if (typeof limit === 'number' && Number.isInteger(limit) && limit > 0) route.bodyLimit = limit;
  });
  if (options.passThroughBodies) {
    fastify.removeAllContentTypeParsers();
    fastify.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) =>
      done(null, body),
    );
  }
  const app = await NestFactory.create<NestFastifyApplication>(module as never, adapter, {
    logger: new JsonLogger(logger),
    bufferLogs: false,
    bodyParser: !options.passThroughBodies,
  });
  if (!options.passThroughBodies) deferBodyProblems(app);
  // A database's passing state (deadlock after retries, timeout, lost connection) is a 503, never a 500.
  app.useGlobalFilters(new ProblemDetailsFilter(logger, [databaseUnavailableProblem]));
  app.useGlobalPipes(new RejectUnstorableInputPipe(), createValidationPipe());
  // After the guards, before the pipes: a caller is told 401 before anything about the body.
  app.useGlobalInterceptors(new DeferredBodyProblemInterceptor());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return { app, logger, metrics };
}

/** Runs `main`, turning configuration errors into a readable list and a non-zero exit. */
export function runService(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(JSON.stringify({ level: 'fatal', message: error.message, problems: error.problems }));
    } else {
      console.error(
        JSON.stringify({
          level: 'fatal',
          message: 'service failed to start',
          error: String((error as Error)?.stack ?? error),
        }),
      );
    }
    process.exit(1);
  });
}

/**
 * Serves the service's OpenAPI document at /openapi.json for the gateway, behind the same
 * internal token as the rest of the service.
 */
export function exposeOpenApiDocument(
  app: NestFastifyApplication,
  title: string,
  mayRead: (request: FastifyRequest) => boolean,
): void {
  const document = buildOpenApiDocument(app, title);
  app
    .getHttpAdapter()
    .getInstance()
    .get('/openapi.json', async (request, reply) => {
      if (!mayRead(request)) return reply.status(401).send({ status: 401 });
      return document;
    });
}

export interface StartServiceOptions<
  E extends { PORT: number; HOST: string; LOG_LEVEL: string; INTERNAL_TOKEN: string },
> {
  service: string;
  environment: new () => E;
  module: (env: E, runtime: ServiceRuntime) => unknown;
  bodyLimitBytes?: number;
}

/**
 * A data service's whole `main`: validated env, app, its `@EventPattern` handlers on Kafka, OpenAPI
 * for the gateway, listen; exits with reasons on failure.
 */
export function startService<
  E extends { PORT: number; HOST: string; LOG_LEVEL: string; INTERNAL_TOKEN: string },
>(options: StartServiceOptions<E>): void {
  runService(async () => {
    const env = loadConfig(options.environment);
    const runtime = createServiceRuntime({ service: options.service, logLevel: env.LOG_LEVEL });
    const { app, logger } = await createServiceApp(
      options.module(env, runtime),
      { service: options.service, bodyLimitBytes: options.bodyLimitBytes },
      runtime,
    );
    await app.init();
    await startEventHandlers(app);
    exposeOpenApiDocument(app, `Jiyn ${options.service} (internal)`, internalTokenAccess(env.INTERNAL_TOKEN));
    await app.listen(env.PORT, env.HOST);
    logger.info({ port: env.PORT }, `${options.service} service listening`);
  });
}
