import {
  Injectable,
  SetMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable, from, lastValueFrom } from 'rxjs';
import { callerOf } from './caller';
import { IDEMPOTENCY_KEY_HEADER, parseIdempotencyKey } from './idempotency-key-header';
import { IdempotentRequests } from './idempotent-requests';

const FORWARDS_IDEMPOTENCY = 'jiyn:forwards-idempotency';

/** On a controller that applies Idempotency-Key itself, around the upstream call (the proxy). */
export const AppliesIdempotencyItself = (): ClassDecorator => SetMetadata(FORWARDS_IDEMPOTENCY, true);

/** The gateway's own writes finish in well under this; a retry after it may run the request again. */
const OWN_ROUTE_LEASE_MS = 60_000;

/**
 * Idempotency-Key for the gateway's own POST and PATCH routes (organisations, members, API keys…),
 * with the proxy's rules: the same key and request replay the first success (marked by
 * `Idempotent-Replayed: true`), another request with that key is a 422, one still running a 409.
 * A refusal releases the key (a retry runs again: nothing was written). Sign-in and the other
 * `/auth/` routes set cookies, which a replay must not hand out again: there the key is only checked.
 */
@Injectable()
export class OwnRouteIdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly idempotency: IdempotentRequests,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    if (this.reflector.get<boolean>(FORWARDS_IDEMPOTENCY, context.getClass())) return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers['idempotency-key'];
    if (header === undefined || !IDEMPOTENCY_KEY_HEADER.methods.includes(request.method))
      return next.handle();
    if (request.url.startsWith('/api/v1/auth/')) {
      parseIdempotencyKey(header);
      return next.handle();
    }
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    // Nest sets the route's status after the handler; it is what a success answers.
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
      (request.method === 'POST' ? 201 : 200);
    return from(this.run(request, reply, status, next));
  }

  private async run(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    next: CallHandler,
  ): Promise<unknown> {
    const body = Buffer.isBuffer(request.body) && request.body.length > 0 ? request.body : undefined;
    const admission = await this.idempotency.admit(
      { method: request.method, url: request.url, headers: request.headers, body },
      callerOf(request.principal),
      OWN_ROUTE_LEASE_MS,
    );
    if (admission.kind === 'untracked') return lastValueFrom(next.handle());
    if (admission.kind === 'replay') {
      const { answer } = admission;
      for (const [name, value] of Object.entries(answer.headers)) void reply.header(name, value);
      void reply.header(IDEMPOTENCY_KEY_HEADER.replayedHeader, 'true');
      // The route's own status code applies again (only successes are kept here).
      return answer.body.length ? (JSON.parse(answer.body.toString('utf8')) as unknown) : undefined;
    }
    let result: unknown;
    try {
      result = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      await this.idempotency.release(admission.held).catch(() => undefined);
      throw error;
    }
    const location = reply.getHeader('location');
    const headers: Record<string, string> = typeof location === 'string' ? { location } : {};
    const kept = result === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(result));
    // Should keeping fail, the caller still gets the answer; the key's lease ends soon enough.
    await this.idempotency.finish(admission.held, status, headers, kept).catch(() => undefined);
    return result;
  }
}
