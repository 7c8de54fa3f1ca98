import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { OpenAPIObject } from '@nestjs/swagger';
import { toYaml } from '../../apps/gateway/src/openapi/docs.controller';
import { OPENAPI_JSON, OPENAPI_YAML, openApiJson } from './openapi-files';
import { buildPublicDocument } from './public-openapi';

type Operation = Record<string, unknown> & { security?: unknown[]; parameters?: { $ref?: string }[] };
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function operations(document: OpenAPIObject): [string, string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => method in item).map((method): [string, string, Operation] => [
      path,
      method,
      (item as Record<string, Operation>)[method] as Operation,
    ]),
  );
}

/**
 * The committed contract (contracts/openapi) is what the code describes: a contract change is always
 * visible in review. Built from the real apps' modules; a naming conflict between them fails here.
 */
describe('the public OpenAPI contract', () => {
  let document: OpenAPIObject;
  const conflicts: string[] = [];
  beforeAll(async () => {
    // Renamed and collected rather than thrown, so that each check below reports on its own.
    document = await buildPublicDocument({
      renameConflicts: true,
      warn: (message) => conflicts.push(message),
    });
  }, 120_000);

  it('should find no two different schemas, responses or operations under one name across the apps', () => {
    expect(conflicts).toEqual([]);
  });

  it('should equal the committed contracts/openapi/jiyn-v1.json and .yaml (else: npm run contracts:openapi)', async () => {
    expect(await readFile(OPENAPI_JSON, 'utf8')).toBe(openApiJson(document));
    expect(await readFile(OPENAPI_YAML, 'utf8')).toBe(toYaml(document));
  });

  it('should be OpenAPI 3.1 with no 3.0-only schema keywords left', () => {
    expect(document.openapi).toBe('3.1.0');
    const text = JSON.stringify(document);
    expect(text).not.toContain('"nullable":');
    expect(text).not.toMatch(/"exclusive(Minimum|Maximum)":(true|false)/);
    expect(text).not.toContain('"format":"binary"');
  });

  it('should name on every operation the credentials it accepts', () => {
    for (const [path, method, operation] of operations(document)) {
      const where = `${method.toUpperCase()} ${path}`;
      if (path.startsWith('/api/v1/public/')) expect([where, operation.security]).toEqual([where, []]);
      else if (path.startsWith('/api/v1/self/'))
        expect([where, operation.security]).toEqual([where, [{ selfService: [] }]]);
      else expect([where, operation.security?.length]).not.toEqual([where, undefined]);
    }
  });

  it('should offer Idempotency-Key and its 409/422 on every POST and PATCH, Accept-Language everywhere', () => {
    for (const [path, method, operation] of operations(document)) {
      const refs = (operation.parameters ?? []).map((parameter) => parameter.$ref);
      expect([path, refs]).toEqual([
        path,
        expect.arrayContaining(['#/components/parameters/AcceptLanguage']),
      ]);
      if (method !== 'post' && method !== 'patch') continue;
      expect([path, refs]).toEqual([
        path,
        expect.arrayContaining(['#/components/parameters/IdempotencyKey']),
      ]);
      expect([path, Object.keys(operation['responses'] as object)]).toEqual([
        path,
        expect.arrayContaining(['409', '422']),
      ]);
    }
  });

  it('should describe the gateway’s own operations too', () => {
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/api-keys', '/api/v1/public/events/{slug}/agenda', '/api/v1/events']),
    );
  });
});
