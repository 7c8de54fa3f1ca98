import type { OpenAPIObject } from '@nestjs/swagger';
import { EXEMPT_EXTENSION } from '@jiyn/auth';
import { mergeDocuments, type DocumentPart, type MergeOptions } from './merge-documents';
import { upgradeDocument } from './upgrade-to-3-1';

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
/** Requests the gateway makes idempotent by their `Idempotency-Key`. */
const IDEMPOTENT_METHODS = new Set(['post', 'patch']);

const DESCRIPTION = `Jiyn (жиын) is an open event-management platform: events and their programme, registrations and
check-in, speakers and calls for proposals, feedback. Every operation below is reached through one gateway.

## Authentication
- **API keys** (\`jiyn_…\`), issued per organisation with scopes: \`Authorization: Bearer jiyn_…\` or
  \`X-Api-Key: jiyn_…\`. An operation needing a scope names it in \`x-jiyn-scope\`.
- **Browser sessions**: the \`jiyn_session\` cookie set by signing in (\`/api/v1/auth\`).
- **Self-service tokens**: a participant's management token or a speaker's token, as
  \`Authorization: Bearer <token>\`; accepted by the \`/api/v1/self/…\` operations only.
- Operations under \`/api/v1/public\` need no credentials.

## Errors
Every error is an RFC 9457 problem (\`application/problem+json\`, schema \`Problem\`): a stable \`type\`
URI and \`code\`, a \`title\` and \`detail\` in the caller's language, and for invalid input an \`errors\`
array naming each field and what is wrong with it. Text anywhere in a request cannot hold U+0000 (NUL)
or an unpaired surrogate: such input is refused as a 400 with the code \`nulCharacter\` or
\`loneSurrogate\` on the field.

## Languages
Send \`Accept-Language\` (\`kk\`, \`ru\` or \`en\`) to get problem titles and details, and multilingual
content where an operation picks one language, in that language.

## Idempotency
Send an \`Idempotency-Key\` (1–255 printable ASCII characters, e.g. a UUID) on a POST or PATCH to
retry it safely: the same key with the same request answers the original status and body again, marked
by \`Idempotent-Replayed: true\`; the same key with a different request is a 422; while the first
request with that key is still running, a 409. Keys are kept per caller for 24 hours.

## Rate limits
Each API key, person, self-service token and (for public operations) client address has a budget per
window. Every answer carries \`RateLimit-Policy\` and \`RateLimit\` (IETF httpapi draft); a spent budget
answers 429 with \`Retry-After\`.`;

/** One description per area (tag): what integrators find there. */
const TAG_DESCRIPTIONS: Record<string, string> = {
  events: 'Events: creating, editing, publishing and cancelling them.',
  programme: 'An event’s programme: rooms, sessions, tracks and their schedule.',
  registrations:
    'Participants’ registrations: registering, approving, cancelling, waitlists, imports and exports.',
  'session sign-ups': 'Participants’ places in sessions with limited seats (workshops).',
  'check-in': 'Checking participants in at the door, by QR token or by hand.',
  speakers: 'Speakers: profiles, invitations and their agenda.',
  'call for proposals': 'Calls for proposals: the call, submitted proposals and their reviews.',
  feedback: 'Participants’ feedback on events and sessions, and its summaries.',
  surveys:
    'Organisers’ surveys and knowledge tests: drafts, templates, publication and closing, pre- and post-tests.',
  public: 'What anyone may read without credentials: published events, schedules, speakers, calls.',
  'self-service': 'What a participant or a speaker does with their own token (`selfService`).',
  'sign-in': 'Signing people in: passwords, TOTP and organisations’ own OpenID Connect providers.',
  organisations: 'Organisations using Jiyn and their settings.',
  members: 'The people of an organisation and their roles.',
  'api-keys': 'An organisation’s API keys and their scopes.',
  audit: 'The audit log of what was done through the API, by whom.',
  'rate-limits': 'The request budgets of API keys, people, self-service tokens and public callers.',
};

/** Security requirements by the credentials an operation accepts. */
const ORGANISATION_CREDENTIALS = [{ apiKeyBearer: [] }, { apiKeyHeader: [] }, { session: [] }];
const SELF_SERVICE = [{ selfService: [] }];

const SECURITY_SCHEMES = {
  apiKeyBearer: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'jiyn_…',
    description: 'An organisation’s API key (`jiyn_…`) as `Authorization: Bearer jiyn_…`.',
  },
  apiKeyHeader: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Api-Key',
    description: 'An organisation’s API key (`jiyn_…`) in the `X-Api-Key` header.',
  },
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'jiyn_session',
    description: 'A signed-in person’s session cookie, set by the sign-in operations.',
  },
  selfService: {
    type: 'http',
    scheme: 'bearer',
    description: 'A participant’s management token or a speaker’s token (self-service operations only).',
  },
};

const PARAMETERS = {
  AcceptLanguage: {
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description:
      'The language of problem titles and details and of localised content: kk, ru or en, negotiated as ' +
      'HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk.',
    schema: { type: 'string', examples: ['kk', 'ru', 'en-GB, ru;q=0.8'] },
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'Makes a retry safe: the same key and request answer the original response again (for 24 hours).',
    // What a client should send: printable ASCII with no space at either end (HTTP trims those) and
    // not opening with a quote (the gateway reads a quoted value as an RFC 8941 sf-string).
    schema: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      pattern: '^[\\x21\\x23-\\x7E]([\\x20-\\x7E]*[\\x21-\\x7E])?$',
    },
    example: '8e03978e-40d5-43e8-bc93-6894a57f9324',
  },
};

const HEADERS = {
  RateLimit: {
    description: 'The caller’s remaining budget: `"<policy>";r=<remaining>;t=<seconds to reset>`.',
    schema: { type: 'string', examples: ['"api-key";r=598;t=42'] },
  },
  RateLimitPolicy: {
    description: 'The caller’s budget: `"<policy>";q=<requests>;w=<window seconds>`.',
    schema: { type: 'string', examples: ['"api-key";q=600;w=60'] },
  },
  IdempotentReplayed: {
    description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
};

const RATE_LIMIT_HEADERS = {
  RateLimit: { $ref: '#/components/headers/RateLimit' },
  'RateLimit-Policy': { $ref: '#/components/headers/RateLimitPolicy' },
};

/** The answers an Idempotency-Key adds to a POST or PATCH, beyond the operation's own. */
const IDEMPOTENCY_PROBLEMS = {
  409: {
    name: 'IdempotencyKeyInUse',
    description: 'The state conflicts, or a request with this Idempotency-Key is still being processed.',
  },
  422: {
    name: 'IdempotencyKeyReused',
    description:
      'The request cannot be carried out, or this Idempotency-Key was used for a different request.',
  },
} as const;

export interface PublicDocumentOptions extends MergeOptions {
  /** The API's version as published in `info.version`. */
  version?: string;
}

/**
 * The public OpenAPI 3.1 document: the services' documents and the gateway's own merged, re-rooted
 * under /api/v1, with the credentials each operation accepts, the headers every operation shares,
 * and everything integrators need to know once (errors, languages, idempotency, rate limits).
 */
export function publicDocument(parts: DocumentPart[], options: PublicDocumentOptions): OpenAPIObject {
  const merged = mergeDocuments(parts, options);
  const usedTags = new Set<string>();
  for (const [path, item] of Object.entries(merged.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      completeOperation(path, method, operation, merged.components.responses);
      for (const tag of (operation['tags'] ?? []) as string[]) usedTags.add(tag);
    }
  }
  pruneUnusedComponents(merged.paths, merged.components);
  closeRequestSchemas(merged.paths, merged.components.schemas as Record<string, Json>);
  for (const response of Object.values(merged.components.responses)) withRateLimitHeaders(response as Json);
  const declared = new Map(merged.tags.map((tag) => [tag.name, tag]));
  const tags = [...usedTags].sort().map((name) => ({
    name,
    description: declared.get(name)?.description ?? TAG_DESCRIPTIONS[name] ?? `Operations about ${name}.`,
  }));
  const document = {
    openapi: '3.1.0',
    info: {
      title: 'Jiyn API',
      version: options.version ?? '1.0.0',
      summary: 'Events, registrations, speakers and feedback for organisers in Kazakhstan.',
      description: DESCRIPTION,
      contact: { name: 'Jiyn maintainers', url: 'https://jiyn.kz' },
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: '/', description: 'This Jiyn deployment' }],
    tags,
    paths: sortedKeys(merged.paths),
    components: {
      schemas: sortedKeys(merged.components.schemas),
      responses: sortedKeys(merged.components.responses),
      parameters: PARAMETERS,
      headers: HEADERS,
      securitySchemes: SECURITY_SCHEMES,
    },
    security: ORGANISATION_CREDENTIALS,
  };
  return upgradeDocument(document) as unknown as OpenAPIObject;
}

function completeOperation(
  path: string,
  method: string,
  operation: Json,
  responses: Record<string, unknown>,
): void {
  operation['security'] = securityOf(path, operation);
  const parameters = ((operation['parameters'] ??= []) as Json[]).filter(
    (parameter) => !/^(accept-language|idempotency-key)$/i.test(String(parameter['name'])),
  );
  parameters.push({ $ref: '#/components/parameters/AcceptLanguage' });
  const answers = (operation['responses'] ??= {}) as Record<string, Json>;
  if (IDEMPOTENT_METHODS.has(method)) {
    parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
    // A malformed Idempotency-Key is refused before anything else, whatever the operation.
    answers['400'] ??= { $ref: '#/components/responses/BadRequest' };
    responses['BadRequest'] ??= problemResponse(
      'The request is malformed or has invalid fields (see `errors`).',
    );
    // One response per status: the idempotency problem's description covers the operation's own too.
    for (const status of [409, 422] as const) {
      const { name, description } = IDEMPOTENCY_PROBLEMS[status];
      const own = answers[String(status)];
      if (own && !String(own['$ref'] ?? '').match(/\/(Conflict|UnprocessableContent)$/)) continue;
      responses[name] ??= problemResponse(description);
      answers[String(status)] = { $ref: `#/components/responses/${name}` };
    }
  }
  operation['parameters'] = parameters;
  for (const [status, response] of Object.entries(answers)) {
    if ('$ref' in response) continue;
    withRateLimitHeaders(response);
    if (IDEMPOTENT_METHODS.has(method) && /^2/.test(status))
      (response['headers'] as Json)['Idempotent-Replayed'] = {
        $ref: '#/components/headers/IdempotentReplayed',
      };
  }
}

/**
 * Every service refuses a body field it does not know (400 `whitelistValidation`), so the schemas of
 * request bodies say so: `additionalProperties: false` on each object schema a body reaches (maps,
 * which declare their own `additionalProperties`, keep it).
 */
function closeRequestSchemas(paths: Record<string, Json>, schemas: Record<string, Json>): void {
  const closed = new Set<Json>();
  const close = (schema: unknown): void => {
    if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
    const json = schema as Json;
    if (closed.has(json)) return;
    closed.add(json);
    const ref = json['$ref'];
    if (typeof ref === 'string') close(schemas[ref.replace('#/components/schemas/', '')]);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const)
      for (const sub of (json[key] ?? []) as unknown[]) close(sub);
    if (json['items']) close(json['items']);
    const properties = json['properties'] as Record<string, unknown> | undefined;
    if (properties) {
      json['additionalProperties'] ??= false;
      Object.values(properties).forEach(close);
    }
  };
  for (const item of Object.values(paths))
    for (const method of METHODS) {
      const body = (item[method] as Json | undefined)?.['requestBody'] as Json | undefined;
      const content = (body?.['content'] ?? {}) as Record<string, Json>;
      for (const [mediaType, media] of Object.entries(content))
        if (/json/.test(mediaType)) close(media['schema']);
    }
}

/** Public → none; self-service → its token only; the rest → an organisation's credentials. */
function securityOf(path: string, operation: Json): unknown[] {
  const exemption = operation[EXEMPT_EXTENSION];
  if (exemption === 'public' || path.startsWith('/api/v1/public/')) return [];
  if (exemption === 'self-service' || path.startsWith('/api/v1/self/')) return SELF_SERVICE;
  return ORGANISATION_CREDENTIALS;
}

function withRateLimitHeaders(response: Json): void {
  response['headers'] = { ...RATE_LIMIT_HEADERS, ...(response['headers'] as Json | undefined) };
}

/**
 * Drops the schemas and responses no operation reaches (a service's helper types, a problem response
 * no operation answers), which the linter would rightly report as unused.
 */
function pruneUnusedComponents(
  paths: Json,
  components: Record<'schemas' | 'responses', Record<string, unknown>>,
): void {
  const used = { schemas: new Set<string>(), responses: new Set<string>() };
  const pending: unknown[] = [paths];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        const ref =
          key === '$ref' && typeof value === 'string'
            ? /^#\/components\/(schemas|responses)\/(.+)$/.exec(value)
            : null;
        const [, kind, name] = ref ?? [];
        if (kind === 'schemas' || kind === 'responses') {
          if (name !== undefined && !used[kind].has(name)) {
            used[kind].add(name);
            pending.push(components[kind][name]);
          }
        } else pending.push(value);
      }
    }
  }
  for (const kind of ['schemas', 'responses'] as const)
    for (const name of Object.keys(components[kind]))
      if (!used[kind].has(name)) delete components[kind][name];
}

function problemResponse(description: string): Json {
  return {
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
