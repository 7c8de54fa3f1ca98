import { describe, expect, it } from '@jest/globals';
import Fastify from 'fastify';
import { allowHeader, methodNotAllowed, routedMethods } from './method-not-allowed';

describe('method not allowed', () => {
  it('should list HEAD with GET, in a stable order, and never OPTIONS', () => {
    expect(allowHeader(['patch', 'GET'])).toBe('GET, HEAD, PATCH');
    expect(allowHeader(['DELETE', 'POST'])).toBe('POST, DELETE');
    const problem = methodNotAllowed(['GET']);
    expect(problem.getStatus()).toBe(405);
    expect(problem.problem.headers).toEqual({ allow: 'GET, HEAD' });
  });

  it('should find the methods a concrete path is routed for, ignoring catch-alls', async () => {
    const server = Fastify();
    server.get('/events/:id', async () => ({}));
    server.patch('/events/:id', async () => ({}));
    server.all('/api/*', async () => ({}));
    server.get('/api/own', async () => ({}));
    await server.ready();
    expect(routedMethods(server, '/events/0190')).toEqual(['GET', 'PATCH']);
    expect(routedMethods(server, '/api/own')).toEqual(['GET']);
    expect(routedMethods(server, '/api/elsewhere')).toEqual([]);
    expect(routedMethods(server, '/nowhere')).toEqual([]);
    await server.close();
  });
});
