import type { FastifyInstance } from 'fastify';
import { ProblemException } from './problem.exception';

/** The methods the API serves; OPTIONS is not served (no CORS preflight), so never listed. */
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The `Allow` list for a path some of whose methods exist: GET brings HEAD along (Fastify answers
 * HEAD for every GET route), in a stable order so clients and tests can compare it.
 */
export function allowHeader(methods: Iterable<string>): string {
  const wanted = new Set([...methods].map((method) => method.toUpperCase()));
  if (wanted.has('GET')) wanted.add('HEAD');
  return ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => wanted.has(method)).join(', ');
}

/** 405 with the methods the path does have (RFC 9110 §15.5.6 requires `Allow`). */
export function methodNotAllowed(methods: Iterable<string>): ProblemException {
  const allow = allowHeader(methods);
  return new ProblemException('method-not-allowed', {
    headers: { allow },
    detail: {
      en: `This address answers only to ${allow}`,
      ru: `Этот адрес принимает только ${allow}`,
      kk: `Бұл мекенжай тек ${allow} әдістерін қабылдайды`,
    },
  });
}

/**
 * The methods a concrete path (no query) has routes for in this Fastify instance. A catch-all
 * route (`/api/v1/*`, the gateway's proxy) is no evidence the path exists, so it does not count.
 */
export function routedMethods(server: Pick<FastifyInstance, 'findRoute'>, path: string): string[] {
  return METHODS.filter((method) => {
    const route = server.findRoute({ method, url: path });
    return route !== null && (route.params as Record<string, unknown> | undefined)?.['*'] === undefined;
  });
}
