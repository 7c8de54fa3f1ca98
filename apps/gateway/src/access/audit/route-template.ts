import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The catalogue's template of the matched route (`/api/v1/events/{eventId}`), once it sets one. */
    routeTemplate?: string;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Fixed words of the API's paths (`events`, `check-in`, `imports`); anything else is an id or token. */
const WORD = /^(?:[a-z]+(?:-[a-z]+)*|v[0-9]{1,2})$/;

/**
 * The route a request took, as a template without ids. The route catalogue's template when it
 * exists; until then the path with every segment that is not a plain word replaced by `{id}`, so
 * slugs, tokens and e-mails in a path never reach the audit log. The query string is always dropped:
 * a search may carry an IIN or an e-mail.
 */
export function routeTemplateOf(request: FastifyRequest): string {
  return request.routeTemplate ?? templateOfPath(pathOf(request.url));
}

export function templateOfPath(path: string): string {
  const segments = path.split('/').filter(Boolean);
  return `/${segments.map((segment) => (WORD.test(segment) && segment.length <= 40 ? segment : '{id}')).join('/')}`;
}

/** The ids a request touched: UUIDs in its path, and the one a creation answered with in `Location`. */
export function targetIdsOf(url: string, location?: unknown): string[] {
  const ids = pathOf(url)
    .split('/')
    .filter((segment) => UUID.test(segment));
  if (typeof location === 'string')
    ids.push(
      ...pathOf(location)
        .split('/')
        .filter((s) => UUID.test(s)),
    );
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
