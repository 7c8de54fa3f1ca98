import { All, Controller, Inject, Req, Res, type OnApplicationShutdown } from '@nestjs/common';
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
  type Principal,
} from '@jiyn/auth';
import { CORRELATION_HEADER, SERVICE_LOGGER, currentCorrelationId } from '@jiyn/observability';
import { FORWARDED_URI_HEADER, ProblemException, methodNotAllowed, routedMethods } from '@jiyn/problems';
import { AccessTiming } from '../access/access-timing';
import { ScopeFromCatalogue } from '../authorisation/gateway-scope.guard';
import { RouteAuthorisation } from '../authorisation/route-authorisation';
import { notePersonalDataRead } from '../access/audit/personal-data-read';
import { GatewayEnvironment } from '../gateway.environment';
import { callerOf } from '../idempotency/caller';
import { collectUpTo } from '../idempotency/collect-up-to';
import { IDEMPOTENCY_KEY_HEADER } from '../idempotency/idempotency-key-header';
import {
  IdempotentRequests,
  MAX_KEPT_BODY_BYTES,
  keepsAnswer,
  type HeldKey,
  type KeptAnswer,
} from '../idempotency/idempotent-requests';
import { AppliesIdempotencyItself } from '../idempotency/own-route-idempotency.interceptor';
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
  // pages a service serves (a seat offer's link): what they may load, and no token in a Referer
  'content-security-policy',
  'referrer-policy',
];

/** What a kept answer replays: what the caller saw, and what the audit must note again. */
const KEPT_RESPONSE_HEADERS = [
  ...RETURNED_RESPONSE_HEADERS.filter((name) => name !== 'retry-after' && name !== 'content-encoding'),
  PERSONAL_DATA_HEADER,
];

/** How long a service may take to send its answer's body. */
const UPSTREAM_BODY_TIMEOUT_MS = 60_000;
/** A key is held while its request may still be running: the upstream timeouts, and a margin. */
const IDEMPOTENCY_LEASE_MARGIN_MS = 30_000;

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
@AppliesIdempotencyItself()
export class ProxyController implements OnApplicationShutdown {
  constructor(
    private readonly upstreams: Upstreams,
    private readonly env: GatewayEnvironment,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
    private readonly authorisation: RouteAuthorisation,
    private readonly idempotency: IdempotentRequests,
    private readonly timing: AccessTiming,
  ) {}

  // Every method, not only GET: a PUT on a public path is a 405 naming the methods it has (from the
  // catalogue), not a 404 and not a demand for credentials no method of that path needs.
  @Unguarded()
  @All('public/*')
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
    await this.forward(request, reply, resolveRoute(wildcard(request), 'self'), bearerToken(request));
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
    selfServiceToken?: string,
  ): Promise<void> {
    if (!route) throw notOursProblem(request);
    // The operation must exist and the caller hold its scope somewhere, before anything is forwarded.
    await this.timing.time(request, 'authorisation', () => this.authorisation.authorise(request, route));
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
    const body = Buffer.isBuffer(request.body) && request.body.length > 0 ? request.body : undefined;
    // Without an Idempotency-Key header this is a property check, not a database round trip.
    const admission = await this.idempotency.admit(
      { method: request.method, url: request.url, headers: request.headers, body },
      callerOf(request.principal, selfServiceToken),
      headersTimeoutMs(route, request.method) + UPSTREAM_BODY_TIMEOUT_MS + IDEMPOTENCY_LEASE_MARGIN_MS,
    );
    if (admission.kind === 'replay') return this.replay(request, reply, admission.answer);
    let held = admission.kind === 'held' ? admission.held : undefined;
    const headers: Record<string, string> = {
      ...(selfServiceToken ? { [SELF_SERVICE_TOKEN_HEADER]: selfServiceToken } : {}),
      [INTERNAL_TOKEN_HEADER]: this.env.INTERNAL_TOKEN,
      [PRINCIPAL_HEADER]: principalHeaderOf(request.principal ?? ANONYMOUS),
      [CORRELATION_HEADER]: currentCorrelationId() ?? '',
      [FORWARDED_URI_HEADER]: request.url,
    };
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    // A kept answer must be readable by any retry, whatever it accepts: ask for it uncompressed.
    if (held) delete headers['accept-encoding'];
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    let response;
    try {
      response = await this.upstreams.request(route.upstream, {
        method: request.method as 'GET',
        path: `${route.path}${query}`,
        headers,
        body,
        headersTimeout: headersTimeoutMs(route, request.method),
        bodyTimeout: UPSTREAM_BODY_TIMEOUT_MS,
      });
    } catch (error) {
      this.logger.error({ err: error, upstream: route.upstream }, 'upstream unreachable');
      if (held) await this.letGo(held);
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
    if (held && !keepsAnswer(response.statusCode)) {
      await this.letGo(held);
      held = undefined;
    }
    if (!held) return void (await reply.send(response.body));
    let collected;
    try {
      collected = await collectUpTo(response.body, MAX_KEPT_BODY_BYTES);
    } catch (error) {
      await this.letGo(held);
      throw error;
    }
    await this.keep(held, response.statusCode, keptHeaders(response.headers), collected.body);
    await reply.send(collected.body ?? collected.rest);
  }

  /** Answers a retry with what the first request was answered, marked as a replay. */
  private async replay(request: FastifyRequest, reply: FastifyReply, answer: KeptAnswer): Promise<void> {
    reply.status(answer.status);
    notePersonalDataRead(request, answer.headers[PERSONAL_DATA_HEADER]);
    for (const [name, value] of Object.entries(answer.headers))
      if (name !== PERSONAL_DATA_HEADER) reply.header(name, value);
    reply.header(IDEMPOTENCY_KEY_HEADER.replayedHeader, 'true');
    await reply.send(answer.body);
  }

  /**
   * Keeps the answer before it leaves, so a retry right after is a replay. Should the database fail
   * now, the caller still gets the answer; the key stays held until its lease ends.
   */
  private async keep(
    held: HeldKey,
    status: number,
    headers: Record<string, string | string[]>,
    body: Buffer | null,
  ): Promise<void> {
    try {
      await this.idempotency.finish(held, status, headers, body);
    } catch (error) {
      this.logger.error({ err: error }, 'idempotent answer not kept');
    }
  }

  /** Lets a key go; should the database fail, the key's lease ends it soon enough. */
  private async letGo(held: HeldKey): Promise<void> {
    try {
      await this.idempotency.release(held);
    } catch (error) {
      this.logger.error({ err: error }, 'idempotency key not released');
    }
  }
}

function keptHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const name of KEPT_RESPONSE_HEADERS) {
    const value = headers[name];
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}

/**
 * No service owns the path: it may still be one of the gateway's own routes called with another
 * method (`PUT /api/v1/organisations`), which the catch-all caught. Then 405, else 404.
 */
function notOursProblem(request: FastifyRequest): ProblemException {
  const methods = routedMethods(request.server, request.url.split('?')[0] ?? '/');
  return methods.length ? methodNotAllowed(methods) : new ProblemException('not-found');
}

/**
 * A key's principal is one cached object, the same on every request it makes: its header is encoded
 * once. Principals are never changed after authentication (a change makes a new one).
 */
const principalHeaders = new WeakMap<Principal, string>();

function principalHeaderOf(principal: Principal): string {
  let header = principalHeaders.get(principal);
  if (header === undefined) {
    header = encodePrincipal(principal);
    principalHeaders.set(principal, header);
  }
  return header;
}

function bearerToken(request: FastifyRequest): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
}

function wildcard(request: FastifyRequest): string {
  return (request.params as Record<string, string | undefined>)['*'] ?? '';
}
