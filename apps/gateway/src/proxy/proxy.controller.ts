import { All, Controller, Get, Inject, Req, Res, type OnApplicationShutdown } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import {
  ANONYMOUS,
  INTERNAL_TOKEN_HEADER,
  PERSONAL_DATA_HEADER,
  PRINCIPAL_HEADER,
  SELF_SERVICE_TOKEN_HEADER,
  Unguarded,
  encodePrincipal,
} from '@jiyn/auth';
import { CORRELATION_HEADER, SERVICE_LOGGER, currentCorrelationId } from '@jiyn/observability';
import { FORWARDED_URI_HEADER, ProblemException, methodNotAllowed, routedMethods } from '@jiyn/problems';
import { ScopeFromCatalogue } from '../authorisation/gateway-scope.guard';
import { RouteAuthorisation } from '../authorisation/route-authorisation';
import { notePersonalDataRead } from '../access/audit/personal-data-read';
import { GatewayEnvironment } from '../gateway.environment';
import { headersTimeoutMs, resolveRoute, type Route } from './route-table';
import { Upstreams } from './upstreams';

/** Request headers a service may see; everything else (cookies, the caller's key) stays at the gateway. */
const FORWARDED_REQUEST_HEADERS = [
  'content-type',
  'accept',
  'accept-language',
  'accept-encoding',
  'if-none-match',
  'if-match',
  'idempotency-key',
];
/** Response headers passed back to the caller. */
const RETURNED_RESPONSE_HEADERS = [
  'content-type',
  'content-encoding',
  'content-language',
  'content-disposition',
  'etag',
  'cache-control',
  'last-modified',
  'vary',
  'location',
  'retry-after',
];

/** A service that does not answer is restarting or overloaded: a few seconds, not at once. */
const UPSTREAM_RETRY_AFTER_SECONDS = 5;

/** Far above any address the API issues (a cursor is ~100 characters, a search 200). */
const MAX_FORWARDED_URL_LENGTH = 4096;

/**
 * Forwards `/api/v1/...` to the owning service over internal HTTP, with the internal token and the
 * caller's identity. Authentication happened in the global guard; public reads skip it.
 */
@ApiExcludeController()
@Controller('api/v1')
export class ProxyController implements OnApplicationShutdown {
  constructor(
    private readonly upstreams: Upstreams,
    private readonly env: GatewayEnvironment,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
    private readonly authorisation: RouteAuthorisation,
  ) {}

  @Unguarded()
  @Get('public/*')
  async publicRead(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.forward(request, reply, resolveRoute(wildcard(request), 'public'));
  }

  /**
   * Participants and invited speakers: no API key, their own token, checked by the owning service.
   * Bounded per client address by the shared rate limiter (SELF_SERVICE_REQUESTS_PER_MINUTE).
   */
  @Unguarded()
  @All('self/*')
  async selfService(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const token = bearerToken(request);
    await this.forward(
      request,
      reply,
      resolveRoute(wildcard(request), 'self'),
      token ? { [SELF_SERVICE_TOKEN_HEADER]: token } : {},
    );
  }

  @ScopeFromCatalogue()
  @All('*')
  async authenticated(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.forward(request, reply, resolveRoute(wildcard(request), 'authenticated'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.upstreams.close();
  }

  private async forward(
    request: FastifyRequest,
    reply: FastifyReply,
    route: Route | undefined,
    extraHeaders: Record<string, string> = {},
  ): Promise<void> {
    if (!route) throw notOursProblem(request);
    // The operation must exist and the caller hold its scope somewhere, before anything is forwarded.
    await this.authorisation.authorise(request, route);
    // The URL travels twice upstream (request line and x-forwarded-uri), inside the service's 16 KB
    // header limit: refuse here, clearly, what the service would refuse with a bare 431.
    if (request.url.length > MAX_FORWARDED_URL_LENGTH) {
      throw new ProblemException('uri-too-long', {
        detail: {
          en: `The address may be at most ${MAX_FORWARDED_URL_LENGTH} characters long`,
          ru: `Адрес может быть не длиннее ${MAX_FORWARDED_URL_LENGTH} символов`,
          kk: `Мекенжай ұзындығы ${MAX_FORWARDED_URL_LENGTH} таңбадан аспауы керек`,
        },
      });
    }
    const headers: Record<string, string> = {
      ...extraHeaders,
      [INTERNAL_TOKEN_HEADER]: this.env.INTERNAL_TOKEN,
      [PRINCIPAL_HEADER]: encodePrincipal(request.principal ?? ANONYMOUS),
      [CORRELATION_HEADER]: currentCorrelationId() ?? '',
      [FORWARDED_URI_HEADER]: request.url,
    };
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const body = Buffer.isBuffer(request.body) && request.body.length > 0 ? request.body : undefined;
    let response;
    try {
      response = await this.upstreams.request(route.upstream, {
        method: request.method as 'GET',
        path: `${route.path}${query}`,
        headers,
        body,
        headersTimeout: headersTimeoutMs(route, request.method),
        bodyTimeout: 60_000,
      });
    } catch (error) {
      this.logger.error({ err: error, upstream: route.upstream }, 'upstream unreachable');
      throw new ProblemException('service-unavailable', {
        retryAfterSeconds: UPSTREAM_RETRY_AFTER_SECONDS,
        detail: {
          en: `The ${route.upstream} service is not answering`,
          ru: `Сервис ${route.upstream} не отвечает`,
          kk: `${route.upstream} қызметі жауап бермейді`,
        },
      });
    }
    reply.status(response.statusCode);
    notePersonalDataRead(request, response.headers[PERSONAL_DATA_HEADER]);
    for (const name of RETURNED_RESPONSE_HEADERS) {
      const value = response.headers[name];
      if (value !== undefined) reply.header(name, value);
    }
    await reply.send(response.body);
  }
}

/**
 * No service owns the path: it may still be one of the gateway's own routes called with another
 * method (`PUT /api/v1/organisations`), which the catch-all caught. Then 405, else 404.
 */
function notOursProblem(request: FastifyRequest): ProblemException {
  const methods = routedMethods(request.server, request.url.split('?')[0] ?? '/');
  return methods.length ? methodNotAllowed(methods) : new ProblemException('not-found');
}

function bearerToken(request: FastifyRequest): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
}

function wildcard(request: FastifyRequest): string {
  return (request.params as Record<string, string | undefined>)['*'] ?? '';
}
