import {
  applyDecorators,
  createParamDecorator,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import { SpeakerAccessService, type AccessKind } from './speaker-access.service';

const ACCESS_KIND = 'jiyn:self-service-access-kind';

declare module 'fastify' {
  interface FastifyRequest {
    selfServiceSubject?: string;
  }
}

/**
 * Checks the self-service token (header `x-jiyn-self-token`) before anything else runs, so a caller
 * without a valid token learns nothing, not even which fields are wrong. 401 problem otherwise.
 */
@Injectable()
export class SelfServiceAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: SpeakerAccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const kind = this.reflector.getAllAndOverride<AccessKind>(ACCESS_KIND, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers[SELF_SERVICE_TOKEN_HEADER];
    const token = typeof header === 'string' && header.length > 0 ? header : undefined;
    request.selfServiceSubject = await this.access.authenticate(token, kind);
    return true;
  }
}

/** Routes (or a controller) for holders of a `kind` access token; use @SelfServiceSubject() for the holder's id. */
export function SelfServiceAccess(kind: AccessKind): ClassDecorator & MethodDecorator {
  return applyDecorators(SetMetadata(ACCESS_KIND, kind), UseGuards(SelfServiceAccessGuard));
}

/** The id of the speaker (or reviewer) whose token the request carries. */
export const SelfServiceSubject = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const subject = context.switchToHttp().getRequest<FastifyRequest>().selfServiceSubject;
  if (!subject) throw new Error('@SelfServiceSubject() needs @SelfServiceAccess() on the route');
  return subject;
});
