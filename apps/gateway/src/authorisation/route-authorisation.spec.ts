import { describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '@jiyn/auth';
import type { ProblemException } from '@jiyn/problems';
import type { UpstreamName } from '../proxy/route-table';
import { RouteAuthorisation } from './route-authorisation';
import { catalogueOf } from './route-catalogue';

const sessionsDocument = {
  openapi: '3.0.0',
  info: { title: 'sessions', version: '1' },
  paths: {
    '/events': { get: { 'x-jiyn-scope': 'events:read' }, post: { 'x-jiyn-scope': 'events:write' } },
    '/events/{id}': { get: { 'x-jiyn-scope': 'events:read' }, patch: { 'x-jiyn-scope': 'events:write' } },
    '/events/{eventId}/conflicts': { get: { 'x-jiyn-scope': 'events:read' } },
    '/events/summary': { get: { 'x-jiyn-scope': 'analytics:read' } },
    '/public/events/{slug}': { get: { 'x-jiyn-exempt': 'public' } },
    '/events/{id}/undeclared': { get: {} },
  },
} as unknown as OpenAPIObject;

const reader: Principal = {
  id: 'api-key:r',
  kind: 'api-key',
  organisationId: 'o',
  grants: [{ organisationId: 'o', scopes: ['events:read'] }],
};

function request(method: string, principal?: Principal): FastifyRequest {
  return { method, principal } as FastifyRequest;
}

async function problem(action: Promise<void>): Promise<ProblemException | undefined> {
  try {
    await action;
  } catch (error) {
    return error as ProblemException;
  }
  return undefined;
}

function authorisation(documents: Partial<Record<UpstreamName, OpenAPIObject>>): RouteAuthorisation {
  return new RouteAuthorisation({ serviceDocument: async (name: UpstreamName) => documents[name] }, [
    'sessions',
    'registrations',
  ]);
}

describe('route catalogue', () => {
  it('should prefer literal segments and leave out operations declaring nothing', () => {
    const entries = catalogueOf(sessionsDocument);
    expect(entries.find((entry) => entry.pattern.test('/events/summary'))?.template).toBe('/events/summary');
    expect(entries.some((entry) => entry.template === '/events/{id}/undeclared')).toBe(false);
  });
});

describe('route authorisation', () => {
  it('should let a caller holding the scope through and name the matched template', async () => {
    const gate = authorisation({ sessions: sessionsDocument });
    const allowed = request('GET', reader);
    await gate.authorise(allowed, { upstream: 'sessions', path: '/events/0190/conflicts' });
    expect(allowed.routeTemplate).toBe('/api/v1/events/{eventId}/conflicts');
    const head = request('HEAD', reader);
    await gate.authorise(head, { upstream: 'sessions', path: '/events/0190' });
    expect(head.routeTemplate).toBe('/api/v1/events/{id}');
  });

  it('should refuse a caller lacking the scope with 403 naming it', async () => {
    const refused = await problem(
      authorisation({ sessions: sessionsDocument }).authorise(request('PATCH', reader), {
        upstream: 'sessions',
        path: '/events/0190',
      }),
    );
    expect(refused?.getStatus()).toBe(403);
    expect(refused?.problem.extensions).toEqual({ requiredScope: 'events:write' });
  });

  it('should answer 404 for an operation no document declares, and pass exempt ones to anyone', async () => {
    const gate = authorisation({ sessions: sessionsDocument });
    for (const [method, path] of [
      ['GET', '/events/0190/undeclared'],
      ['GET', '/events/0190/conflicts/extra'],
    ] as const) {
      expect(
        (await problem(gate.authorise(request(method, reader), { upstream: 'sessions', path })))?.getStatus(),
      ).toBe(404);
    }
    const anonymous = request('GET');
    await gate.authorise(anonymous, { upstream: 'sessions', path: '/public/events/forum' });
    expect(anonymous.routeTemplate).toBe('/api/v1/public/events/{slug}');
  });

  it('should let a literal path own its methods, not a templated one it also matches', async () => {
    const gate = authorisation({ sessions: sessionsDocument });
    // `/events/summary` has GET only; `/events/{id}` would take PATCH, but the literal path wins.
    const refused = await problem(
      gate.authorise(request('PATCH', reader), { upstream: 'sessions', path: '/events/summary' }),
    );
    expect(refused?.getStatus()).toBe(405);
    expect(refused?.problem.headers).toEqual({ allow: 'GET, HEAD' });
  });

  it('should answer 405 with Allow for a method the path does not have', async () => {
    const gate = authorisation({ sessions: sessionsDocument });
    const refused = await problem(
      gate.authorise(request('DELETE', reader), { upstream: 'sessions', path: '/events/0190' }),
    );
    expect(refused?.getStatus()).toBe(405);
    expect(refused?.problem.headers).toEqual({ allow: 'GET, HEAD, PATCH' });
    const collection = await problem(
      gate.authorise(request('PUT', reader), { upstream: 'sessions', path: '/events' }),
    );
    expect(collection?.problem.headers).toEqual({ allow: 'GET, HEAD, POST' });
    // Only declared operations count: an undeclared one is not offered in Allow either.
    const undeclared = await problem(
      gate.authorise(request('POST', reader), { upstream: 'sessions', path: '/events/0190/undeclared' }),
    );
    expect(undeclared?.getStatus()).toBe(404);
  });

  it('should answer 503 while a service document is unread, and route once it is', async () => {
    const documents: Partial<Record<UpstreamName, OpenAPIObject>> = {};
    const gate = authorisation(documents);
    const route = { upstream: 'registrations' as const, path: '/events' };
    const early = await problem(gate.authorise(request('GET', reader), route));
    expect(early?.getStatus()).toBe(503);
    documents.registrations = sessionsDocument;
    await expect(gate.authorise(request('GET', reader), route)).resolves.toBeUndefined();
  });
});
