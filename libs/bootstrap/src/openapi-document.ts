import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { EXEMPT_EXTENSION, SCOPE_EXTENSION } from '@jiyn/auth';
import { PROBLEMS_EXTENSION, PROBLEM_SCHEMA, type ProblemStatus } from '@jiyn/problems';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const LANGUAGES = ['kk', 'ru', 'en'] as const;

/** The shared response of each problem status, referenced from every operation that may answer it. */
export const PROBLEM_RESPONSES: Record<
  ProblemStatus,
  { name: string; description: string; retryAfter?: true }
> = {
  400: { name: 'BadRequest', description: 'The request is malformed or has invalid fields (see `errors`).' },
  401: { name: 'Unauthorized', description: 'Credentials are missing, wrong, expired or revoked.' },
  403: { name: 'Forbidden', description: 'The credentials do not allow this operation here.' },
  404: { name: 'NotFound', description: 'Nothing with that id, or nothing the caller may see.' },
  405: { name: 'MethodNotAllowed', description: 'The path exists but not with this method (see `Allow`).' },
  409: { name: 'Conflict', description: 'The request conflicts with the current state.' },
  410: { name: 'Gone', description: 'It existed and is no longer available.' },
  412: { name: 'PreconditionFailed', description: 'The `If-Match` value is no longer current.' },
  413: { name: 'ContentTooLarge', description: 'The request body is larger than this operation accepts.' },
  414: { name: 'UriTooLong', description: 'The address (path and query) is longer than the API accepts.' },
  415: { name: 'UnsupportedMediaType', description: 'The request body’s content type is not accepted here.' },
  422: { name: 'UnprocessableContent', description: 'The request is understood but cannot be carried out.' },
  428: { name: 'PreconditionRequired', description: 'This operation needs an `If-Match` header.' },
  429: { name: 'TooManyRequests', description: 'The caller’s rate limit is spent.', retryAfter: true },
  503: {
    name: 'ServiceUnavailable',
    description: 'The service is briefly unable to answer (restarting, overloaded); try again later.',
    retryAfter: true,
  },
};

/**
 * The service's own OpenAPI document (its internal API), complete: every operation names the
 * problems it may answer and the credentials it accepts. The gateway merges these into the public one.
 */
export function buildOpenApiDocument(app: NestFastifyApplication, title: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(title)
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key (`jiyn_…`).' }, 'bearer')
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'An API key (`jiyn_…`).' },
      'apiKey',
    )
    .addCookieAuth(
      'jiyn_session',
      { type: 'apiKey', in: 'cookie', description: 'A signed-in person.' },
      'session',
    )
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        description: 'A participant’s management token or a speaker’s token.',
      },
      'selfService',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: defaultOperationId });
  return completeOperations(document);
}

/** `RegistrationsHttpController.register` → `registrations_register`, unless the route names its own. */
function defaultOperationId(controllerKey: string, methodKey: string): string {
  const base = controllerKey.replace(/(Http)?Controller$/, '');
  return `${base.charAt(0).toLowerCase()}${base.slice(1)}_${methodKey}`;
}

/**
 * Adds to every operation the problems its shape implies (parameters and bodies can be invalid, path
 * ids unknown, scoped routes refused, every route rate-limited or briefly unavailable) plus those it
 * declares with `@ProblemResponses`, and the security its exemption means.
 */
export function completeOperations(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ??= {});
  components.schemas = { ...components.schemas, Problem: PROBLEM_SCHEMA as never };
  const responses: Record<string, unknown> = { ...components.responses };
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Record<string, unknown> | undefined>)[method];
      if (!operation) continue;
      for (const parameter of (operation['parameters'] ?? []) as Parameter[]) describeParameter(parameter);
      const statuses = impliedProblems(operation);
      const answered = (operation['responses'] ??= {}) as Record<string, unknown>;
      for (const status of [...statuses].sort()) {
        const spec = PROBLEM_RESPONSES[status];
        responses[spec.name] ??= problemResponse(spec);
        answered[String(status)] ??= { $ref: `#/components/responses/${spec.name}` };
      }
      const exemption = operation[EXEMPT_EXTENSION];
      if (exemption === 'public') operation['security'] = [];
      if (exemption === 'self-service') operation['security'] ??= [{ selfService: [] }];
    }
  }
  components.responses = responses as never;
  return document;
}

interface Parameter {
  name: string;
  in: string;
  schema?: Record<string, unknown>;
}

/**
 * What every route means by two parameters, said once: `lang` is one of the three languages (any
 * other is a 400), and a path `id` / `…Id` is a UUID (anything else is a 400 before a lookup).
 */
function describeParameter(parameter: Parameter): void {
  const schema = (parameter.schema ??= { type: 'string' });
  if (parameter.in === 'query' && parameter.name === 'lang' && !schema['enum'] && !schema['$ref'])
    Object.assign(schema, { type: 'string', enum: [...LANGUAGES] });
  if (
    parameter.in === 'path' &&
    /^(id|\w+Id)$/.test(parameter.name) &&
    schema['type'] === 'string' &&
    !schema['format']
  )
    schema['format'] = 'uuid';
}

function impliedProblems(operation: Record<string, unknown>): Set<ProblemStatus> {
  const statuses = new Set<ProblemStatus>([429, 503]);
  const parameters = (operation['parameters'] ?? []) as { in: string }[];
  if (parameters.length > 0 || operation['requestBody']) statuses.add(400);
  // A parameter's value can make the address longer than the gateway forwards (or a path segment
  // longer than a service routes).
  if (parameters.length > 0) statuses.add(414);
  if (parameters.some((parameter) => parameter.in === 'path')) statuses.add(404);
  if (operation['requestBody']) {
    statuses.add(413);
    statuses.add(415);
  }
  if (operation[SCOPE_EXTENSION]) {
    statuses.add(401);
    statuses.add(403);
  }
  const exemption = operation[EXEMPT_EXTENSION];
  if (exemption === 'self-service' || exemption === 'any-credential') statuses.add(401);
  for (const status of (operation[PROBLEMS_EXTENSION] ?? []) as ProblemStatus[]) statuses.add(status);
  return statuses;
}

function problemResponse(spec: { description: string; retryAfter?: true }) {
  return {
    description: spec.description,
    ...(spec.retryAfter
      ? {
          headers: {
            'Retry-After': {
              description: 'Seconds to wait before trying again.',
              schema: { type: 'integer', minimum: 0 },
            },
          },
        }
      : {}),
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}
