import type { OpenAPIObject } from '@nestjs/swagger';
import { INTERNAL_TOKEN_HEADER } from '@jiyn/auth';
import { UPSTREAMS, type UpstreamName } from '../proxy/route-table';
import type { Upstreams } from '../proxy/upstreams';
import type { DocumentPart } from './merge-documents';
import { publicDocument } from './public-document';

const CACHE_MS = 30_000;

/** The parts of the public document in their fixed order (services, then the gateway's own). */
export function documentParts(
  services: Partial<Record<UpstreamName, OpenAPIObject>>,
  gateway: OpenAPIObject | undefined,
): DocumentPart[] {
  const parts: DocumentPart[] = [];
  for (const name of UPSTREAMS) {
    const document = services[name];
    if (document) parts.push({ source: name, document, pathPrefix: '/api/v1' });
  }
  if (gateway) parts.push({ source: 'gateway', document: gateway, pathPrefix: '' });
  return parts;
}

/**
 * The public OpenAPI document: each service's own document, re-rooted under /api/v1, and the
 * gateway's own (given once at boot). Built on demand and cached, so a service that starts later
 * still appears. A conflict between services is renamed and logged here (a service deployed ahead of
 * the others must not take the document down); the export and its tests refuse it.
 */
export class OpenApiAggregator {
  private cached?: { at: number; document: OpenAPIObject };
  private gatewayDocument?: OpenAPIObject;

  constructor(
    private readonly upstreams: Upstreams,
    private readonly internalToken: string,
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  /** The gateway's own operations (its controllers), described once the app exists. */
  useGatewayDocument(document: OpenAPIObject): void {
    this.gatewayDocument = document;
    this.cached = undefined;
  }

  async document(): Promise<OpenAPIObject> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.document;
    const documents = await Promise.all(UPSTREAMS.map((name) => this.serviceDocument(name)));
    const services = Object.fromEntries(UPSTREAMS.map((name, i) => [name, documents[i]]));
    const document = publicDocument(documentParts(services, this.gatewayDocument), {
      onConflict: 'rename',
      warn: this.warn,
    });
    this.cached = { at: Date.now(), document };
    return document;
  }

  /** One service's own document, or undefined while it is down (the route catalogue reads it too). */
  async serviceDocument(name: UpstreamName): Promise<OpenAPIObject | undefined> {
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
