import {
  Catch,
  HttpException,
  NotFoundException,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { negotiateLanguage, type Lang } from '@jiyn/kz';
import { PROBLEM_TYPES, PROBLEM_TYPE_BASE, problemTypeForStatus, type ProblemType } from './catalog';
import { fieldMessage } from './field-messages';
import { methodNotAllowed, routedMethods } from './method-not-allowed';
import { ProblemException, type FieldProblem, type ProblemOptions } from './problem.exception';

/** Set by the gateway to the path the client called, so a problem's `instance` means something to it. */
export const FORWARDED_URI_HEADER = 'x-forwarded-uri';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  correlationId?: string;
  errors?: { field: string; code: string; message: string }[];
  [extension: string]: unknown;
}

/**
 * Turns an error a library knows (say, a lost database connection) into the problem it means, or
 * leaves it (undefined). The filter logs what it translated as a warning.
 */
export type ErrorTranslator = (error: unknown) => ProblemException | undefined;

/**
 * Renders every error as RFC 9457 problem+json in the caller's language (Accept-Language or ?lang=).
 * Errors a translator knows become their problem; other unexpected errors are logged with their
 * stack and answered with a generic 500 that reveals nothing.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(
    private readonly logger: Logger,
    private readonly translators: readonly ErrorTranslator[] = [],
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const { type, options } = this.classify(exception, request);
    sendProblem(request, http.getResponse<FastifyReply>(), type, options);
  }

  private classify(
    exception: unknown,
    request: FastifyRequest,
  ): { type: ProblemType; options: ProblemOptions } {
    if (exception instanceof ProblemException)
      return { type: exception.problemType, options: exception.problem };
    const wrongMethod = wrongMethodProblem(exception, request);
    if (wrongMethod) return { type: wrongMethod.problemType, options: wrongMethod.problem };
    for (const translate of this.translators) {
      const problem = translate(exception);
      if (problem) {
        this.logger.warn(
          { err: exception, ...requestSummary(request), problem: problem.problemType },
          'request failed; answered with the problem it means',
        );
        return { type: problem.problemType, options: problem.problem };
      }
    }
    // Fastify's own errors (malformed JSON, body too large, wrong content type) arrive as they are
    // or wrapped by Nest in an HttpException whose cause is the Fastify error.
    const fastifyError = (exception instanceof HttpException ? exception.cause : exception) as
      { statusCode?: number; code?: string } | undefined;
    if (
      fastifyError?.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      fastifyError?.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
    ) {
      return { type: 'bad-request', options: { errors: [{ field: 'body', code: 'invalidJson' }] } };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status >= 500) this.logger.error({ err: exception, ...requestSummary(request) }, 'http exception');
      return { type: problemTypeForStatus(status), options: {} };
    }
    const status = fastifyError?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500)
      return { type: problemTypeForStatus(status), options: {} };
    this.logger.error({ err: exception, ...requestSummary(request) }, 'unhandled error');
    return { type: 'internal', options: {} };
  }
}

/**
 * No route matched (Fastify's 404 handler, where Nest throws `NotFoundException`), yet the path has
 * routes for other methods: the client used the wrong method, and 405 with `Allow` tells it which.
 */
function wrongMethodProblem(exception: unknown, request: FastifyRequest): ProblemException | undefined {
  if (!(exception instanceof NotFoundException) || !request.is404 || !request.server) return undefined;
  const methods = routedMethods(request.server, request.url.split('?')[0] ?? '/');
  return methods.length ? methodNotAllowed(methods) : undefined;
}

export function renderProblem(
  type: ProblemType,
  options: ProblemOptions,
  lang: Lang,
  instance: string,
  correlationId?: string,
): ProblemDocument {
  const spec = PROBLEM_TYPES[type];
  const document: ProblemDocument = {
    ...(options.extensions ?? {}),
    type: `${PROBLEM_TYPE_BASE}${type}`,
    title: spec.title[lang],
    status: spec.status,
    instance,
  };
  const detail = localizedDetail(options.detail, lang);
  if (detail) document.detail = detail;
  if (correlationId) document.correlationId = correlationId;
  if (options.errors?.length) document.errors = options.errors.map((error) => renderField(error, lang));
  return document;
}

function renderField(error: FieldProblem, lang: Lang) {
  return {
    field: error.field,
    code: error.code,
    message: fieldMessage(error.code, error.field, error.args ?? [], lang),
  };
}

function localizedDetail(detail: ProblemOptions['detail'], lang: Lang): string | undefined {
  if (typeof detail === 'string' || detail === undefined) return detail;
  return detail[lang] ?? detail.en ?? detail.ru ?? detail.kk;
}

/**
 * What a log line may say about a request: its method, its route as declared (`/registrations/:id`,
 * never the path as called) and the names of its query parameters, never their values. Paths and
 * queries carry personal data (`?q=<IIN>`, an e-mail as a slug); a name outside the shape the API
 * uses is left out, since a caller may put anything there too.
 */
export function requestSummary(request: FastifyRequest): {
  method: string;
  route: string;
  queryParameters: string[];
} {
  const query = request.query;
  const names = query && typeof query === 'object' ? Object.keys(query) : [];
  return {
    method: request.method,
    route: request.routeOptions?.url ?? 'unmatched',
    queryParameters: names.filter((name) => PARAMETER_NAME.test(name)).slice(0, 20),
  };
}

const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** Answers with a problem document in the caller's language; also for errors Fastify meets before Nest. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  type: ProblemType,
  options: ProblemOptions = {},
): void {
  const lang = negotiateLanguage(request.headers['accept-language'], queryLang(request));
  const document = renderProblem(
    type,
    options,
    lang,
    publicUri(request),
    reply.getHeader('x-correlation-id') as string | undefined,
  );
  for (const [name, value] of Object.entries(options.headers ?? {})) void reply.header(name, value);
  if (options.retryAfterSeconds !== undefined)
    void reply.header('retry-after', String(Math.max(0, Math.ceil(options.retryAfterSeconds))));
  void reply
    .status(document.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('content-language', lang)
    .send(document);
}

/** The URI the caller used: the gateway passes it on, since services see only their internal path. */
function publicUri(request: FastifyRequest): string {
  const forwarded = request.headers[FORWARDED_URI_HEADER];
  return typeof forwarded === 'string' && forwarded.startsWith('/') ? forwarded : request.url;
}

function queryLang(request: FastifyRequest): string | undefined {
  const query = request.query as Record<string, unknown> | undefined;
  return typeof query?.['lang'] === 'string' ? query['lang'] : undefined;
}
