import type { OpenAPIObject } from '@nestjs/swagger';
import { INTERNAL_TOKEN_HEADER } from '@jiyn/auth';
import { UPSTREAMS } from '../proxy/route-table';
import type { Upstreams } from '../proxy/upstreams';

type PathItem = OpenAPIObject['paths'][string];

/** Service paths that are plumbing, not API. */
const INTERNAL_PATHS = /^\/(health|metrics|openapi\.json)/;
const CACHE_MS = 30_000;

/**
 * The public OpenAPI document: each service's own document, re-rooted under /api/v1, with the
 * gateway's security schemes. Built on demand and cached, so a service that starts later still appears.
 */
export class OpenApiAggregator {
  private cached?: { at: number; document: OpenAPIObject };

  constructor(
    private readonly upstreams: Upstreams,
    private readonly internalToken: string,
  ) {}

  async document(): Promise<OpenAPIObject> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.document;
    const parts = await Promise.all(UPSTREAMS.map((name) => this.serviceDocument(name)));
    const document = mergeDocuments(parts.filter((part): part is OpenAPIObject => part !== undefined));
    this.cached = { at: Date.now(), document };
    return document;
  }

  /** One service's own document, or undefined while it is down (the route catalogue reads it too). */
  async serviceDocument(name: (typeof UPSTREAMS)[number]): Promise<OpenAPIObject | undefined> {
    try {
      const response = await this.upstreams.request(name, {
        method: 'GET',
        path: '/openapi.json',
        headers: { [INTERNAL_TOKEN_HEADER]: this.internalToken },
        headersTimeout: 5_000,
      });
      if (response.statusCode !== 200) {
        await response.body.dump();
        return undefined;
      }
      return (await response.body.json()) as OpenAPIObject;
    } catch {
      return undefined; // a service that is down is missing from the document until it is back
    }
  }
}

export function mergeDocuments(parts: OpenAPIObject[]): OpenAPIObject {
  const paths: Record<string, PathItem> = {};
  const schemas: Record<string, unknown> = {};
  const responses: Record<string, unknown> = {};
  const tags = new Map<string, { name: string }>();
  for (const part of parts) {
    for (const [path, item] of Object.entries(part.paths ?? {})) {
      if (INTERNAL_PATHS.test(path)) continue;
      const isPublic = path.startsWith('/public/');
      paths[`/api/v1${path}`] = isPublic ? withoutSecurity(item) : item;
    }
    Object.assign(schemas, part.components?.schemas ?? {});
    Object.assign(responses, part.components?.responses ?? {});
    for (const tag of part.tags ?? []) tags.set(tag.name, tag);
  }
  return {
    openapi: '3.0.0',
    info: {
      title: 'Jiyn API',
      version: '1',
      description:
        'Jiyn (жиын) event platform. Errors are RFC 9457 problem+json, localised by Accept-Language (kk, ru, en). ' +
        'Send an API key as `Authorization: Bearer <key>` or `X-Api-Key`; routes under /api/v1/public need none.',
    },
    tags: [...tags.values()],
    paths,
    components: {
      schemas: schemas as NonNullable<OpenAPIObject['components']>['schemas'],
      responses: responses as NonNullable<OpenAPIObject['components']>['responses'],
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
        session: { type: 'apiKey', in: 'cookie', name: 'jiyn_session' },
        selfService: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{ bearer: [] }, { apiKey: [] }],
  };
}

function withoutSecurity(item: PathItem): PathItem {
  const copy: Record<string, unknown> = { ...item };
  for (const method of ['get', 'head', 'options']) {
    const operation = copy[method];
    if (operation && typeof operation === 'object') copy[method] = { ...operation, security: [] };
  }
  return copy as PathItem;
}
