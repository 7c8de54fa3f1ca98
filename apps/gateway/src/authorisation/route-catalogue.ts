import type { OpenAPIObject } from '@nestjs/swagger';
import { EXEMPT_EXTENSION, SCOPE_EXTENSION, isScope, type Scope, type ScopeExemption } from '@jiyn/auth';
import type { UpstreamName } from '../proxy/route-table';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** One operation of a service, as its OpenAPI document declares it. */
export interface CatalogueEntry {
  method: string;
  /** The service's path template, e.g. `/events/{id}/publish`. */
  template: string;
  /** The scope the operation needs; absent for the exempt (public, self-service) ones. */
  scope?: Scope;
  exemption?: ScopeExemption;
  pattern: RegExp;
  /** More literal segments win: `/events/{id}` must not swallow `/events/summary`. */
  literals: number;
}

export type CatalogueMatch =
  | { kind: 'operation'; entry: CatalogueEntry }
  /** The path exists, with other methods only (`allowed`): a 405, not a 404. */
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'unknown' }
  /** The service's document has not been read yet: it is not up, or not answering. */
  | { kind: 'unavailable' };

/**
 * The operations of one service's OpenAPI document. An operation declaring neither a scope nor an
 * exemption is left out, so the gateway answers 404 rather than forward it with no check.
 */
export function catalogueOf(document: OpenAPIObject): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  for (const [template, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Record<string, unknown> | undefined>)[method];
      if (!operation) continue;
      const scope = operation[SCOPE_EXTENSION];
      const exemption = operation[EXEMPT_EXTENSION] as ScopeExemption | undefined;
      if (!isScope(scope) && !exemption) continue;
      const segments = template.split('/').filter(Boolean);
      entries.push({
        method: method.toUpperCase(),
        template,
        ...(isScope(scope) ? { scope } : { exemption }),
        pattern: new RegExp(
          `^/${segments.map((segment) => (/^\{[^}]+\}$/.test(segment) ? '[^/]+' : escape(segment))).join('/')}/?$`,
        ),
        literals: segments.filter((segment) => !segment.startsWith('{')).length,
      });
    }
  }
  return entries.sort((a, b) => b.literals - a.literals);
}

/** Every service's operations, as last read from its document. */
export class RouteCatalogue {
  private readonly services = new Map<UpstreamName, CatalogueEntry[]>();

  load(upstream: UpstreamName, document: OpenAPIObject): void {
    this.services.set(upstream, catalogueOf(document));
  }

  loaded(upstream: UpstreamName): boolean {
    return this.services.has(upstream);
  }

  /** `path` is the service's own path (`/events/…`, `/public/…`), without the query. */
  match(upstream: UpstreamName, method: string, path: string): CatalogueMatch {
    const entries = this.services.get(upstream);
    if (!entries) return { kind: 'unavailable' };
    const wanted = method === 'HEAD' ? 'GET' : method;
    // The most literal template that matches owns the path (as OpenAPI matches concrete paths first):
    // `/webhooks/event-types` is not a `/webhooks/{id}`, whatever methods the latter has.
    const matching = entries.filter((candidate) => candidate.pattern.test(path));
    const mostLiteral = Math.max(...matching.map((candidate) => candidate.literals));
    const owners = matching.filter((candidate) => candidate.literals === mostLiteral);
    const entry = owners.find((candidate) => candidate.method === wanted);
    if (entry) return { kind: 'operation', entry };
    const allowed = [...new Set(owners.map((other) => other.method))];
    return allowed.length ? { kind: 'wrong-method', allowed } : { kind: 'unknown' };
  }
}

function escape(segment: string): string {
  return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
