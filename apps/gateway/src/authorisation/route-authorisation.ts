import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ANONYMOUS, holds, missingScope } from '@jiyn/auth';
import { ProblemException, methodNotAllowed } from '@jiyn/problems';
import type { Route, UpstreamName } from '../proxy/route-table';
import type { OpenApiAggregator } from '../openapi/openapi-aggregator';
import { RouteCatalogue } from './route-catalogue';

declare module 'fastify' {
  interface FastifyRequest {
    /** The operation's path template as the public API names it (`/api/v1/events/{id}`), for the audit log. */
    routeTemplate?: string;
  }
}

/** How often every service's document is read again, so new and changed routes are seen. */
export const CATALOGUE_REFRESH_MS = 30_000;
const RETRY_AFTER_SECONDS = 5;

/**
 * The gateway's check before routing: the operation must exist in its service's OpenAPI document,
 * and the caller must hold the scope the operation declares somewhere. Where it holds it (which
 * organisation, which event) the service checks against what the request touches.
 */
export class RouteAuthorisation implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly catalogue = new RouteCatalogue();
  private readonly reading = new Map<UpstreamName, Promise<void>>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly documents: Pick<OpenApiAggregator, 'serviceDocument'>,
    private readonly upstreams: readonly UpstreamName[],
  ) {}

  /** Reads every document now and then periodically; a service that is down is read again later. */
  start(refreshMs = CATALOGUE_REFRESH_MS): void {
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), refreshMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  onApplicationShutdown(): void {
    this.stop();
  }

  async refresh(): Promise<void> {
    await Promise.all(this.upstreams.map((upstream) => this.read(upstream)));
  }

  /** Throws the problem to answer with; otherwise sets `request.routeTemplate` and returns. */
  async authorise(request: FastifyRequest, route: Route): Promise<void> {
    const path = route.path;
    let match = this.catalogue.match(route.upstream, request.method, path);
    // Not read yet: the service may have just come up, so try once more before refusing.
    if (match.kind === 'unavailable') {
      await this.read(route.upstream);
      match = this.catalogue.match(route.upstream, request.method, path);
    }
    if (match.kind === 'unavailable') {
      throw new ProblemException('service-unavailable', {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
        detail: {
          en: `The ${route.upstream} service is not available yet`,
          ru: `Сервис ${route.upstream} пока недоступен`,
          kk: `${route.upstream} қызметі әзірге қолжетімсіз`,
        },
      });
    }
    if (match.kind === 'wrong-method') throw methodNotAllowed(match.allowed);
    if (match.kind === 'unknown') throw new ProblemException('not-found');
    request.routeTemplate = `/api/v1${match.entry.template}`;
    const scope = match.entry.scope;
    if (scope && !holds(request.principal ?? ANONYMOUS, scope)) throw missingScope(scope);
  }

  private read(upstream: UpstreamName): Promise<void> {
    const running = this.reading.get(upstream);
    if (running) return running;
    const reading = this.documents
      .serviceDocument(upstream)
      .then((document) => {
        // A failed read keeps the catalogue last read: a restarting service's routes stay known.
        if (document) this.catalogue.load(upstream, document);
      })
      .finally(() => this.reading.delete(upstream));
    this.reading.set(upstream, reading);
    return reading;
  }
}
