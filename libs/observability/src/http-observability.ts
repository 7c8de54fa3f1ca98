import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { CORRELATION_HEADER, runWithCorrelation, currentCorrelationId } from './correlation';
import type { ServiceMetrics } from './metrics';

/**
 * Gives every request a correlation id (the caller's if sane, else a new one), echoes it back,
 * and records one access-log line and one latency sample per request.
 */
export function installHttpObservability(
  fastify: FastifyInstance,
  logger: Logger,
  metrics: ServiceMetrics,
): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    runWithCorrelation(request.headers[CORRELATION_HEADER] as string | undefined, () => {
      reply.header(CORRELATION_HEADER, currentCorrelationId());
      done();
    });
  });

  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const seconds = reply.elapsedTime / 1000;
    metrics.httpRequestDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      seconds,
    );
    if (!route.startsWith('/health') && route !== '/metrics') {
      logger.info(
        {
          correlationId: reply.getHeader(CORRELATION_HEADER),
          method: request.method,
          route,
          status: reply.statusCode,
          durationMs: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request completed',
      );
    }
    done();
  });
}
