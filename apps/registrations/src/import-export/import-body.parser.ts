import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { deferBodyProblem } from '@jiyn/bootstrap';
import { ProblemException } from '@jiyn/problems';

/** Largest import body: 20,000 rows of a wide list stay well under it; the gateway allows as much. */
export const IMPORT_BODY_LIMIT = 20 * 1_048_576;

/** Route config of the routes that take files (`@RouteConfig(FILE_ROUTE)`): raw bytes, a larger limit. */
export const FILE_ROUTE = { bodyLimit: IMPORT_BODY_LIMIT, acceptsFiles: true } as const;

export const FILE_CONTENT_TYPES = ['text/csv', 'application/csv', 'application/octet-stream'];

/**
 * CSV uploads arrive as raw bytes (their encoding is only known once they are read), and only on
 * routes that take files; elsewhere these content types stay a 415.
 */
@Injectable()
export class ImportBodyParser implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    if (fastify.hasContentTypeParser('text/csv')) return;
    fastify.addContentTypeParser(
      FILE_CONTENT_TYPES,
      // The service's default limit; the file routes raise it for themselves (route bodyLimit wins).
      { parseAs: 'buffer' },
      (request: FastifyRequest, body: Buffer, done: (error: Error | null, body?: unknown) => void) => {
        const config = request.routeOptions.config as { acceptsFiles?: boolean } | undefined;
        if (config?.acceptsFiles) return done(null, body);
        // Answered after the guards, like every body problem: credentials are checked first.
        deferBodyProblem(request, new ProblemException('unsupported-media-type'));
        done(null, undefined);
      },
    );
  }
}
