import { writeFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from '@jiyn/bootstrap';
import { TOPICS } from '@jiyn/contracts';
import { useServiceTestBed } from '@jiyn/service-harness';
import { RegistrationsAppModule } from './app.module';
import { registrationsDatabase } from './database/database';
import { RegistrationsEnvironment } from './registrations.environment';

const { service } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [TOPICS.registrations],
});

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  where: string;
  operationId?: string;
  summary?: string;
  responses: Record<string, { content?: Record<string, unknown>; $ref?: string }>;
}

function operationsOf(document: OpenAPIObject): Operation[] {
  return Object.entries(document.paths).flatMap(([template, item]) =>
    METHODS.flatMap((method) => {
      const operation = (item as Record<string, Omit<Operation, 'where'> | undefined>)[method];
      return operation ? [{ ...operation, where: `${method.toUpperCase()} ${template}` }] : [];
    }),
  );
}

/** Every place in the schemas where an object is left without properties (a client learns nothing). */
function shapelessObjects(node: unknown, path: string): string[] {
  if (Array.isArray(node)) return node.flatMap((child, index) => shapelessObjects(child, `${path}/${index}`));
  if (typeof node !== 'object' || node === null) return [];
  const schema = node as Record<string, unknown>;
  const own =
    schema['type'] === 'object' &&
    schema['properties'] === undefined &&
    (schema['additionalProperties'] === undefined || schema['additionalProperties'] === true) &&
    schema['allOf'] === undefined &&
    schema['oneOf'] === undefined &&
    schema['anyOf'] === undefined
      ? [path]
      : [];
  return [
    ...own,
    ...Object.entries(schema).flatMap(([key, child]) => shapelessObjects(child, `${path}/${key}`)),
  ];
}

describe('the registrations service’s OpenAPI document', () => {
  const document = (): OpenAPIObject => {
    const built = buildOpenApiDocument(service.app, 'registrations');
    // For reading the document while documenting it: JIYN_DUMP_OPENAPI=/tmp/registrations.json
    const dump = process.env['JIYN_DUMP_OPENAPI'];
    if (dump) writeFileSync(dump, JSON.stringify(built, null, 2));
    return built;
  };

  it('should name and summarise every operation with a client-friendly, unique operationId', () => {
    const operations = operationsOf(document());
    expect(operations.length).toBeGreaterThan(30);
    const unnamed = operations
      .filter((op) => !/^[a-z][A-Za-z]+$/.test(op.operationId ?? '') || !op.summary?.trim())
      .map((op) => `${op.where} (${op.operationId ?? 'no operationId'}, ${op.summary ?? 'no summary'})`);
    expect(unnamed).toEqual([]);
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  }, 30_000);

  it('should document a success answer with its content (or 204) for every operation', () => {
    const without = operationsOf(document())
      .filter(
        (op) =>
          !Object.entries(op.responses).some(
            ([status, response]) =>
              status === '204' || (/^2\d\d$/.test(status) && Object.keys(response.content ?? {}).length > 0),
          ),
      )
      .map((op) => op.where);
    expect(without).toEqual([]);
  }, 30_000);

  it('should give every object in its schemas its properties', () => {
    const built = document();
    const places = [
      ...shapelessObjects(built.components?.schemas ?? {}, '#/components/schemas'),
      ...shapelessObjects(built.paths, '#/paths'),
    ];
    expect(places).toEqual([]);
  }, 30_000);
});
