import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { SELF_SERVICE_TOKEN_HEADER } from './principal';

/**
 * The self-service token the gateway passed on (`Authorization: Bearer …` on `/api/v1/self/…`), or
 * undefined. Only a presented value: the service that issued the token must verify it.
 */
export const SelfServiceToken = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined => {
    const value = context.switchToHttp().getRequest<FastifyRequest>().headers[SELF_SERVICE_TOKEN_HEADER];
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  },
);
