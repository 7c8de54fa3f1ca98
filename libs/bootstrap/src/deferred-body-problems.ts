import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest, RawServerDefault } from 'fastify';
import type { Observable } from 'rxjs';
import { ProblemException } from '@jiyn/problems';

declare module 'fastify' {
  interface FastifyRequest {
    /** What was wrong with the body (malformed JSON, an unsupported type), answered after the guards. */
    deferredBodyProblem?: ProblemException;
  }
}

/**
 * Fastify parses a body before Nest's guards run, so a caller without credentials would learn from a
 * 400 or 415 what the route takes before being told it is not allowed in. The parsers here never
 * fail: they note the problem on the request, and {@link DeferredBodyProblemInterceptor}, which runs
 * after every guard and before any pipe, answers with it. A missing body (even one with a JSON
 * content type) is no body at all; routes that need one refuse it in the validation pipe.
 */
export function deferBodyProblems(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  // Through Nest, which otherwise registers its own JSON parser when the app initialises.
  app.useBodyParser<RawServerDefault>('application/json', {}, (request, body, done) => {
    if (body.length === 0) return done(null, undefined);
    void parseJson(request, body.toString('utf8'), (error, value) => {
      if (error) deferBodyProblem(request, invalidJson());
      done(null, error ? undefined : value);
    });
  });
  fastify.addContentTypeParser('*', { parseAs: 'buffer' }, (request, _body, done) => {
    deferBodyProblem(request, new ProblemException('unsupported-media-type'));
    done(null, undefined);
  });
}

/** For a service's own content-type parser: a body it refuses, answered once the caller is known. */
export function deferBodyProblem(request: FastifyRequest, problem: ProblemException): void {
  request.deferredBodyProblem ??= problem;
}

function invalidJson(): ProblemException {
  return new ProblemException('bad-request', { errors: [{ field: 'body', code: 'invalidJson' }] });
}

/** Answers a body problem noted while parsing, now that the guards have let the caller in. */
@Injectable()
export class DeferredBodyProblemInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const problem =
      context.getType() === 'http'
        ? context.switchToHttp().getRequest<FastifyRequest | undefined>()?.deferredBodyProblem
        : undefined;
    if (problem) throw problem;
    return next.handle();
  }
}
